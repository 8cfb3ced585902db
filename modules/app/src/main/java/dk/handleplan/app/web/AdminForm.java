package dk.handleplan.app.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of the one form on an administration page that was sent and refused: what was typed, the
 * Danish messages per field, or that the element was changed meanwhile (stale version). Every other
 * form on the page shows the stored values. Templates ask by the form's key, e.g.
 * {@code form.value('tilbud', 'navn', offer.name)} and {@code form.error('tilbud', 'name')}.
 */
public final class AdminForm {

    static final AdminForm NONE = new AdminForm(null, Map.of(), Map.of(), false);

    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("oprettet", "Oprettet."),
            Map.entry("gemt", "Ændringerne er gemt."),
            Map.entry("arkiveret", "Arkiveret. Det kan gendannes."),
            Map.entry("gendannet", "Gendannet."),
            Map.entry("deaktiveret", "Brugeren er deaktiveret og kan ikke logge ind."),
            Map.entry("aktiveret", "Brugeren er aktiveret igen."),
            Map.entry("nulstillet", "Adgangskoden er nulstillet. Brugeren skal vælge en ny ved næste login."),
            Map.entry("rolle", "Rollen er givet."),
            Map.entry("fjernet", "Rollen er fjernet."));

    private final String key;
    private final Map<String, String> values;
    private final Map<String, String> errors;
    private final boolean stale;

    private AdminForm(String key, Map<String, String> values, Map<String, String> errors, boolean stale) {
        this.key = key;
        this.values = values;
        this.errors = errors;
        this.stale = stale;
    }

    /** The form {@code key} was refused: its typed values and the messages per field ("" for the form as a whole). */
    static AdminForm refused(String key, Map<String, String> values, Map<String, String> errors) {
        return new AdminForm(key, values, errors, false);
    }

    /**
     * The form {@code key} was sent with a stale version; {@code values} carry the current version, so
     * saving again goes through.
     */
    static AdminForm stale(String key, Map<String, String> values) {
        return new AdminForm(key, values, Map.of(), true);
    }

    public boolean failed(String form) {
        return form.equals(key);
    }

    public boolean isStale(String form) {
        return failed(form) && stale;
    }

    /** What the field shows: as typed when this form was refused, else the stored value. */
    public String value(String form, String field, Object stored) {
        if (failed(form) && values.containsKey(field)) {
            String typed = values.get(field);
            return typed == null ? "" : typed;
        }
        return stored == null ? "" : stored.toString();
    }

    /** The message next to the field, or null. */
    public String error(String form, String field) {
        return failed(form) ? errors.get(field) : null;
    }

    /** True when the form was refused with field errors (not only for being stale). */
    public boolean hasErrors(String form) {
        return failed(form) && !errors.isEmpty();
    }

    /** A message for the form as a whole (not tied to one field), or null. */
    public String general(String form) {
        if (!failed(form)) {
            return null;
        }
        return errors.containsKey("") ? errors.get("") : errors.get("version");
    }

    /** The Danish notice for a code in the address after a change ({@code ?besked=gemt}); unknown codes show nothing. */
    static String notice(String code) {
        return code == null ? null : NOTICES.get(code);
    }

    /** After a change: back to a page with a notice (303, so reloading does not send the form again). */
    static Response seeOther(String path, String notice) {
        return Response.seeOther(URI.create(notice == null ? path : path + "?besked=" + notice)).build();
    }

    /**
     * An administration page: 200, or 422 when it shows a refused form. Every such page gets the form's
     * state ({@code form}), its own address ({@code self}, to reload the stored values) and the notice.
     */
    static Response page(Pages pages, String template, String title, String self, AdminForm form, String notice,
            Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("form", form);
        all.put("self", self);
        all.put("notice", notice);
        return Response.status(form == NONE ? 200 : 422).entity(pages.page(template, title, all)).build();
    }

    /** Form values by field name, in order, nulls kept. */
    static Map<String, String> values(String... fieldsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return values;
    }

    /** A form field holding an id (a select whose empty choice means none): null when empty or not a number. */
    static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
