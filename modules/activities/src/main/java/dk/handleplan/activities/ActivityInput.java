package dk.handleplan.activities;

import dk.handleplan.kernel.NoCpr;
import dk.handleplan.kernel.TextLimits;
import dk.handleplan.kernel.TimeFrameInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What a client sends to add or change an activity. A missing status means PLANNED on creation and
 * "unchanged" on update; COMPLETED needs {@code completedOn}, CANCELLED needs {@code cancelReason}.
 * {@code version} is required when changing.
 */
@NoCpr
public record ActivityInput(
        @NotBlank @Size(max = TextLimits.TEXT) String description,
        @Size(max = TextLimits.TEXT) String documentation,
        @Valid TimeFrameInput timeFrame,
        @Size(max = 20) List<ResponsibleInput> responsible,
        ActivityStatus status,
        LocalDate completedOn,
        @Size(max = TextLimits.TEXT) String cancelReason,
        Long version) {
    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public ActivityInput(String description, String documentation, TimeFrameInput timeFrame, List<ResponsibleInput> responsible, ActivityStatus status, LocalDate completedOn, String cancelReason, Long version) {
        this.description = description;
        this.documentation = documentation;
        this.timeFrame = timeFrame;
        this.responsible = responsible;
        this.status = status;
        this.completedOn = completedOn;
        this.cancelReason = cancelReason;
        this.version = version;
    }
}
