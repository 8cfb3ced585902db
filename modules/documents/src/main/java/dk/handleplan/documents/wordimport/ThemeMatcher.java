package dk.handleplan.documents.wordimport;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quality-model theme a Tema cell names. Numbering ("Tema 3:", "3.") and punctuation are
 * ignored and "&" reads as "og"; then, in order: the same words; a text that starts with a theme's
 * words ("Organisation og ledelse – stabil ledelse"); a close spelling (edit distance at most a fifth of
 * the longer text: "Målgruppe, metoder og resultater"); or just a number that is a theme's code ("Tema 3").
 */
final class ThemeMatcher {

    /** The theme found, and whether the text said it exactly (else the user is told what it was read as). */
    record Match(KnownTheme theme, boolean exact) {
    }

    static final double MAX_DISTANCE_SHARE = 0.2;

    private static final Pattern NUMBERING = Pattern.compile("^(?:tema\\s*)?(\\d{1,2})?\\s*[.:)\\-]?\\s*");

    private final List<KnownTheme> themes;

    ThemeMatcher(List<KnownTheme> themes) {
        this.themes = List.copyOf(themes);
    }

    /** The theme the text names, or null. */
    Match match(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        Matcher numbering = NUMBERING.matcher(lower);
        String number = numbering.lookingAt() ? numbering.group(1) : null;
        String words = normalise(lower.substring(numbering.lookingAt() ? numbering.end() : 0));
        if (words.isEmpty()) {
            return number == null ? null : themes.stream().filter(t -> number.equals(t.code())).findFirst()
                    .map(t -> new Match(t, false)).orElse(null);
        }
        for (KnownTheme theme : themes) {
            if (normalise(theme.name()).equals(words)) {
                return new Match(theme, true);
            }
        }
        KnownTheme best = null;
        int bestLength = 0;
        for (KnownTheme theme : themes) {
            String name = normalise(theme.name());
            if (words.startsWith(name + " ") && name.length() > bestLength) {
                best = theme;
                bestLength = name.length();
            }
        }
        if (best != null) {
            return new Match(best, false);
        }
        double bestShare = MAX_DISTANCE_SHARE;
        for (KnownTheme theme : themes) {
            String name = normalise(theme.name());
            double share = (double) distance(words, name) / Math.max(words.length(), name.length());
            if (share <= bestShare) {
                best = theme;
                bestShare = share;
            }
        }
        return best == null ? null : new Match(best, false);
    }

    static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("&", " og ");
        Matcher numbering = NUMBERING.matcher(s);
        if (numbering.lookingAt()) {
            s = s.substring(numbering.end());
        }
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
