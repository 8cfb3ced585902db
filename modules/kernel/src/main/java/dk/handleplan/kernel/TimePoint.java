package dk.handleplan.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One end of a time frame as plans write it: an exact date ("2024-12-04") or a period: a year
 * ("2025"), a half ("2025-H1"), a quarter ("2025-Q2"), a month ("2025-03"), a season
 * ("2025-spring"); or "ongoing" (only as an end). Every period resolves to a concrete date range.
 *
 * <p>Seasons follow the meteorological convention: spring March-May, summer June-August, autumn
 * September-November, winter December of the given year to the end of February of the next.
 */
public final class TimePoint {

    /** The kinds of time point, each with its canonical string form. */
    public enum Kind { DATE, YEAR, HALF, QUARTER, MONTH, SEASON, ONGOING }

    public static final String ONGOING_SPEC = "ongoing";
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2099;

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H(\\d)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(spring|summer|autumn|winter)");

    private static final String[] MONTHS_DA = {"januar", "februar", "marts", "april", "maj", "juni", "juli",
        "august", "september", "oktober", "november", "december"};

    private final Kind kind;
    private final String spec;
    private final LocalDate from;
    private final LocalDate to;

    private TimePoint(Kind kind, String spec, LocalDate from, LocalDate to) {
        this.kind = kind;
        this.spec = spec;
        this.from = from;
        this.to = to;
    }

    /**
     * Parses the canonical string form.
     *
     * @param field the request field, named in the error when the text is not a valid time point
     */
    public static TimePoint parse(String text, String field) {
        String s = text == null ? "" : text.trim();
        Matcher m;
        if (s.equalsIgnoreCase(ONGOING_SPEC)) {
            return new TimePoint(Kind.ONGOING, ONGOING_SPEC, null, null);
        }
        if ((m = DATE.matcher(s)).matches()) {
            int year = year(m.group(1), s, field);
            try {
                LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return new TimePoint(Kind.DATE, s, date, date);
            } catch (DateTimeException e) {
                throw invalid(field, s, "is not a date in the calendar");
            }
        }
        if ((m = YEAR.matcher(s)).matches()) {
            int year = year(m.group(1), s, field);
            return new TimePoint(Kind.YEAR, s, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if ((m = HALF.matcher(s)).matches()) {
            int year = year(m.group(1), s, field);
            int half = Integer.parseInt(m.group(2));
            if (half < 1 || half > 2) {
                throw invalid(field, s, "a half is H1 or H2");
            }
            return months(Kind.HALF, s, YearMonth.of(year, half * 6 - 5), 6);
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            int year = year(m.group(1), s, field);
            int quarter = Integer.parseInt(m.group(2));
            if (quarter < 1 || quarter > 4) {
                throw invalid(field, s, "a quarter is Q1 to Q4");
            }
            return months(Kind.QUARTER, s, YearMonth.of(year, quarter * 3 - 2), 3);
        }
        if ((m = MONTH.matcher(s)).matches()) {
            int year = year(m.group(1), s, field);
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw invalid(field, s, "a month is 01 to 12");
            }
            return months(Kind.MONTH, s, YearMonth.of(year, month), 1);
        }
        if ((m = SEASON.matcher(s)).matches()) {
            int year = year(m.group(1), s, field);
            YearMonth first = switch (m.group(2)) {
                case "spring" -> YearMonth.of(year, Month.MARCH);
                case "summer" -> YearMonth.of(year, Month.JUNE);
                case "autumn" -> YearMonth.of(year, Month.SEPTEMBER);
                default -> YearMonth.of(year, Month.DECEMBER);
            };
            return months(Kind.SEASON, s, first, 3);
        }
        throw invalid(field, s, "use a date (2025-03-14), year (2025), half (2025-H1), quarter (2025-Q2), "
                + "month (2025-03), season (2025-spring|summer|autumn|winter) or 'ongoing'");
    }

    /** An exact date as a time point. */
    public static TimePoint of(LocalDate date) {
        return new TimePoint(Kind.DATE, date.toString(), date, date);
    }

    private static TimePoint months(Kind kind, String spec, YearMonth first, int count) {
        return new TimePoint(kind, spec, first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
    }

    private static int year(String digits, String text, String field) {
        int year = Integer.parseInt(digits);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw invalid(field, text, "the year must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return year;
    }

    private static ValidationException invalid(String field, String text, String why) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return ValidationException.of(field, "'" + shown + "' is not a valid date or period: " + why);
    }

    public Kind kind() {
        return kind;
    }

    /** The canonical string form, as stored and sent. */
    public String spec() {
        return spec;
    }

    public boolean isOngoing() {
        return kind == Kind.ONGOING;
    }

    /** First day of the period (null when ongoing). */
    public LocalDate from() {
        return from;
    }

    /** Last day of the period (null when ongoing). */
    public LocalDate to() {
        return to;
    }

    /** The Danish phrase for this point, e.g. "august 2024", "foråret 2025", "den 4. december 2024". */
    public String danish() {
        int year = from == null ? 0 : from.getYear();
        return switch (kind) {
            case ONGOING -> "løbende";
            case DATE -> "den " + danishDate(from);
            case YEAR -> "i " + year;
            case HALF -> (from.getMonthValue() == 1 ? 1 : 2) + ". halvår " + year;
            case QUARTER -> ((from.getMonthValue() + 2) / 3) + ". kvartal " + year;
            case MONTH -> MONTHS_DA[from.getMonthValue() - 1] + " " + year;
            case SEASON -> switch (from.getMonth()) {
                case MARCH -> "foråret " + year;
                case JUNE -> "sommeren " + year;
                case SEPTEMBER -> "efteråret " + year;
                default -> "vinteren " + year + "/" + String.format("%02d", (year + 1) % 100);
            };
        };
    }

    /** "4. december 2024". */
    public static String danishDate(LocalDate date) {
        return date.getDayOfMonth() + ". " + MONTHS_DA[date.getMonthValue() - 1] + " " + date.getYear();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimePoint that && spec.equals(that.spec);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec);
    }

    @Override
    public String toString() {
        return spec;
    }
}
