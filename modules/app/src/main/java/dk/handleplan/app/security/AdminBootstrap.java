package dk.handleplan.app.security;

import dk.handleplan.access.UserInput;
import dk.handleplan.access.UserService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first start creates the administrator "admin": with HANDLEPLAN_ADMIN_PASSWORD when set,
 * otherwise with a random one-time password printed once to the log, to be changed at first sign-in.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class AdminBootstrap {

    public static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    UserService users;

    @Inject
    @ConfigProperty(name = "handleplan.admin.password")
    Optional<String> configuredPassword;

    @PostConstruct
    void createFirstAdministrator() {
        if (users.count() > 0) {
            return;
        }
        Optional<String> given = configuredPassword.filter(p -> !p.isBlank());
        if (given.isPresent() && given.get().length() < UserService.MIN_PASSWORD) {
            throw new IllegalStateException("HANDLEPLAN_ADMIN_PASSWORD must be at least " + UserService.MIN_PASSWORD
                    + " characters long");
        }
        String password = given.orElseGet(UserService::randomPassword);
        users.create(new UserInput(ADMIN, password, null, true), given.isEmpty());
        if (given.isPresent()) {
            LOG.info("Created the administrator 'admin' with the password from HANDLEPLAN_ADMIN_PASSWORD");
        } else {
            LOG.warning("Created the administrator 'admin' with the one-time password " + password
                    + " (shown only now; it must be changed at first sign-in)");
        }
    }
}
