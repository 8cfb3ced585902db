package dk.handleplan.documents.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dk.handleplan.documents.templates.TemplateEngines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Level;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Thymeleaf templates to tagged PDF: the templates are XHTML (openhtmltopdf parses XML), every text goes
 * through {@code th:text} so it is escaped, and the DejaVu fonts are embedded so æøå print anywhere.
 */
final class PdfRendering {

    static {
        // openhtmltopdf logs every step of every rendering at INFO; keep its warnings only.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private static final TemplateEngine ENGINE = engine();
    private static final byte[] REGULAR = font("/dk/handleplan/charts/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("/dk/handleplan/documents/export/DejaVuSans-Bold.ttf");

    private PdfRendering() {
    }

    static byte[] render(String template, Map<String, Object> model) {
        Context context = new Context(DocumentText.DANISH, model);
        String xhtml = ENGINE.process(template, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Handleplan");
            builder.useFont(() -> new java.io.ByteArrayInputStream(REGULAR), "DejaVu Sans", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new java.io.ByteArrayInputStream(BOLD), "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfRendering.class.getClassLoader());
        resolver.setPrefix("dk/handleplan/documents/export/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        return TemplateEngines.create(resolver);
    }

    private static byte[] font(String path) {
        try (InputStream in = PdfRendering.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
