package dk.handleplan.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartRendererTest {

    private static final List<String> QUARTERS = List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1");

    private static QuarterlyChart turnover() {
        Map<String, Double> quarter = new LinkedHashMap<>();
        quarter.put("2024-Q1", 4.83);
        quarter.put("2024-Q2", 9.3);
        quarter.put("2024-Q4", 14.29); // 2024-Q3 missing: a gap
        quarter.put("2025-Q1", 0.0);
        Map<String, Double> year = Map.of("2024-Q4", 28.17, "2025-Q1", 23.5);
        return QuarterlyChart.lines("Personalegennemstrømning, Hus Ærø", "%", 1, " %", QUARTERS,
                List.of(new Series("Kvartalets egen", quarter), new Series("Rullende år", year)));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The groups JFreeChart writes around each drawn point, as their reference texts. */
    private static List<String> points(Document svg) {
        List<String> refs = new ArrayList<>();
        NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            String ref = ((Element) groups.item(i)).getAttributeNS("http://www.jfree.org/jfreesvg/svg", "ref");
            if (ref.contains("rowKey")) {
                refs.add(ref);
            }
        }
        return refs;
    }

    @Test
    void anSvgChartIsWellFormedAndNamedForScreenReaders() throws Exception {
        Document svg = parse(ChartRenderer.svg(turnover()));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("Personalegennemstrømning, Hus Ærø", root.getAttribute("aria-label"));
        assertEquals("Personalegennemstrømning, Hus Ærø", svg.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        String desc = svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        assertTrue(desc.contains("Kvartalets egen: 2024-Q1 4,8 %; 2024-Q2 9,3 %; 2024-Q3 ingen tal; 2024-Q4 14,3 %; 2025-Q1 0,0 %."), desc);
        assertTrue(desc.contains("Rullende år: 2024-Q1 ingen tal;"), desc);
    }

    @Test
    void everyQuarterWithAValueIsAPointAndGapsAreNot() throws Exception {
        List<String> points = points(parse(ChartRenderer.svg(turnover())));
        // 4 of 5 quarters in the first series, 2 in the second
        assertEquals(6, points.size(), points.toString());
    }

    @Test
    void danishLettersSurviveInTheDrawnText() throws Exception {
        String svg = ChartRenderer.svg(turnover());
        Document doc = parse(svg);
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("Personalegennemstrømning, Hus Ærø"), text);
        assertTrue(text.contains("Rullende år"), text);
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        boolean titleDrawn = false;
        for (int i = 0; i < texts.getLength(); i++) {
            titleDrawn |= texts.item(i).getTextContent().equals("Personalegennemstrømning, Hus Ærø");
        }
        assertTrue(titleDrawn, "the title is drawn as text");
        assertTrue(svg.contains("DejaVu Sans"), "the embedded face is named");
    }

    @Test
    void axisTicksUseTheDecimalComma() throws Exception {
        QuarterlyChart small = QuarterlyChart.lines("Vikarandel", "%", 1, " %", List.of("2025-Q1", "2025-Q2"),
                List.of(new Series("Vikarandel", Map.of("2025-Q1", 1.2, "2025-Q2", 2.6))));
        NodeList texts = parse(ChartRenderer.svg(small)).getElementsByTagNameNS("*", "text");
        List<String> ticks = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            ticks.add(texts.item(i).getTextContent());
        }
        assertTrue(ticks.stream().anyMatch(t -> t.matches("\\d+,\\d")), ticks.toString());
        assertTrue(ticks.stream().noneMatch(t -> t.matches("\\d+\\.\\d")), ticks.toString());
    }

    @Test
    void referenceLinesAreDrawnDashedNamedAndApart() throws Exception {
        QuarterlyChart chart = turnover().withReferenceLines(List.of(
                new ReferenceLine("under sammenlignelige arbejdspladser", 15, ReferenceLine.Kind.TARGET),
                new ReferenceLine("kommunens gennemsnit", 21.3, ReferenceLine.Kind.BENCHMARK)));
        String svg = ChartRenderer.svg(chart);
        String text = parse(svg).getDocumentElement().getTextContent();
        assertTrue(text.contains("Mål: 15,0 %"), text);
        assertTrue(text.contains("Benchmark: 21,3 %"), text);
        assertTrue(text.contains("Mål: under sammenlignelige arbejdspladser"), "the legend names the target");
        // each line twice: across the plot and in the legend
        assertEquals(2, count(svg, "stroke:rgb\\(0,122,77\\)[^']*stroke-dasharray:10\\.0,5\\.0"), "the target, dashed");
        assertEquals(2, count(svg, "stroke:rgb\\(90,90,90\\)[^']*stroke-dasharray:3\\.0,4\\.0"),
                "the benchmark, dotted in another colour");
        String desc = parse(svg).getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        assertTrue(desc.endsWith("Mål (under sammenlignelige arbejdspladser): 15 %. Benchmark (kommunens gennemsnit): 21,3 %."),
                desc);
    }

    private static long count(String text, String regex) {
        return java.util.regex.Pattern.compile(regex).matcher(text).results().count();
    }

    @Test
    void theSameChartGivesTheSameBytes() {
        assertEquals(ChartRenderer.svg(turnover()), ChartRenderer.svg(turnover()));
        assertArrayEquals(ChartRenderer.png(turnover(), 320, 160, 1), ChartRenderer.png(turnover(), 320, 160, 1));
    }

    @Test
    void countsAreBarsWithWholeNumberTicks() throws Exception {
        QuarterlyChart chart = QuarterlyChart.counts("Magtanvendelser pr. kvartal", "antal", QUARTERS,
                List.of(new Series("Akut fastholdelse", Map.of("2024-Q1", 2.0, "2024-Q2", 0.0, "2025-Q1", 3.0))));
        Document svg = parse(ChartRenderer.svg(chart));
        assertEquals(3, points(svg).size());
        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            String t = texts.item(i).getTextContent();
            assertTrue(!t.matches("\\d+,\\d+"), "no decimal ticks on a count axis: " + t);
        }
    }

    @Test
    void aChartWithoutFiguresSaysSo() throws Exception {
        QuarterlyChart empty = QuarterlyChart.lines("Sygefravær", "dage", 0, " dage", QUARTERS,
                List.of(new Series("Tilbudsportalen-metoden", Map.of())));
        assertTrue(empty.isEmpty());
        String text = parse(ChartRenderer.svg(empty)).getDocumentElement().getTextContent();
        assertTrue(text.contains("Ingen tal endnu"), text);
    }

    @Test
    void aPngIsAnImageOfTheAskedSize() throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(turnover(), 640, 320, 2)));
        assertEquals(1280, image.getWidth());
        assertEquals(640, image.getHeight());
    }
}
