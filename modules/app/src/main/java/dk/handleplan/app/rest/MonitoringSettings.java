package dk.handleplan.app.rest;

import dk.handleplan.monitoring.Quarter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The monitoring settings, and the quarter a request means when it names none. */
@ApplicationScoped
public class MonitoringSettings {

    @Inject
    @ConfigProperty(name = "handleplan.monitoring.count-internal-moves", defaultValue = "false")
    boolean countInternalMoves;

    @Inject
    Clock clock;

    /** Whether internal moves count as leavers in the turnover. */
    public boolean countInternalMoves() {
        return countInternalMoves;
    }

    /** The given year, or else the last whole calendar year (the one whose annual report is due next). */
    public int yearOrLast(String year) {
        if (year == null || year.isBlank()) {
            return LocalDate.now(clock).getYear() - 1;
        }
        if (!year.strip().matches("\\d{4}")) {
            throw dk.handleplan.kernel.ValidationException.of("year", "is not a year (e.g. 2024): " + year);
        }
        return Integer.parseInt(year.strip());
    }

    /** The given quarter, or else the last whole quarter before today. */
    public String quarterOrLast(String quarter) {
        return quarter == null || quarter.isBlank() ? Quarter.of(LocalDate.now(clock)).previous().toString() : quarter;
    }
}
