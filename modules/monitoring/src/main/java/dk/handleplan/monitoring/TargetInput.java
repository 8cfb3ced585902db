package dk.handleplan.monitoring;

import dk.handleplan.kernel.NoCpr;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A target as a client sends it: for a department of the offer, or for the whole offer
 * ({@code departmentId} null); either a {@code value} to stay at or below, or a {@code benchmarkId} to
 * stay at or below; on the rolling year's figure (the default) or the quarter's. {@code goalId} links
 * the plan goal the target measures. The figure and the department cannot change later.
 */
@NoCpr
public record TargetInput(
        @NotBlank String figure,
        Long departmentId,
        Boolean rollingYear,
        @PositiveOrZero @Max(100_000) Double value,
        Long benchmarkId,
        Long goalId,
        @Size(max = 1000) String note,
        Long version) {
    /** Declared so the constraints stay on the fields only (payara/Payara#7649, ADR 0005). */
    public TargetInput(String figure, Long departmentId, Boolean rollingYear, Double value, Long benchmarkId,
            Long goalId, String note, Long version) {
        this.figure = figure;
        this.departmentId = departmentId;
        this.rollingYear = rollingYear;
        this.value = value;
        this.benchmarkId = benchmarkId;
        this.goalId = goalId;
        this.note = note;
        this.version = version;
    }
}
