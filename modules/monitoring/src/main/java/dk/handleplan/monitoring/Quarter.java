package dk.handleplan.monitoring;

import dk.handleplan.kernel.ValidationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written "2025-Q1". Years run from 2000 to 2099, as plans' time frames do. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q(\\d)");

    public Quarter {
        if (year < 2000 || year > 2099 || number < 1 || number > 4) {
            throw new IllegalArgumentException("no such quarter: " + year + "-Q" + number);
        }
    }

    /** Reads "2025-Q1" (q in either case); anything else is refused on {@code field}. */
    public static Quarter parse(String text, String field) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int number = Integer.parseInt(m.group(2));
            if (year >= 2000 && year <= 2099 && number >= 1 && number <= 4) {
                return new Quarter(year, number);
            }
        }
        throw ValidationException.of(field, "'" + text + "' is not a quarter: write yyyy-Qn with n from 1 to 4,"
                + " e.g. 2025-Q1");
    }

    /** The quarter a day lies in. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** Calendar days in the quarter (90 to 92). */
    public int days() {
        return (int) ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1;
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    /** This quarter and the {@code count - 1} before it, oldest first (a rolling period). */
    public List<Quarter> lastQuarters(int count) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = this;
        for (int i = 0; i < count; i++) {
            quarters.add(0, q);
            q = q.previous();
        }
        return quarters;
    }

    /** "1. kvartal 2025". */
    public String danish() {
        return number + ". kvartal " + year;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
