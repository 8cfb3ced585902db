package dk.handleplan.documents.wordimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.PlanDocument.Header;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportLayoutImportTest {

    private static final List<Column> SHUFFLED = List.of(Column.HVEM, Column.MAAL, Column.TEMA, Column.HVORNAAR,
            Column.EFFEKT, Column.HVAD, Column.EMNE, Column.DOKUMENTATION);

    private final WordPlanImporter importer = new WordPlanImporter();

    @Test
    void theExportLayoutWithShuffledColumnsATitleRowAndAnExplanationRowReadsBackEveryElement(@TempDir Path dir)
            throws IOException {
        PlanDocument sample = SamplePlans.sample();
        Path file = dir.resolve("handleplan.docx");
        Files.write(file, new LayoutDocxWriter(SHUFFLED, "Handleplan for Bostedet Åbrinken", true).apply(sample));

        ImportResult result;
        try (var in = Files.newInputStream(file)) {
            result = importer.read(in, SamplePlans.THEMES);
        }

        assertEquals(List.of(), result.problems());
        assertEquals(sample.sections(), result.draft().sections());
    }

    @Test
    void theHeaderLinesAboveTheTableFillTheHeaderFields() {
        PlanDocument sample = SamplePlans.sample();

        Header header = read(LayoutDocxWriter.exportLayout().apply(sample)).draft().header();

        assertEquals(new Header("Bostedet Åbrinken", "Handleplan 2024-2025", "Socialtilsyn Midt",
                LocalDate.of(2024, 6, 12), LocalDate.of(2024, 7, 1), 2, LocalDate.of(2025, 1, 15),
                LocalDate.of(2024, 8, 20), null), header);
    }

    @Test
    void withoutTitleParagraphsTheTitleRowAboveTheHeaderIsThePlanTitle() {
        byte[] docx = new TestDocx().table(TestDocx.rows(
                List.of(TestDocx.spanning(3, "Handleplan for Bostedet 2025")),
                List.of(TestDocx.cell("Tema"), TestDocx.cell("Mål"), TestDocx.cell("Hvad")),
                List.of(TestDocx.cell("Kompetencer"), TestDocx.cell("Alle kender reglerne"),
                        TestDocx.cell("Kursus i magtanvendelse")))).bytes();

        ImportResult result = read(docx);

        assertEquals("Handleplan for Bostedet 2025", result.draft().header().planTitle());
        assertNull(result.draft().header().offerName());
        assertEquals("Kursus i magtanvendelse", result.draft().activities().get(0).description());
        assertEquals("6", result.draft().sections().get(0).themeCode());
    }

    @Test
    void marksAreReadFromGreenAndStruckRuns() {
        PlanDocument draft = read(LayoutDocxWriter.exportLayout().apply(SamplePlans.sample())).draft();

        assertEquals(PlanDocument.Mark.COMPLETED, draft.sections().get(0).goals().get(0).activities().get(1).mark());
        assertEquals(PlanDocument.Mark.ADDED, draft.sections().get(0).goals().get(1).mark());
        assertEquals(PlanDocument.Mark.ADDED, draft.sections().get(0).goals().get(1).activities().get(0).mark());
        assertEquals(PlanDocument.Mark.ADDED, draft.sections().get(2).mark());
        assertEquals(PlanDocument.Mark.ADDED, draft.sections().get(0).goals().get(0).activities().get(0).notes().get(1)
                .mark());
        assertEquals(PlanDocument.Mark.NONE, draft.sections().get(1).mark());
    }

    private ImportResult read(byte[] docx) {
        return importer.read(new ByteArrayInputStream(docx), SamplePlans.THEMES);
    }
}
