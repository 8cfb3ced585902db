package dk.handleplan.app.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect settings ({@code handleplan.oidc.*}, documented in config/handleplan.properties).
 * Sign-in through a municipality's identity provider is off unless {@code handleplan.oidc.enabled=true};
 * switching it on without an issuer, client id and secret stops the application at start-up.
 */
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "handleplan.oidc.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "handleplan.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "handleplan.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "handleplan.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "handleplan.oidc.redirect-uri")
    Optional<String> redirectUri;

    @Inject
    @ConfigProperty(name = "handleplan.oidc.scopes", defaultValue = "openid profile email")
    String scopes;

    @Inject
    @ConfigProperty(name = "handleplan.oidc.username-claim", defaultValue = "preferred_username")
    String usernameClaim;

    @Inject
    @ConfigProperty(name = "handleplan.oidc.provider-name", defaultValue = "kommunens login")
    String providerName;

    public boolean enabled() {
        return enabled;
    }

    /** The issuer exactly as the provider names itself (its discovery document lies below it). */
    public String issuer() {
        return required(issuer, "handleplan.oidc.issuer").replaceAll("/+$", "");
    }

    public String clientId() {
        return required(clientId, "handleplan.oidc.client-id");
    }

    public String clientSecret() {
        return required(clientSecret, "handleplan.oidc.client-secret");
    }

    /** The callback address registered at the provider; empty: derived from the request. */
    public Optional<URI> redirectUri() {
        return redirectUri.filter(s -> !s.isBlank()).map(URI::create);
    }

    public String scopes() {
        return scopes.contains("openid") ? scopes : "openid " + scopes;
    }

    /** The ID token claim whose value is the Handleplan username. */
    public String usernameClaim() {
        return usernameClaim;
    }

    /** Shown on the sign-in button: "Log ind med {providerName}". */
    public String providerName() {
        return providerName;
    }

    /** Fails fast at start-up when OIDC is on but incompletely configured. */
    public void check() {
        if (enabled) {
            issuer();
            clientId();
            clientSecret();
            try {
                URI.create(issuer()).toURL(); // a malformed issuer fails here, not at first sign-in
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new IllegalStateException("handleplan.oidc.issuer is not a URL: " + issuer(), e);
            }
        }
    }

    private static String required(Optional<String> value, String key) {
        return value.filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException(key + " must be set when handleplan.oidc.enabled=true"));
    }
}
