package dk.handleplan.people;

import dk.handleplan.kernel.TextLimits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a client sends to create or change a person; {@code version} is required when changing. */
public record PersonInput(
        @NotBlank @Size(max = TextLimits.NAME) String name,
        @Email @Size(max = TextLimits.NAME) String email,
        @Size(max = TextLimits.NAME) String jobTitle,
        Long version) {
}
