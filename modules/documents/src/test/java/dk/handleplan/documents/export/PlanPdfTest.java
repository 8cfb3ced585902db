package dk.handleplan.documents.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.handleplan.documents.PlanDocument;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PlanPdfTest {

    @Test
    void holdsEveryElementOnLandscapePagesWithLegendsAndPageNumbers() throws IOException {
        PlanDocument plan = SampleDocuments.realistic();
        try (PDDocument pdf = Loader.loadPDF(PlanPdf.write(plan))) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertTrue(page.getWidth() > page.getHeight(), "landscape");
            assertEquals(842, Math.round(page.getWidth()), "A4");
            String text = squash(new PDFTextStripper().getText(pdf));
            for (String expected : everyText(plan)) {
                assertTrue(text.contains(squash(expected)), "missing: " + expected);
            }
            assertTrue(text.contains(squash("Tekst i grønt er tilføjet siden 15. januar 2025")));
            assertTrue(text.contains(squash("Overstreget tekst er gennemført")));
            assertTrue(text.contains("side1af" + pdf.getNumberOfPages()));
            assertTrue(text.contains(squash("Revision 2, opdateret 2025-03-10")));
            assertEquals("Handleplan 2025 – Bostedet Lærkereden", pdf.getDocumentInformation().getTitle());
            assertTrue(pdf.getDocumentCatalog().getStructureTreeRoot() != null, "tagged for accessibility");
        }
    }

    @Test
    void writesNewTextInGreen() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PlanPdf.write(SampleDocuments.realistic()))) {
            List<String> green = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                {
                    // The text stripper ignores colours unless told to follow the colour operators.
                    addOperator(new SetNonStrokingColorSpace(this));
                    addOperator(new SetNonStrokingColor(this));
                    addOperator(new SetNonStrokingColorN(this));
                    addOperator(new SetNonStrokingDeviceRGBColor(this));
                    addOperator(new SetNonStrokingDeviceGrayColor(this));
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    try {
                        float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
                        if (rgb.length == 3 && rgb[1] > 0.6f && rgb[0] < 0.1f) {
                            green.add(text.getUnicode());
                        }
                    } catch (RuntimeException e) {
                        // colour spaces without components are no green
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.getText(pdf);
            // Text positions hold the font's ligatures (ﬂ); the plain letters are what was typed.
            String greenText = java.text.Normalizer.normalize(String.join("", green), java.text.Normalizer.Form.NFKC);
            assertTrue(greenText.contains("Færre konflikter"), greenText);
            assertTrue(greenText.contains("Konfliktregistrering"), greenText);
            assertTrue(!greenText.contains("Supervision"), "unchanged text is not green: " + greenText);
        }
    }

    @Test
    void showsHostileTextAsTyped() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PlanPdf.write(SampleDocuments.hostile()))) {
            String text = squash(new PDFTextStripper().getText(pdf));
            assertTrue(text.contains(squash(SampleDocuments.HOSTILE)), text);
            assertTrue(text.contains("=1+2"));
        }
    }

    @Test
    void repeatsTheHeaderOnEveryPageOfALargePlanAndRendersThePage() throws IOException {
        PlanDocument large = SampleDocuments.large(5, 3, 10);
        long start = System.nanoTime();
        byte[] bytes = PlanPdf.write(large);
        System.out.printf("PlanPdfTest: 150 activities in %d ms, %d bytes%n", (System.nanoTime() - start) / 1_000_000,
                bytes.length);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() > 5, "pages: " + pdf.getNumberOfPages());
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertTrue(text.contains("Forventede effekt"), "header on page " + page);
                assertTrue(squash(text).contains("side" + page + "af" + pdf.getNumberOfPages()));
            }
            assertTrue(squash(new PDFTextStripper().getText(pdf)).contains("Aktivitet4.2.9"));
        }
        try (PDDocument pdf = Loader.loadPDF(PlanPdf.write(SampleDocuments.realistic()))) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
            int dark = 0;
            for (int y = image.getHeight() / 4; y < image.getHeight() * 3 / 4; y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100 && (rgb & 0xff) < 100) {
                        dark++;
                    }
                }
            }
            assertTrue(dark > 1000, "the table is drawn: " + dark + " dark pixels");
            String folder = System.getProperty("documents.screenshot");
            if (folder != null) {
                Files.createDirectories(Path.of(folder));
                ImageIO.write(image, "png", Path.of(folder, "export-plan-pdf.png").toFile());
            }
        }
    }

    static List<String> everyText(PlanDocument plan) {
        List<String> texts = new ArrayList<>();
        for (PlanDocument.Section s : plan.sections()) {
            texts.add(s.themeName());
            texts.add(s.subject());
            if (s.departmentName() != null) {
                texts.add("Afdeling: " + s.departmentName());
            }
            for (PlanDocument.Goal g : s.goals()) {
                texts.add(g.text());
                texts.add(g.expectedEffect());
                for (PlanDocument.Activity a : g.activities()) {
                    texts.add(a.description());
                    texts.add(a.documentation());
                    texts.add(a.responsible());
                    texts.add(a.when());
                    texts.add(DocumentText.statusLine(a));
                    texts.addAll(a.milestones());
                    a.notes().forEach(n -> texts.add(DocumentText.noteLine(n)));
                }
            }
        }
        return texts;
    }

    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }
}
