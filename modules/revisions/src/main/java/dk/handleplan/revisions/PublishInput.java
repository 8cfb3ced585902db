package dk.handleplan.revisions;

import dk.handleplan.kernel.NoCpr;
import dk.handleplan.kernel.TextLimits;
import jakarta.validation.constraints.Size;

/** Publishing a revision: an optional comment on what changed. */
@NoCpr
public record PublishInput(@Size(max = TextLimits.TEXT) String comment) {
}
