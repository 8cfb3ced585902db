package dk.handleplan.themes;

import dk.handleplan.kernel.NoCpr;
import dk.handleplan.kernel.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a client sends to create or change a plan. The offer is fixed at creation; {@code version}
 * is required when changing. A missing status means DRAFT on creation and "unchanged" on update.
 */
@NoCpr
public record PlanInput(
        @NotNull Long offerId,
        @NotBlank @Size(max = TextLimits.NAME) String title,
        @Size(max = TextLimits.NAME) String authority,
        LocalDate visitDate,
        LocalDate reportDate,
        PlanStatus status,
        Long version) {
    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public PlanInput(Long offerId, String title, String authority, LocalDate visitDate, LocalDate reportDate, PlanStatus status, Long version) {
        this.offerId = offerId;
        this.title = title;
        this.authority = authority;
        this.visitDate = visitDate;
        this.reportDate = reportDate;
        this.status = status;
        this.version = version;
    }
}
