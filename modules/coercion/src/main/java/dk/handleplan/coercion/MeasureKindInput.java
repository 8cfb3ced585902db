package dk.handleplan.coercion;

import dk.handleplan.kernel.NoCpr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * A kind of measure as an administrator sends it. {@code code} is fixed once created (a change keeps
 * the code); retire a kind by giving {@code validTo}. {@code version} is required when changing.
 */
@NoCpr
public record MeasureKindInput(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "use capitals, digits and _ only")
        String code,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty Set<RuleSet> ruleSets,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        Long version) {
    /** Declared so the constraints stay on the fields: Payara's OpenAPI scanner fails on them on parameters. */
    public MeasureKindInput(String code, String name, Set<RuleSet> ruleSets, LocalDate validFrom, LocalDate validTo,
            Long version) {
        this.code = code;
        this.name = name;
        this.ruleSets = ruleSets;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.version = version;
    }
}
