package dk.handleplan.monitoring;

import dk.handleplan.kernel.NoCpr;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A department's staff figures for a quarter as a client sends them ({@code version} is required
 * when changing). Give {@code employmentDays}, or both headcounts, or all three.
 */
@NoCpr
public record StaffFiguresInput(
        @NotBlank String quarter,
        @PositiveOrZero @Max(100_000) Integer headcountStart,
        @PositiveOrZero @Max(100_000) Integer headcountEnd,
        @PositiveOrZero @Max(10_000_000) Double employmentDays,
        @PositiveOrZero @Max(100_000) int resigned,
        @PositiveOrZero @Max(100_000) int dismissed,
        @PositiveOrZero @Max(100_000) int retired,
        @PositiveOrZero @Max(100_000) int fixedTermEnded,
        @PositiveOrZero @Max(100_000) int internalMoves,
        @PositiveOrZero @Max(100_000) int hires,
        @PositiveOrZero @Max(10_000_000) int sickDays,
        @PositiveOrZero @Max(10_000_000) int parentalLeaveDays,
        @PositiveOrZero @Max(100_000_000) double plannedHours,
        @PositiveOrZero @Max(100_000_000) double internalTempHours,
        @PositiveOrZero @Max(100_000_000) double externalTempHours,
        Long version) {
    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public StaffFiguresInput(String quarter, Integer headcountStart, Integer headcountEnd, Double employmentDays,
            int resigned, int dismissed, int retired, int fixedTermEnded, int internalMoves, int hires, int sickDays,
            int parentalLeaveDays, double plannedHours, double internalTempHours, double externalTempHours,
            Long version) {
        this.quarter = quarter;
        this.headcountStart = headcountStart;
        this.headcountEnd = headcountEnd;
        this.employmentDays = employmentDays;
        this.resigned = resigned;
        this.dismissed = dismissed;
        this.retired = retired;
        this.fixedTermEnded = fixedTermEnded;
        this.internalMoves = internalMoves;
        this.hires = hires;
        this.sickDays = sickDays;
        this.parentalLeaveDays = parentalLeaveDays;
        this.plannedHours = plannedHours;
        this.internalTempHours = internalTempHours;
        this.externalTempHours = externalTempHours;
        this.version = version;
    }
}
