package dk.handleplan.app.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The OpenID Connect authorization code flow (with PKCE) against the configured provider: where to
 * send the user, and turning the code they come back with into verified ID token claims. The
 * provider's endpoints and keys come from its discovery document, read at first use and again
 * after a failure; keys are cached and refreshed when the provider rotates them.
 */
@ApplicationScoped
public class OidcClient {

    private static final Logger LOG = Logger.getLogger(OidcClient.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    OidcSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    /** The provider as its discovery document describes it. */
    private record Provider(URI authorizationEndpoint, URI tokenEndpoint, DefaultJWTProcessor<SecurityContext> tokens) {
    }

    private volatile Provider provider;

    void checkSettings(@Observes Startup startup) {
        settings.check();
        if (settings.enabled()) {
            LOG.info(() -> "OpenID Connect sign-in is on, provider " + settings.issuer());
        }
    }

    /** Where to send the browser to sign in at the provider. */
    public URI authorizationUri(PendingSignIn pending) throws OidcException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", pending.redirectUri().toString());
        query.put("scope", settings.scopes());
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("code_challenge", pending.codeChallenge());
        query.put("code_challenge_method", "S256");
        URI endpoint = provider().authorizationEndpoint();
        String separator = endpoint.getRawQuery() == null ? "?" : "&";
        return URI.create(endpoint + separator + form(query));
    }

    /** Exchanges the code for tokens and returns the verified claims of the ID token. */
    public JWTClaimsSet signIn(String code, PendingSignIn pending) throws OidcException {
        Provider current = provider();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", pending.redirectUri().toString());
        body.put("code_verifier", pending.codeVerifier());
        String credentials = URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(current.tokenEndpoint()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form(body))).build();
        JsonObject answer = json(send(request), "token response");
        JsonValue idToken = answer.get("id_token");
        if (!(idToken instanceof JsonString token)) {
            throw new OidcException("The token response has no id_token");
        }
        return verify(current, token.getString(), pending.nonce());
    }

    private JWTClaimsSet verify(Provider current, String idToken, String nonce) throws OidcException {
        try {
            JWTClaimsSet claims = current.tokens().process(idToken, null);
            if (!nonce.equals(claims.getStringClaim("nonce"))) {
                throw new OidcException("The ID token's nonce does not match this sign-in");
            }
            List<String> audience = claims.getAudience();
            String authorizedParty = claims.getStringClaim("azp");
            if (audience.size() > 1 && !settings.clientId().equals(authorizedParty)) {
                throw new OidcException("The ID token has several audiences and another authorized party");
            }
            return claims;
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new OidcException("The ID token was refused: " + e.getMessage(), e);
        }
    }

    private Provider provider() throws OidcException {
        Provider current = provider;
        if (current == null) {
            current = discover();
            provider = current;
        }
        return current;
    }

    private Provider discover() throws OidcException {
        String issuer = settings.issuer();
        URI discovery = URI.create(issuer + "/.well-known/openid-configuration");
        JsonObject document = json(send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build()), "discovery document");
        if (!issuer.equals(document.getString("issuer", "").replaceAll("/+$", ""))) {
            throw new OidcException("The discovery document names another issuer: " + document.getString("issuer", ""));
        }
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(document.getString("jwks_uri")).toURL()).retrying(true).build();
            Set<JWSAlgorithm> algorithms = document.containsKey("id_token_signing_alg_values_supported")
                    ? document.getJsonArray("id_token_signing_alg_values_supported").getValuesAs(JsonString.class)
                            .stream().map(s -> JWSAlgorithm.parse(s.getString()))
                            .filter(a -> !a.getName().equals("none")).collect(Collectors.toSet())
                    : Set.of(JWSAlgorithm.RS256);
            DefaultJWTProcessor<SecurityContext> tokens = new DefaultJWTProcessor<>();
            tokens.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
            tokens.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(Set.of(settings.clientId()),
                    new JWTClaimsSet.Builder().issuer(document.getString("issuer")).build(),
                    Set.of("sub", "iat", "exp", "nonce"), null));
            return new Provider(URI.create(document.getString("authorization_endpoint")),
                    URI.create(document.getString("token_endpoint")), tokens);
        } catch (IOException | RuntimeException e) {
            throw new OidcException("The discovery document of " + issuer + " is incomplete: " + e.getMessage(), e);
        }
    }

    private String send(HttpRequest request) throws OidcException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new OidcException(request.uri() + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            provider = null; // read the discovery document again next time
            throw new OidcException(request.uri() + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcException("Interrupted while calling " + request.uri(), e);
        }
    }

    private static JsonObject json(String text, String what) throws OidcException {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new OidcException("The " + what + " is not a JSON object", e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
