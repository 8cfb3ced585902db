package dk.handleplan.app.health;

import dk.handleplan.app.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the schema is migrated and the database answers a query within a few seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:app/jdbc/handleplan")
    DataSource dataSource;

    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        if (!migrator.isMigrated()) {
            return HealthCheckResponse.named("database").down().withData("reason", "schema not migrated").build();
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet result = statement.executeQuery("select 1")) {
                result.next();
            }
            return HealthCheckResponse.named("database").up().build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("reason", e.getClass().getSimpleName())
                    .build();
        }
    }
}
