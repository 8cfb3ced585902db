package dk.handleplan.documents.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import ognl.OgnlRuntime;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class TemplateEnginesTest {

    public record Plan(String title, Summary summary, String authority) {
        public String getShout() {
            return title.toUpperCase(Locale.ROOT);
        }
    }

    public record Summary(int overdue) {
    }

    private record Hidden(String name) {
    }

    private static String render(String template, Map<String, Object> model) {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.TEXT);
        TemplateEngine engine = TemplateEngines.create(resolver);
        return engine.process(template, new Context(Locale.ROOT, new HashMap<>(model)));
    }

    @Test
    void recordsOfHandleplanAreReadThroughTheCachedAccessors() throws Exception {
        Plan plan = new Plan("Handleplan 2026", new Summary(3), null);
        String text = render("[[${plan.title}]]|[[${plan.summary.overdue}]]|[[${plan.authority} ?: 'ingen']]",
                Map.of("plan", plan));

        assertEquals("Handleplan 2026|3|ingen", text);
        assertInstanceOf(RecordPropertyAccessor.class, OgnlRuntime.getPropertyAccessor(Plan.class));
        assertTrue(RecordPropertyAccessor.readsDirectly(Plan.class));
    }

    @Test
    void whatIsNotAComponentOfAPublicRecordIsLeftToOgnl() {
        String text = render("[[${plan.shout}]]|[[${hidden.name}]]|[[${plan.title.length()}]]|[[${map.key}]]",
                Map.of("plan", new Plan("æøå plan", new Summary(0), "Socialtilsyn Midt"), "hidden",
                        new Hidden("skjult"), "map", Map.of("key", "værdi")));

        assertEquals("ÆØÅ PLAN|skjult|8|værdi", text);
        assertFalse(RecordPropertyAccessor.readsDirectly(Hidden.class));
        assertFalse(RecordPropertyAccessor.readsDirectly(String.class));
    }
}
