package dk.handleplan.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps Danish CPR numbers (personal identity numbers) out of Handleplan. Plans and notes are
 * about the organisation; residents are referred to by pseudonyms only, so a CPR number in free
 * text is always a mistake, and a serious one (GDPR art. 9 data next to it).
 */
public final class PersonalData {

    /** ddmmyy-xxxx or ddmmyyxxxx, not part of a longer number. */
    private static final Pattern CPR = Pattern.compile("(?<![\\d-])(\\d{2})(\\d{2})(\\d{2})-?(\\d{4})(?![\\d-])");

    private PersonalData() {
    }

    /** True when the text holds something shaped like a CPR number whose first six digits are a real date. */
    public static boolean containsCpr(String text) {
        if (text == null || text.length() < 10) {
            return false;
        }
        Matcher m = CPR.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            // The century lies in the control digits; a date valid in either century counts.
            if (isDate(1900 + year, month, day) || isDate(2000 + year, month, day)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
