package dk.handleplan.revisions;

import dk.handleplan.kernel.NoCpr;
import dk.handleplan.kernel.TextLimits;
import jakarta.validation.constraints.Size;

/** Publishing a revision: an optional comment on what changed. */
@NoCpr
public record PublishInput(@Size(max = TextLimits.TEXT) String comment) {
    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public PublishInput(String comment) {
        this.comment = comment;
    }
}
