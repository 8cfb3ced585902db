package dk.handleplan.people;

import dk.handleplan.kernel.NoCpr;
import dk.handleplan.kernel.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a client sends to create or change an offer; {@code version} is required when changing. */
@NoCpr
public record OfferInput(
        @NotBlank @Size(max = TextLimits.NAME) String name,
        @Size(max = TextLimits.NAME) String municipality,
        Long version) {
    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public OfferInput(String name, String municipality, Long version) {
        this.name = name;
        this.municipality = municipality;
        this.version = version;
    }
}
