package dk.handleplan.goals;

import dk.handleplan.kernel.NoCpr;
import dk.handleplan.kernel.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a client sends to add or change a goal; {@code version} is required when changing. */
@NoCpr
public record GoalInput(
        @NotBlank @Size(max = TextLimits.TEXT) String text,
        @Size(max = TextLimits.TEXT) String expectedEffect,
        Long version) {
    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public GoalInput(String text, String expectedEffect, Long version) {
        this.text = text;
        this.expectedEffect = expectedEffect;
        this.version = version;
    }
}
