package dk.handleplan.people;

import dk.handleplan.kernel.NoCpr;
import dk.handleplan.kernel.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a client sends to create or rename a department; {@code version} is required when changing. */
@NoCpr
public record DepartmentInput(@NotBlank @Size(max = TextLimits.NAME) String name, Long version) {
    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public DepartmentInput(String name, Long version) {
        this.name = name;
        this.version = version;
    }
}
