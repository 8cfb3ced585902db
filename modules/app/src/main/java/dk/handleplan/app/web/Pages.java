package dk.handleplan.app.web;

import dk.handleplan.documents.templates.TemplateEngines;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.util.FastStringWriter;

/**
 * Renders the templates. Every page gets {@code ctx} (who is signed in, the CSRF token, what the menu
 * shows); text is escaped by Thymeleaf ({@code th:text}), so what users typed is shown, never run.
 */
@ApplicationScoped
public class Pages {

    static final Locale DANISH = Locale.forLanguageTag("da-DK");

    @Inject
    PageContext context;

    private TemplateEngine engine;

    @PostConstruct
    void init() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Pages.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = TemplateEngines.create(resolver);
        engine.setLinkBuilder(new RootLinks());
    }

    /** What a page adds around the parts it is given ready-made (menu, forms, scripts), in characters. */
    private static final int PAGE_AROUND_PARTS = 32_768;

    /** A whole page. */
    public String page(String template, String title, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("title", title);
        // The page's buffer starts as large as the page will be: the ready-made parts (a plan's table,
        // the overview's offers) are most of it. Grown by doubling from a few KB, a plan page was copied
        // about ten times on its way to 200,000 characters, and its last buffers were so large (over
        // half a heap region) that the collector had to handle each one by itself: most of a page's
        // garbage and the cause of full collections in the benchmark of 2026-12-06.
        int parts = 0;
        for (Object value : model.values()) {
            if (value instanceof String text) {
                parts += text.length();
            }
        }
        FastStringWriter out = new FastStringWriter(parts + PAGE_AROUND_PARTS);
        engine.process(template, context(all), out);
        return out.toString();
    }

    /** Where a page's ready-made part goes: an HTML comment no template or user text makes. */
    private static final String PART_MARK = "<!--handleplan:ready-made-part-->";

    /**
     * A whole page around a ready-made part kept as UTF-8 bytes (a plan's table, the overview's
     * offers): the template shows the part with {@code th:utext="${partName}"}, and the part is sent as
     * it is, without being copied into the page's text and encoded again.
     */
    public HtmlPage pageAround(String template, String title, Map<String, Object> model, String partName,
            byte[] part) {
        Map<String, Object> all = new HashMap<>(model);
        all.put(partName, PART_MARK);
        String html = page(template, title, all);
        int at = html.indexOf(PART_MARK);
        if (at < 0 || html.indexOf(PART_MARK, at + 1) >= 0) {
            throw new IllegalStateException("The template " + template + " must show ${" + partName + "} once");
        }
        return new HtmlPage(html.substring(0, at).getBytes(StandardCharsets.UTF_8), part,
                html.substring(at + PART_MARK.length()).getBytes(StandardCharsets.UTF_8));
    }

    /** A template that is itself a part of a page (a form, a table body), for htmx to swap in. */
    public String render(String template, Map<String, Object> model) {
        return engine.process(template, context(new HashMap<>(model)));
    }

    /** One fragment of a template ({@code th:fragment}), for htmx to swap into the page. */
    public String fragment(String template, String fragment, Map<String, Object> model) {
        return engine.process(template, Set.of(fragment), context(new HashMap<>(model)));
    }

    /** Links like {@code @{/planer/{id}(id=...)}}: the application is served at the root, so no context path. */
    private static final class RootLinks extends StandardLinkBuilder {
        @Override
        protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
            return "";
        }
    }

    private Context context(Map<String, Object> model) {
        model.put("ctx", context);
        return new Context(DANISH, model);
    }
}
