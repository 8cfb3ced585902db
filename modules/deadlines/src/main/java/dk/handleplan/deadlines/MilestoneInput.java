package dk.handleplan.deadlines;

import dk.handleplan.kernel.NoCpr;
import dk.handleplan.kernel.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** A milestone as clients send it; times are optional ("13:00"). {@code version} is required when changing. */
@NoCpr
public record MilestoneInput(
        @NotBlank @Size(max = TextLimits.NAME) String title,
        @NotNull LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        Long version) {
    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public MilestoneInput(String title, LocalDate date, LocalTime startTime, LocalTime endTime, Long version) {
        this.title = title;
        this.date = date;
        this.startTime = startTime;
        this.endTime = endTime;
        this.version = version;
    }
}
