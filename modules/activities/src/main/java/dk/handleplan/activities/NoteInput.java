package dk.handleplan.activities;

import dk.handleplan.kernel.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A progress note; the date defaults to today. {@code version} is required when changing. */
public record NoteInput(
        LocalDate date,
        @NotBlank @Size(max = TextLimits.TEXT) String text,
        @Size(max = TextLimits.NAME) String author,
        Long version) {
}
