package dk.handleplan.documents.export;

import dk.handleplan.documents.MonitoringAppendix;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The monitoring appendix as PDF (A4 portrait): each chart as an image with its text alternative and the
 * table of its numbers, then the other tables (the coercion follow-up in counts only).
 */
public final class AppendixPdf {

    private AppendixPdf() {
    }

    /** A chart with its image as a data address, for the template. */
    public record ChartImage(MonitoringAppendix.Chart chart, String src) {
    }

    public static byte[] write(MonitoringAppendix appendix) {
        Map<String, Object> model = new HashMap<>();
        model.put("a", appendix);
        model.put("generated", DocumentText.date(appendix.generatedOn()));
        List<ChartImage> charts = appendix.charts().stream().map(c -> new ChartImage(c,
                "data:image/png;base64," + Base64.getEncoder().encodeToString(c.png()))).toList();
        model.put("charts", charts);
        return PdfRendering.render("appendix", model);
    }
}
