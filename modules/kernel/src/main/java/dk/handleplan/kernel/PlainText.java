package dk.handleplan.kernel;

/**
 * Text a person can have typed: no control characters (other than tab and line breaks) and no broken
 * UTF-16 (a lone surrogate). Such characters are never meant, and PostgreSQL cannot store U+0000 at
 * all, so they are refused at the edge instead of failing (or being silently replaced) in the database.
 */
public final class PlainText {

    /** In English like every API message, followed by Danish for the people who typed it. */
    public static final String MESSAGE = "must not contain control characters or broken characters"
            + " (Teksten må ikke indeholde kontroltegn eller ødelagte tegn.)";

    private PlainText() {
    }

    /** True when the text holds a control character or a lone surrogate. */
    public static boolean hasForbiddenCharacter(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return true;
            }
        }
        return false;
    }
}
