package dk.handleplan.comments;

import dk.handleplan.kernel.NoCpr;
import dk.handleplan.kernel.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new comment on a plan; {@code target} and {@code targetId} name the element it is about (none:
 * the plan as a whole).
 */
@NoCpr
public record CommentInput(
        @NotBlank @Size(max = TextLimits.TEXT) String text,
        CommentTarget target,
        Long targetId) {
    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public CommentInput(String text, CommentTarget target, Long targetId) {
        this.text = text;
        this.target = target;
        this.targetId = targetId;
    }
}
