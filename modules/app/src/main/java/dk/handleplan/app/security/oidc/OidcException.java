package dk.handleplan.app.security.oidc;

/** A sign-in through the identity provider failed; the message is for the log, never for the user. */
public class OidcException extends Exception {

    private static final long serialVersionUID = 1L;

    public OidcException(String message) {
        super(message);
    }

    public OidcException(String message, Throwable cause) {
        super(message, cause);
    }
}
