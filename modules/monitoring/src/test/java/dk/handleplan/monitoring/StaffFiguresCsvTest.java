package dk.handleplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StaffFiguresCsvTest {

    private static final String HEADER = "afdeling;kvartal;ansatte_start;ansatte_slut;sygedage;planlagte_timer\n";

    @Test
    void readsSemicolonsAndTheDecimalComma() {
        StaffFiguresCsv.Result r = StaffFiguresCsv.parse(HEADER + "Hus Ahorn;2025-Q1;20;22;38;7400,5\n");
        assertTrue(r.valid(), r.toString());
        assertEquals(';', r.separator());
        StaffFiguresCsv.Row row = r.rows().get(0);
        assertEquals(2, row.line());
        assertEquals("Hus Ahorn", row.department());
        assertEquals("2025-Q1", row.figures().quarter());
        assertEquals(20, row.figures().headcountStart());
        assertEquals(38, row.figures().sickDays());
        assertEquals(7400.5, row.figures().plannedHours(), 1e-9);
        assertNull(row.figures().employmentDays(), "a column left out is empty, not zero, where empty is allowed");
    }

    @Test
    void readsCommasWithQuotedDecimalsAndQuotedNames() {
        StaffFiguresCsv.Result r = StaffFiguresCsv.parse("afdeling,kvartal,ansatte_start,ansatte_slut,planlagte_timer\n"
                + "\"Hus \"\"Ahorn\"\", Øst\",2025-Q1,20,22,\"7.400,25\"\n");
        assertTrue(r.valid(), r.toString());
        assertEquals(',', r.separator());
        assertEquals("Hus \"Ahorn\", Øst", r.rows().get(0).department());
        assertEquals(7400.25, r.rows().get(0).figures().plannedHours(), 1e-9);
    }

    @Test
    void aByteOrderMarkAndCrLfAndBlankLinesAreNoProblem() {
        byte[] bytes = ("\uFEFF" + HEADER.replace("\n", "\r\n") + "\r\nHus Birk;2025-Q1;12;12;3;4000\r\n;;;;;\r\n")
                .getBytes(StandardCharsets.UTF_8);
        StaffFiguresCsv.Result r = StaffFiguresCsv.parse(bytes);
        assertTrue(r.valid(), r.toString());
        assertEquals(1, r.rows().size());
        assertEquals(3, r.rows().get(0).line(), "lines are counted as the file has them, blank ones too");
    }

    @Test
    void columnNamesMayBeDanishWithLettersOrTheApisNames() {
        StaffFiguresCsv.Result r = StaffFiguresCsv.parse("Afdeling;Kvartal;Ansættelsesdage;sickDays\nHus A;2025-Q1;1.862;4\n");
        assertTrue(r.valid(), r.toString());
        assertEquals(1862.0, r.rows().get(0).figures().employmentDays(), 1e-9);
        assertEquals(4, r.rows().get(0).figures().sickDays());
    }

    @Test
    void aWrongNumberOfFieldsIsAnErrorOfThatRow() {
        StaffFiguresCsv.Result r = StaffFiguresCsv.parse(HEADER + "Hus A;2025-Q1;20;22;38;7400\nHus B;2025-Q1;20\n");
        assertFalse(r.valid());
        assertTrue(r.rows().get(0).problems().isEmpty());
        StaffFiguresCsv.Problem p = r.rows().get(1).problems().get(0);
        assertEquals(3, p.line());
        assertTrue(p.message().contains("expected 6 fields"), p.message());
        assertTrue(p.danish().contains("Rækken har 3 felter"), p.danish());
    }

    @Test
    void anUnknownColumnIsNamedAndNothingIsRead() {
        StaffFiguresCsv.Result r = StaffFiguresCsv.parse("afdeling;kvartal;lønsum\nHus A;2025-Q1;100\n");
        assertFalse(r.valid());
        assertTrue(r.rows().isEmpty());
        StaffFiguresCsv.Problem p = r.fileProblems().get(0);
        assertEquals(1, p.line());
        assertEquals("lønsum", p.column());
        assertTrue(p.danish().startsWith("Ukendt kolonne \"lønsum\""), p.danish());
    }

    @Test
    void theRequiredColumnsMustBeThere() {
        StaffFiguresCsv.Result r = StaffFiguresCsv.parse("afdeling;sygedage\nHus A;3\n");
        assertEquals("kvartal", r.fileProblems().get(0).column());
    }

    @Test
    void aCellThatIsNoNumberIsAnErrorWithItsColumn() {
        StaffFiguresCsv.Result r = StaffFiguresCsv.parse(HEADER + "Hus A;2025-Q1;tyve;22;3,5;7400\n");
        assertEquals(2, r.rows().get(0).problems().size());
        assertEquals("ansatte_start", r.rows().get(0).problems().get(0).column());
        assertEquals("\"tyve\" er ikke et helt tal.", r.rows().get(0).problems().get(0).danish());
        assertEquals("sygedage", r.rows().get(0).problems().get(1).column());
        assertNull(r.rows().get(0).figures());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedClearly() {
        byte[] latin1 = (HEADER + "Hus Ærø;2025-Q1;1;1;0;0\n").getBytes(StandardCharsets.ISO_8859_1);
        StaffFiguresCsv.Result r = StaffFiguresCsv.parse(latin1);
        assertTrue(r.fileProblems().get(0).danish().contains("UTF-8"), r.toString());
    }

    @Test
    void anUnclosedQuoteAndAnEmptyFileAreRefused() {
        assertTrue(StaffFiguresCsv.parse(HEADER + "\"Hus A;2025-Q1;1;1;0;0\n").fileProblems().get(0).message()
                .contains("never ends"));
        assertTrue(StaffFiguresCsv.parse("\n\n").fileProblems().get(0).message().contains("empty"));
    }

    @Test
    void tooManyRowsAreRefused() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i <= StaffFiguresCsv.MAX_ROWS; i++) {
            csv.append("Hus A;2025-Q1;1;1;0;0\n");
        }
        StaffFiguresCsv.Result r = StaffFiguresCsv.parse(csv.toString());
        assertTrue(r.fileProblems().get(0).message().contains("at most " + StaffFiguresCsv.MAX_ROWS), r.fileProblems()
                .toString());
    }

    @Test
    void theExampleFileReadsWithoutProblems() throws IOException {
        StaffFiguresCsv.Result r = StaffFiguresCsv.parse(Files.readAllBytes(
                Path.of("../../docs/examples/staff-figures-2024.csv")));
        assertTrue(r.valid(), r.toString());
        assertEquals(8, r.rows().size());
        assertEquals(4300.5, r.rows().get(4).figures().plannedHours(), 1e-9);
    }

    @Test
    void danishNumbers() {
        assertEquals(1862.0, DanishNumber.parse("1.862"), 1e-9);
        assertEquals(1862.5, DanishNumber.parse("1.862,5"), 1e-9);
        assertEquals(1862.5, DanishNumber.parse("1862.5"), 1e-9);
        assertEquals(-3.0, DanishNumber.parse("-3"), 1e-9);
        org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class, () -> DanishNumber.parse("1e3"));
    }
}
