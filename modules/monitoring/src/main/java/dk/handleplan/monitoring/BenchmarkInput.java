package dk.handleplan.monitoring;

import dk.handleplan.kernel.NoCpr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A benchmark as a client sends it: the figure it compares ({@link Figure} name), its name (e.g.
 * "Kommunens gennemsnit"), where the numbers come from and how they were computed ({@code version}
 * is required when changing).
 */
@NoCpr
public record BenchmarkInput(
        @NotBlank String figure,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 1000) String source,
        @Size(max = 2000) String method,
        Long version) {
    /** Declared so the constraints stay on the fields only (payara/Payara#7649, ADR 0005). */
    public BenchmarkInput(String figure, String name, String source, String method, Long version) {
        this.figure = figure;
        this.name = name;
        this.source = source;
        this.method = method;
        this.version = version;
    }
}
