package dk.handleplan.app.security;

import dk.handleplan.kernel.HtmlText;

/** Escaping for text written into HTML: everything a user typed is shown as typed, never interpreted. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        return HtmlText.escape(text);
    }

    /** A whole page in the application's frame: Danish, one stylesheet, no script. */
    static String page(String title, String main) {
        return page(title, main, null);
    }

    /**
     * A whole page for a session with a CSRF token, which the page offers to scripts in
     * {@code <meta name="csrf-token">} (they send it back in the X-CSRF-Token header).
     */
    static String page(String title, String main, String csrfToken) {
        return "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"
                + (csrfToken == null ? "" : "<meta name=\"csrf-token\" content=\"" + escape(csrfToken) + "\">\n")
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " – Handleplan</title>\n"
                + "<link rel=\"stylesheet\" href=\"/static/handleplan.css\">\n</head>\n<body>\n"
                + "<header><p class=\"brand\">Handleplan</p></header>\n<main>\n" + main + "</main>\n</body>\n</html>\n";
    }
}
