package dk.handleplan.documents.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.handleplan.documents.PlanDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class PlanDocxTest {

    @Test
    void reopensWithTheTableEveryElementAndWordsMarks() throws IOException {
        PlanDocument plan = SampleDocuments.realistic();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(PlanDocx.write(plan)))) {
            assertEquals(STPageOrientation.LANDSCAPE, word.getDocument().getBody().getSectPr().getPgSz().getOrient());
            XWPFTable table = word.getTables().get(0);
            assertEquals(DocumentText.COLUMNS, table.getRow(0).getTableCells().stream().map(XWPFTableCell::getText)
                    .toList());
            assertTrue(table.getRow(0).isRepeatHeader());
            assertEquals(1 + 5, table.getNumberOfRows(), "a header, four activity rows, one goal without activities");
            String text = new XWPFWordExtractor(word).getText();
            for (String expected : PlanPdfTest.everyText(plan)) {
                assertTrue(text.contains(expected), "missing: " + expected);
            }
            List<XWPFRun> runs = runs(table);
            assertTrue(runs.stream().filter(r -> r.text().equals("Færre konflikter"))
                    .allMatch(r -> PlanDocx.GREEN.equals(r.getColor())), "the added goal is green");
            assertTrue(runs.stream().anyMatch(r -> r.text().equals("Konfliktregistrering") && PlanDocx.GREEN.equals(r.getColor())));
            assertTrue(runs.stream().anyMatch(r -> r.text().equals("Temadag om KRAP") && r.isStrikeThrough()));
            assertFalse(runs.stream().anyMatch(r -> r.text().equals("Supervision hver måned")
                    && (r.isStrikeThrough() || r.getColor() != null)), "plain text is plain");
            assertTrue(text.contains("Tekst i grønt er tilføjet siden 15. januar 2025"));
            assertEquals("Handleplan 2025", word.getProperties().getCoreProperties().getTitle());
            XWPFTableCell what = table.getRow(1).getCell(3);
            assertEquals(List.of("Temadag om KRAP", "Status: Gennemført (4. februar 2025)"),
                    what.getParagraphs().stream().map(XWPFParagraph::getText).toList(), "a paragraph per line");
        }
    }

    @Test
    void keepsHostileTextAsTyped() throws IOException {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(PlanDocx.write(SampleDocuments.hostile())))) {
            String text = new XWPFWordExtractor(word).getText();
            assertTrue(text.contains(SampleDocuments.HOSTILE), text);
            assertTrue(text.contains("Emoji 😀 og ' enkelt"), text);
            assertTrue(text.contains("@SUM(A1)\nLinje to") || text.contains("@SUM(A1)"), text);
        }
    }

    @Test
    void writesALargePlan() throws IOException {
        long start = System.nanoTime();
        byte[] bytes = PlanDocx.write(SampleDocuments.large(5, 3, 10));
        System.out.printf("PlanDocxTest: 150 activities in %d ms, %d bytes%n", (System.nanoTime() - start) / 1_000_000,
                bytes.length);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertEquals(151, word.getTables().get(0).getNumberOfRows());
        }
    }

    static List<XWPFRun> runs(XWPFTable table) {
        List<XWPFRun> runs = new ArrayList<>();
        table.getRows().forEach(row -> row.getTableCells().forEach(cell -> {
            for (XWPFParagraph p : cell.getParagraphs()) {
                runs.addAll(p.getRuns());
            }
        }));
        return runs;
    }
}
