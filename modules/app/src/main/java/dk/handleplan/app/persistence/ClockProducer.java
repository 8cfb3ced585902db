package dk.handleplan.app.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock every module asks for "today". Danish time by default; {@code handleplan.clock.fixed}
 * (a date) freezes it, so tests can place "today" where their data needs it.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "handleplan.zone", defaultValue = "Europe/Copenhagen")
    String zone;

    @Inject
    @ConfigProperty(name = "handleplan.clock.fixed", defaultValue = "none")
    String fixed;

    @Produces
    Clock clock() {
        ZoneId zoneId = ZoneId.of(zone);
        if (fixed == null || fixed.isBlank() || "none".equals(fixed)) {
            return Clock.system(zoneId);
        }
        LocalDate date = LocalDate.parse(fixed);
        return Clock.fixed(date.atTime(12, 0).atZone(zoneId).toInstant(), zoneId);
    }
}
