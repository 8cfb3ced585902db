package dk.handleplan.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Gives a supervisor account read-only access to an offer until a date. */
@dk.handleplan.kernel.NoCpr
public record SupervisorGrantInput(@NotBlank @Size(max = 100) String username, @NotNull LocalDate validUntil) {

    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public SupervisorGrantInput(String username, LocalDate validUntil) {
        this.username = username;
        this.validUntil = validUntil;
    }
}
