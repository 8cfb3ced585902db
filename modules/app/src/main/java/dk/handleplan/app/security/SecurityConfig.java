package dk.handleplan.app.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Who may call the API: HTTP Basic over the application's own accounts (acc_user, PBKDF2 hashes),
 * groups from acc_user_group. Inactive accounts have no hash row match and no groups.
 * web.xml requires the USER role for everything under /api/.
 */
@BasicAuthenticationMechanismDefinition(realmName = "Handleplan")
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/handleplan",
        callerQuery = "select password_hash from acc_user where username = ? and active = true",
        groupsQuery = "select group_name from acc_user_group where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations=20000",
            "Pbkdf2PasswordHash.SaltSizeBytes=32",
            "Pbkdf2PasswordHash.KeySizeBytes=32"
        })
@DeclareRoles({"USER", "ADMINISTRATOR"})
@ApplicationScoped
public class SecurityConfig {
}
