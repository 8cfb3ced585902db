package dk.handleplan.coercion;

import dk.handleplan.kernel.NoCpr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A follow-up step as a client sends it: what kind, when, what came of it, who took it. {@code learning}
 * is what was learned (for the leader's assessment); {@code activityId} names the plan activity made
 * (only for {@link FollowUpKind#PLAN_ACTION}, where it is required). {@code version} when changing.
 */
@NoCpr
public record CoercionFollowUpInput(
        @NotNull FollowUpKind kind,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 4000) String text,
        @Size(max = 4000) String learning,
        @NotBlank @Size(max = 200) String who,
        Long activityId,
        Long version) {
    /** Declared so the constraints stay on the fields: Payara's OpenAPI scanner fails on them on parameters. */
    public CoercionFollowUpInput(FollowUpKind kind, LocalDate date, String text, String learning, String who,
            Long activityId, Long version) {
        this.kind = kind;
        this.date = date;
        this.text = text;
        this.learning = learning;
        this.who = who;
        this.activityId = activityId;
        this.version = version;
    }
}
