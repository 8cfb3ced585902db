package dk.handleplan.monitoring;

import java.util.List;

/**
 * The key figures of a department or an offer for a period: the quarter itself and the rolling year
 * ending with it. {@code quarters} names the quarters that had figures; a missing one is left out of
 * the rolling year (and said so), not counted as zero.
 */
public record KeyFiguresView(String scope, String quarter, Period quarterFigures, Period rollingYear,
        boolean internalMovesCounted) {

    /** One period's figures; null where they cannot be computed (no staff, or no figures entered). */
    public record Period(List<String> quarters, Double averageStaff, Double turnoverPercent,
            Long sickLeaveTilbudsportalenDays, Double sickLeaveMunicipalDaysPerFte, Double sickLeaveMunicipalPercent,
            Double tempSharePercent) {
    }
}
