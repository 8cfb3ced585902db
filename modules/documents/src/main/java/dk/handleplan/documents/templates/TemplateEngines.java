package dk.handleplan.documents.templates;

import ognl.OgnlRuntime;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;
import org.thymeleaf.templateresolver.ITemplateResolver;

/** The one way Handleplan builds a Thymeleaf engine, for the pages and for the PDF documents alike. */
public final class TemplateEngines {

    private TemplateEngines() {
    }

    public static TemplateEngine create(ITemplateResolver resolver) {
        // OGNL keeps its accessors per class loader; registering the same kind twice does no harm.
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        // No JavaScript inlining is used; without this Thymeleaf would reach for the server's Jackson,
        // whose classes clash with the jackson-core the WAR brings (biweekly).
        StandardDialect dialect = new StandardDialect();
        dialect.setJavaScriptSerializer(new StandardJavaScriptSerializer(false));
        engine.setDialect(dialect);
        return engine;
    }
}
