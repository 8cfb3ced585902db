package dk.handleplan.revisions;

import dk.handleplan.kernel.NoCpr;
import dk.handleplan.kernel.TextLimits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The aftaleholder's answer to a published revision: sign it off, or send it back (then a comment is
 * required); {@code version} is the revision's version as read.
 */
@NoCpr
public record ReviewInput(@NotNull Decision decision, @Size(max = TextLimits.TEXT) String comment,
        Long version) {

    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public ReviewInput(Decision decision, String comment, Long version) {
        this.decision = decision;
        this.comment = comment;
        this.version = version;
    }

    public enum Decision { SIGN_OFF, SEND_BACK }
}
