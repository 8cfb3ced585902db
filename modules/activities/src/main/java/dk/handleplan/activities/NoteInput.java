package dk.handleplan.activities;

import dk.handleplan.kernel.NoCpr;
import dk.handleplan.kernel.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A progress note; the date defaults to today. {@code version} is required when changing. */
@NoCpr
public record NoteInput(
        LocalDate date,
        @NotBlank @Size(max = TextLimits.TEXT) String text,
        @Size(max = TextLimits.NAME) String author,
        Long version) {
    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public NoteInput(LocalDate date, String text, String author, Long version) {
        this.date = date;
        this.text = text;
        this.author = author;
        this.version = version;
    }
}
