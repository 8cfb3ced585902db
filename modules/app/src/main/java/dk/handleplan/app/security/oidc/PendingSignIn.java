package dk.handleplan.app.security.oidc;

import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What the browser's session remembers between sending the user to the identity provider and the
 * provider sending them back: the state (against forged callbacks), the nonce (against replayed ID
 * tokens) and the PKCE verifier (against stolen codes).
 */
public record PendingSignIn(String state, String nonce, String codeVerifier, URI redirectUri) implements Serializable {

    public static final String SESSION_ATTRIBUTE = PendingSignIn.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    public static PendingSignIn start(URI redirectUri) {
        return new PendingSignIn(random(), random(), random(), redirectUri);
    }

    /** The PKCE S256 challenge sent with the authorization request. */
    public String codeChallenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(String returnedState) {
        return returnedState != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII),
                returnedState.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
