package dk.handleplan.documents.wordimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What is no Word plan is refused with a Danish message, and nothing is read from it. */
class RefusedFilesTest {

    private final WordPlanImporter importer = new WordPlanImporter();

    @Test
    void refusesRandomBytesAnEmptyFileAndTextFiles() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        for (byte[] file : List.of(random, new byte[0], "Tema;Emne;Mål".getBytes(StandardCharsets.UTF_8))) {
            WordImportException refused = assertThrows(WordImportException.class, () -> read(file));
            assertTrue(refused.getMessage().matches(".*[æøåÆØÅa-z].*"), refused.getMessage());
        }
    }

    @Test
    void refusesAnOldDocFileAndASpreadsheet() throws IOException {
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem ole = new POIFSFileSystem()) {
            ole.createDocument(new ByteArrayInputStream(new byte[16]), "WordDocument");
            ole.writeFilesystem(doc);
        }
        assertThrows(WordImportException.class, () -> read(doc.toByteArray()));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Plan").createRow(0).createCell(0).setCellValue("Tema");
            book.write(xlsx);
        }
        assertThrows(WordImportException.class, () -> read(xlsx.toByteArray()));
    }

    @Test
    void refusesAZipBombBeforeOpeningIt() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThrows(WordImportException.class, () -> read(zip.toByteArray()));
    }

    @Test
    void refusesADocumentWithoutAPlanTable() {
        byte[] docx = new TestDocx().paragraph("Handleplan").paragraph("Her er ingen tabel").bytes();
        WordImportException refused = assertThrows(WordImportException.class, () -> read(docx));
        assertTrue(refused.getMessage().contains("Tema"), refused.getMessage());
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusesMoreRowsThanItReads() {
        List<List<TestDocx.CellSpec>> rows = new ArrayList<>();
        rows.add(List.of(TestDocx.cell("Tema"), TestDocx.cell("Mål"), TestDocx.cell("Hvad")));
        for (int i = 0; i <= WordPlanImporter.MAX_ROWS; i++) {
            rows.add(List.of(TestDocx.cell("Kompetencer"), TestDocx.cell("Mål " + i), TestDocx.cell("Aktivitet " + i)));
        }
        byte[] docx = new TestDocx().table(rows).bytes();
        WordImportException refused = assertThrows(WordImportException.class, () -> read(docx));
        assertTrue(refused.getMessage().contains("2000") || refused.getMessage().contains("2.000"), refused.getMessage());
    }

    @Test
    @SuppressWarnings("unchecked")
    void keepsAnUnknownThemeAsTextAndFlagsIt() {
        byte[] docx = new TestDocx().table(TestDocx.rows(
                List.of(TestDocx.cell("Tema"), TestDocx.cell("Mål"), TestDocx.cell("Hvad"), TestDocx.cell("Hvornår")),
                List.of(TestDocx.cell("Samarbejde med pårørende"), TestDocx.cell("Bedre dialog"),
                        TestDocx.cell("Pårørendemøde"), TestDocx.cell("når det passer")))).bytes();
        ImportResult result = read(docx);
        assertEquals(null, result.draft().sections().get(0).themeCode());
        assertEquals("Samarbejde med pårørende", result.draft().sections().get(0).themeName());
        assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("Samarbejde med pårørende")),
                result.problems()::toString);
        var activity = result.draft().activities().get(0);
        assertEquals("når det passer", activity.when(), "kept as text");
        assertEquals(null, activity.timeStart());
        assertTrue(result.problems().stream().anyMatch(p -> p.column().equals("Hvornår")), result.problems()::toString);
    }

    @Test
    @SuppressWarnings("unchecked")
    void splitsSeveralActivitiesInOneRowWhenTheirTimesMatch() {
        byte[] docx = new TestDocx().table(TestDocx.rows(
                List.of(TestDocx.cell("Tema"), TestDocx.cell("Mål"), TestDocx.cell("Hvad"), TestDocx.cell("Hvornår"),
                        TestDocx.cell("Hvem")),
                List.of(TestDocx.cell("Kompetencer"), TestDocx.cell("Alle kender reglerne"),
                        TestDocx.cell("Kursus i magtanvendelse", "Temadag om pædagogik"),
                        TestDocx.cell("august 2024", "foråret 2025"), TestDocx.cell("Afdelingsleder")))).bytes();
        ImportResult result = read(docx);
        var activities = result.draft().activities();
        assertEquals(2, activities.size(), activities::toString);
        assertEquals("2024-08", activities.get(0).timeStart());
        assertEquals("2025-spring", activities.get(1).timeEnd());
        assertEquals("Afdelingsleder", activities.get(1).responsible());
        assertEquals("6", result.draft().sections().get(0).themeCode(), "Kompetencer");
    }

    private ImportResult read(byte[] docx) {
        return importer.read(new ByteArrayInputStream(docx), SamplePlans.THEMES);
    }
}
