package dk.handleplan.app.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's roles. Signing in is {@link HandleplanAuthentication} (HTTP Basic for the API, the
 * sign-in page and a session for people) over {@link AccountIdentityStore}; web.xml says what needs
 * the USER role.
 */
@DeclareRoles({"USER", "ADMINISTRATOR"})
@ApplicationScoped
public class SecurityConfig {
}
