package dk.handleplan.people;

import dk.handleplan.kernel.NoCpr;
import dk.handleplan.kernel.TextLimits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a client sends to create or change a person; {@code version} is required when changing. */
@NoCpr
public record PersonInput(
        @NotBlank @Size(max = TextLimits.NAME) String name,
        @Email @Size(max = TextLimits.NAME) String email,
        @Size(max = TextLimits.NAME) String jobTitle,
        Long version) {
    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public PersonInput(String name, String email, String jobTitle, Long version) {
        this.name = name;
        this.email = email;
        this.jobTitle = jobTitle;
        this.version = version;
    }
}
