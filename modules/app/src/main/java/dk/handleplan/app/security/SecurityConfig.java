package dk.handleplan.app.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * Who may call the API: HTTP Basic, checked by {@link AccountIdentityStore} against the
 * application's own accounts. web.xml requires the USER role for everything under /api/.
 */
@BasicAuthenticationMechanismDefinition(realmName = "Handleplan")
@DeclareRoles({"USER", "ADMINISTRATOR"})
@ApplicationScoped
public class SecurityConfig {
}
