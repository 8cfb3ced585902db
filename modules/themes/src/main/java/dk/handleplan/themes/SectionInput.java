package dk.handleplan.themes;

import dk.handleplan.kernel.NoCpr;
import dk.handleplan.kernel.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a client sends to add or change a theme section: the theme's code (see
 * {@code GET /api/v1/themes}), the subject, an optional indicator reference ("9b") and an optional
 * department the section is limited to. {@code version} is required when changing.
 */
@NoCpr
public record SectionInput(
        @NotBlank @Size(max = TextLimits.CODE) String theme,
        @NotBlank @Size(max = TextLimits.TEXT) String subject,
        @Size(max = TextLimits.CODE) String indicatorRef,
        Long departmentId,
        Long version) {
    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public SectionInput(String theme, String subject, String indicatorRef, Long departmentId, Long version) {
        this.theme = theme;
        this.subject = subject;
        this.indicatorRef = indicatorRef;
        this.departmentId = departmentId;
        this.version = version;
    }
}
