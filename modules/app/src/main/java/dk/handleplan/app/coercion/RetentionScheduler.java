package dk.handleplan.app.coercion;

import dk.handleplan.coercion.CoercionService;
import dk.handleplan.coercion.RetentionRun;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the coercion retention rule every night at 02:30 (server time): cases older than
 * {@code handleplan.coercion.retention-months} are reduced to their statistics. A non-persistent EJB
 * timer, like the mail timer: a missed night is made up for by the next, as the rule looks at age only.
 * Administrators can run it at once: POST /api/v1/admin/coercion-retention.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class RetentionScheduler {

    private static final Logger LOG = Logger.getLogger(RetentionScheduler.class.getName());

    @Inject
    CoercionService coercion;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "handleplan-coercion-retention")
    void reduceExpired() {
        try {
            RetentionRun run = coercion.reduceExpired();
            if (run.casesReduced() > 0) {
                LOG.info(() -> "Coercion retention: " + run.casesReduced() + " cases from before " + run.olderThan()
                        + " reduced to their statistics");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The coercion retention run failed; it runs again next night", e);
        }
    }
}
