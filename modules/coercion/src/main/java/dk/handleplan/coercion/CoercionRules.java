package dk.handleplan.coercion;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The deadlines of a case and whether they were kept (docs/coercion.md has the rules with examples).
 * A deadline counted in days ends at the end of its day ({@link #END_OF_DAY}); one counted in hours at
 * that exact time.
 */
public final class CoercionRules {

    /** The last moment of a day-counted deadline's day. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** When the case must be registered and reported, and when its follow-up is due. */
    public record Deadlines(LocalDateTime registration, LocalDateTime municipality, LocalDateTime socialtilsyn,
            LocalDate followUp) {
    }

    /** Both reports sent on time; at least one late (sent late, or due and not sent); not yet due. */
    public enum ReportStatus { ON_TIME, LATE, PENDING }

    private CoercionRules() {
    }

    public static Deadlines deadlines(RuleSet rules, boolean acute, LocalDateTime occurredAt, CoercionSettings s) {
        LocalDate day = occurredAt.toLocalDate();
        LocalDate monthEnd = day.withDayOfMonth(day.lengthOfMonth());
        LocalDate followUp = day.plusDays(s.followUpDays());
        if (rules == RuleSet.CHILD) {
            return new Deadlines(occurredAt.plusHours(s.childRegistrationHours()),
                    occurredAt.plusHours(s.childMunicipalityHours()),
                    monthEnd.plusDays(s.childSocialtilsynDays()).atTime(END_OF_DAY), followUp);
        }
        LocalDateTime report = (acute ? day.plusDays(s.adultAcuteReportDays())
                : monthEnd.plusDays(s.adultMonthlyReportDays())).atTime(END_OF_DAY);
        return new Deadlines(day.plusDays(s.adultRegistrationDays()).atTime(END_OF_DAY), report, report, followUp);
    }

    /** Done after the deadline, or not done and the deadline has passed. */
    public static boolean late(LocalDateTime done, LocalDateTime due, LocalDateTime now) {
        return done != null ? done.isAfter(due) : now.isAfter(due);
    }

    public static ReportStatus reportStatus(LocalDateTime municipality, LocalDateTime socialtilsyn, Deadlines due,
            LocalDateTime now) {
        if (late(municipality, due.municipality(), now) || late(socialtilsyn, due.socialtilsyn(), now)) {
            return ReportStatus.LATE;
        }
        return municipality != null && socialtilsyn != null ? ReportStatus.ON_TIME : ReportStatus.PENDING;
    }

    /** The required steps not yet taken, in their order. */
    public static Set<FollowUpKind> missing(Collection<FollowUpKind> done) {
        Set<FollowUpKind> missing = EnumSet.copyOf(FollowUpKind.REQUIRED);
        missing.removeAll(done);
        return missing;
    }
}
