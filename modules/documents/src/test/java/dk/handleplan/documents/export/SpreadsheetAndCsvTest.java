package dk.handleplan.documents.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.handleplan.documents.MonitoringAppendix;
import dk.handleplan.documents.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetAndCsvTest {

    @Test
    void theActivitiesSheetHasARowPerActivityWithDatesAsDates() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                PlanSpreadsheet.activitiesXlsx(SampleDocuments.realistic())))) {
            XSSFSheet sheet = book.getSheet("Aktiviteter");
            assertEquals(4, sheet.getLastRowNum(), "a header and four activities");
            assertEquals(ActivityColumns.HEADERS.get(16), sheet.getRow(0).getCell(16).getStringCellValue());
            XSSFRow temadag = sheet.getRow(1);
            assertEquals("Temadag om KRAP", temadag.getCell(5).getStringCellValue());
            assertEquals("2024-08", temadag.getCell(7).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(temadag.getCell(ActivityColumns.COMPLETED_ON)));
            assertEquals(LocalDate.of(2025, 2, 4), temadag.getCell(ActivityColumns.COMPLETED_ON).getLocalDateTimeCellValue()
                    .toLocalDate());
            assertEquals("Gennemført", temadag.getCell(16).getStringCellValue());
            assertEquals("Tilføjet", sheet.getRow(3).getCell(16).getStringCellValue());
        }
    }

    @Test
    void formulaLikeTextStaysTextInTheSpreadsheet() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                PlanSpreadsheet.activitiesXlsx(SampleDocuments.hostile())))) {
            XSSFRow row = book.getSheetAt(0).getRow(1);
            assertEquals(CellType.STRING, row.getCell(5).getCellType());
            assertEquals("=1+2", row.getCell(5).getStringCellValue());
            assertEquals(SampleDocuments.HOSTILE, row.getCell(3).getStringCellValue());
        }
    }

    @Test
    void theCsvIsQuotedDefusedAndHasABom() {
        String csv = Csv.activities(SampleDocuments.hostile());
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("Tema;Emne;Afdeling;Mål"), lines[0]);
        assertTrue(csv.contains(";'=1+2;"), csv);
        assertTrue(csv.contains("\"'@SUM(A1)\nLinje to\""), "a newline inside a quoted field: " + csv);
        assertTrue(csv.contains("\"" + SampleDocuments.HOSTILE.replace("\"", "\"\"") + "\""), csv);
        assertTrue(csv.endsWith("\r\n"));
        byte[] bytes = Csv.utf8(csv);
        assertEquals(0xEF, bytes[0] & 0xff);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("æøå ÆØÅ"));
        assertEquals("-3,5", Csv.field("-3,5"), "a number is not defused");
        assertEquals("'-x", Csv.field("-x"));
        assertEquals("\"'+1;2\"", Csv.field("+1;2"));
    }

    @Test
    void figureTablesGetTheirOwnSafelyNamedSheets() throws IOException {
        Table a = new Table("Personalegennemstrømning, Bostedet Lærkereden pr. kvartal", List.of("Kvartal", "Kvartalet"),
                List.of(List.of("2024-Q1", "12,5 %")));
        Table b = new Table("Personalegennemstrømning, Bostedet Lærkereden pr. kvartal [rullende]", List.of("Kvartal"),
                List.of(List.of("2024-Q1")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(PlanSpreadsheet.tablesXlsx(List.of(a, b))))) {
            assertEquals(2, book.getNumberOfSheets());
            assertTrue(book.getSheetName(0).length() <= 31);
            assertTrue(!book.getSheetName(0).equals(book.getSheetName(1)));
            assertEquals("12,5 %", book.getSheetAt(0).getRow(2).getCell(1).getStringCellValue());
        }
        Set<String> taken = new HashSet<>();
        assertEquals("a b", PlanSpreadsheet.sheetName("a/b", taken).replace('/', ' ').replace('_', ' '));
        assertEquals("a b 2", PlanSpreadsheet.sheetName("a/b", taken).replace('/', ' ').replace('_', ' '));
    }

    @Test
    void theAppendixShowsEveryChartAndTable() throws IOException {
        byte[] png = dk.handleplan.charts.ChartRenderer.png(dk.handleplan.charts.QuarterlyChart.counts("Sager",
                "antal", List.of("2024-Q4", "2025-Q1"), List.of(new dk.handleplan.charts.Series("Sager",
                        java.util.Map.of("2024-Q4", 2.0, "2025-Q1", 3.0)))), 640, 300, 1);
        Table numbers = new Table("Sager pr. kvartal", List.of("Kvartal", "Sager"),
                List.of(List.of("2024-Q4", "2"), List.of("2025-Q1", "3")));
        MonitoringAppendix.Chart chart = new MonitoringAppendix.Chart("Magtanvendelser pr. kvartal",
                "Søjler: 2 og 3 sager", png, numbers);
        Table followUp = new Table("Magtanvendelser, opfølgning", List.of("Opgørelse", "Antal"),
                List.of(List.of("Åbne opfølgninger", "1")));
        MonitoringAppendix appendix = new MonitoringAppendix("Bostedet Lærkereden", "Handleplan 2025",
                "4. kvartal 2024 – 1. kvartal 2025", LocalDate.of(2025, 3, 10), List.of(chart), List.of(followUp));
        try (PDDocument pdf = Loader.loadPDF(AppendixPdf.write(appendix))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Magtanvendelser pr. kvartal"), text);
            assertTrue(text.contains("Åbne opfølgninger"), text);
            assertTrue(text.contains("2025-Q1"), text);
            assertTrue(text.contains("side 1 af"), text);
            assertTrue(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "the chart is an image");
        }
    }
}
