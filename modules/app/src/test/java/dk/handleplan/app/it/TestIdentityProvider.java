package dk.handleplan.app.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider for tests, on a fixed loopback port: discovery, an authorization
 * endpoint that signs in {@link #nextUser} at once, a token endpoint that checks the client's secret
 * and the PKCE verifier, and its keys. Tests can make it misbehave (a wrong nonce, audience or key)
 * to see that Handleplan refuses the result.
 */
final class TestIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "handleplan-it";
    static final String CLIENT_SECRET = "it-oidc-secret";

    enum Fault { NONE, WRONG_NONCE, WRONG_AUDIENCE, FOREIGN_KEY, EXPIRED }

    private record Grant(String user, String nonce, String challenge, String redirectUri) {
    }

    private final HttpServer server;
    private final String issuer;
    private final RSAKey key;
    private final RSAKey foreignKey;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    volatile String nextUser = "afdelingsleder";
    volatile Fault fault = Fault.NONE;
    volatile int tokenRequests;

    TestIdentityProvider(int port) throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("it-key").generate();
        foreignKey = new RSAKeyGenerator(2048).keyID("it-key").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        issuer = "http://127.0.0.1:" + port + "/idp";
        server.createContext("/idp/.well-known/openid-configuration", this::discovery);
        server.createContext("/idp/authorize", this::authorize);
        server.createContext("/idp/token", this::token);
        server.createContext("/idp/jwks", exchange -> send(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    private void discovery(HttpExchange exchange) throws IOException {
        send(exchange, 200, "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\","
                + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/jwks\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
                || !"S256".equals(query.get("code_challenge_method")) || !query.get("scope").contains("openid")) {
            send(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(nextUser, query.get("nonce"), query.get("code_challenge"), query.get("redirect_uri")));
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests++;
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = grants.remove(form.getOrDefault("code", ""));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization")) || grant == null
                || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !grant.challenge().equals(challenge(form.getOrDefault("code_verifier", "")))) {
            send(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            send(exchange, 200, "{\"access_token\":\"opaque\",\"token_type\":\"Bearer\",\"id_token\":\""
                    + idToken(grant) + "\"}");
        } catch (JOSEException e) {
            send(exchange, 500, "{\"error\":\"server_error\"}");
        }
    }

    private String idToken(Grant grant) throws JOSEException {
        long now = System.currentTimeMillis();
        boolean expired = fault == Fault.EXPIRED;
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("sub-" + grant.user())
                .audience(fault == Fault.WRONG_AUDIENCE ? "another-client" : CLIENT_ID)
                .issueTime(new Date(now - (expired ? 3_600_000 : 0)))
                .expirationTime(new Date(now + (expired ? -1_800_000 : 300_000)))
                .claim("nonce", fault == Fault.WRONG_NONCE ? "not-the-nonce" : grant.nonce())
                .claim("preferred_username", grant.user()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("it-key").build(), claims);
        jwt.sign(new RSASSASigner(fault == Fault.FOREIGN_KEY ? foreignKey : key));
        return jwt.serialize();
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
