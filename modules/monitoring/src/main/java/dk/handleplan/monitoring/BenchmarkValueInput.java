package dk.handleplan.monitoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** A benchmark's value for the period in the address; {@code version} is required when changing a stored value. */
public record BenchmarkValueInput(@NotNull @PositiveOrZero @Max(100_000) Double value, Long version) {
    /** Declared so the constraints stay on the fields only (payara/Payara#7649, ADR 0005). */
    public BenchmarkValueInput(Double value, Long version) {
        this.value = value;
        this.version = version;
    }
}
