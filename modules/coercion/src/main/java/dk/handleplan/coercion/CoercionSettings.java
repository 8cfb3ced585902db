package dk.handleplan.coercion;

/**
 * The deadlines and the retention period ({@code handleplan.coercion.*}, see config/handleplan.properties
 * and docs/coercion.md). Days count calendar days after the day of the measure, to the end of that day;
 * hours count from the time of the measure.
 *
 * @param adultRegistrationDays adults: registered at the latest this many days after the day (1: the day after)
 * @param adultAcuteReportDays adults, acute measures: reported to the municipality and the socialtilsyn
 *        within this many days
 * @param adultMonthlyReportDays adults, pre-authorised measures: reported monthly, this many days after
 *        the end of the month (0: by the month's last day)
 * @param childRegistrationHours children: registered within this many hours
 * @param childMunicipalityHours children: a copy to the placing municipality within this many hours
 * @param childSocialtilsynDays children: the month's forms to the socialtilsyn this many days after the
 *        end of the month (0: at month end)
 * @param followUpDays the follow-up steps are due this many days after the day of the measure
 * @param retentionMonths cases older than this are reduced to what the statistics need
 */
public record CoercionSettings(int adultRegistrationDays, int adultAcuteReportDays, int adultMonthlyReportDays,
        int childRegistrationHours, int childMunicipalityHours, int childSocialtilsynDays, int followUpDays,
        int retentionMonths) {

    /** As domain.md describes the rules; the 2025 executive order's own deadlines were not verified. */
    public static final CoercionSettings DEFAULTS = new CoercionSettings(1, 3, 0, 24, 24, 0, 14, 36);

    public CoercionSettings {
        check("adult.registration-days", adultRegistrationDays, 0, 31);
        check("adult.report-days-acute", adultAcuteReportDays, 0, 31);
        check("adult.report-days-after-month-end", adultMonthlyReportDays, 0, 31);
        check("child.registration-hours", childRegistrationHours, 1, 24 * 31);
        check("child.municipality-hours", childMunicipalityHours, 1, 24 * 31);
        check("child.socialtilsyn-days-after-month-end", childSocialtilsynDays, 0, 31);
        check("follow-up-days", followUpDays, 1, 366);
        check("retention-months", retentionMonths, 12, 1200);
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("handleplan.coercion." + name + " must be " + min + " to " + max
                    + ", not " + value);
        }
    }
}
