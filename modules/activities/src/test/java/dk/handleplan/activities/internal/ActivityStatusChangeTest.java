package dk.handleplan.activities.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.kernel.FieldError;
import dk.handleplan.kernel.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityStatusChangeTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    private Activity activity;

    @BeforeEach
    void newActivity() {
        activity = new Activity(1L, 1L, 1);
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aNewActivityIsPlanned() {
        assertEquals(ActivityStatus.PLANNED, activity.getStatus());
        assertNull(activity.getCompletedOn());
        assertNull(activity.getCancelReason());
    }

    @Test
    void completingWithADateStoresStatusAndDate() {
        activity.changeStatus(ActivityStatus.COMPLETED, LocalDate.of(2025, 3, 1), null, TODAY);

        assertEquals(ActivityStatus.COMPLETED, activity.getStatus());
        assertEquals(LocalDate.of(2025, 3, 1), activity.getCompletedOn());
        assertNull(activity.getCancelReason());
    }

    @Test
    void completingTodayIsAllowed() {
        activity.changeStatus(ActivityStatus.COMPLETED, TODAY, null, TODAY);

        assertEquals(TODAY, activity.getCompletedOn());
    }

    @Test
    void completingNeedsACompletionDate() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> activity.changeStatus(ActivityStatus.COMPLETED, null, null, TODAY));

        assertEquals(List.of("completedOn"), fields(e));
    }

    @Test
    void completionDateInTheFutureIsRejected() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> activity.changeStatus(ActivityStatus.COMPLETED, TODAY.plusDays(1), null, TODAY));

        assertEquals(List.of("completedOn"), fields(e));
    }

    @Test
    void cancellingWithAReasonStoresStatusAndStrippedReason() {
        activity.changeStatus(ActivityStatus.CANCELLED, null, "  Ingen midler  ", TODAY);

        assertEquals(ActivityStatus.CANCELLED, activity.getStatus());
        assertEquals("Ingen midler", activity.getCancelReason());
        assertNull(activity.getCompletedOn());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void cancellingNeedsAReason(String reason) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> activity.changeStatus(ActivityStatus.CANCELLED, null, reason, TODAY));

        assertEquals(List.of("cancelReason"), fields(e));
    }

    @ParameterizedTest
    @EnumSource(value = ActivityStatus.class, names = {"PLANNED", "IN_PROGRESS", "CANCELLED"})
    void completionDateWithAnyOtherStatusThanCompletedIsRejected(ActivityStatus status) {
        String reason = status == ActivityStatus.CANCELLED ? "Aflyst af ledelsen" : null;
        ValidationException e = assertThrows(ValidationException.class,
                () -> activity.changeStatus(status, LocalDate.of(2025, 3, 1), reason, TODAY));

        assertEquals(List.of("completedOn"), fields(e));
    }

    @ParameterizedTest
    @EnumSource(value = ActivityStatus.class, names = {"PLANNED", "IN_PROGRESS", "COMPLETED"})
    void reasonWithAnyOtherStatusThanCancelledIsRejected(ActivityStatus status) {
        LocalDate completedOn = status == ActivityStatus.COMPLETED ? LocalDate.of(2025, 3, 1) : null;
        ValidationException e = assertThrows(ValidationException.class,
                () -> activity.changeStatus(status, completedOn, "Ingen midler", TODAY));

        assertEquals(List.of("cancelReason"), fields(e));
    }

    @Test
    void bothErrorsAreReportedTogetherWhenCompletingWithoutDateButWithReason() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> activity.changeStatus(ActivityStatus.COMPLETED, null, "Ingen midler", TODAY));

        assertEquals(List.of("completedOn", "cancelReason"), fields(e));
    }

    @Test
    void bothErrorsAreReportedTogetherWhenCancellingWithDateButWithoutReason() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> activity.changeStatus(ActivityStatus.CANCELLED, LocalDate.of(2025, 3, 1), null, TODAY));

        assertEquals(List.of("completedOn", "cancelReason"), fields(e));
    }

    @Test
    void bothErrorsAreReportedTogetherWhenAnOpenStatusGetsDateAndReason() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> activity.changeStatus(ActivityStatus.IN_PROGRESS, LocalDate.of(2025, 3, 1), "Ingen midler",
                        TODAY));

        assertEquals(List.of("completedOn", "cancelReason"), fields(e));
    }

    @Test
    void reopeningACompletedActivityClearsTheCompletionDate() {
        activity.changeStatus(ActivityStatus.COMPLETED, LocalDate.of(2025, 3, 1), null, TODAY);

        activity.changeStatus(ActivityStatus.IN_PROGRESS, null, null, TODAY);

        assertEquals(ActivityStatus.IN_PROGRESS, activity.getStatus());
        assertNull(activity.getCompletedOn());
    }

    @Test
    void reopeningACancelledActivityClearsTheReason() {
        activity.changeStatus(ActivityStatus.CANCELLED, null, "Ingen midler", TODAY);

        activity.changeStatus(ActivityStatus.PLANNED, null, null, TODAY);

        assertEquals(ActivityStatus.PLANNED, activity.getStatus());
        assertNull(activity.getCancelReason());
    }

    @Test
    void cancellingACompletedActivityReplacesTheDateWithTheReason() {
        activity.changeStatus(ActivityStatus.COMPLETED, LocalDate.of(2025, 3, 1), null, TODAY);

        activity.changeStatus(ActivityStatus.CANCELLED, null, "Fejlregistreret", TODAY);

        assertEquals(ActivityStatus.CANCELLED, activity.getStatus());
        assertNull(activity.getCompletedOn());
        assertEquals("Fejlregistreret", activity.getCancelReason());
    }

    @Test
    void noStatusDateOrReasonLeavesTheStatusUnchanged() {
        activity.changeStatus(ActivityStatus.COMPLETED, LocalDate.of(2025, 3, 1), null, TODAY);

        activity.changeStatus(null, null, null, TODAY);

        assertEquals(ActivityStatus.COMPLETED, activity.getStatus());
        assertEquals(LocalDate.of(2025, 3, 1), activity.getCompletedOn());
    }

    @Test
    void noStatusAndABlankReasonCountsAsNothingGiven() {
        activity.changeStatus(ActivityStatus.IN_PROGRESS, null, null, TODAY);

        activity.changeStatus(null, null, "   ", TODAY);

        assertEquals(ActivityStatus.IN_PROGRESS, activity.getStatus());
        assertNull(activity.getCancelReason());
    }

    @Test
    void aDateWithoutStatusUpdatesTheDateOfACompletedActivity() {
        activity.changeStatus(ActivityStatus.COMPLETED, LocalDate.of(2025, 3, 1), null, TODAY);

        activity.changeStatus(null, LocalDate.of(2025, 3, 10), null, TODAY);

        assertEquals(ActivityStatus.COMPLETED, activity.getStatus());
        assertEquals(LocalDate.of(2025, 3, 10), activity.getCompletedOn());
    }

    @Test
    void aDateWithoutStatusIsRejectedForAnOpenActivity() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> activity.changeStatus(null, LocalDate.of(2025, 3, 1), null, TODAY));

        assertEquals(List.of("completedOn"), fields(e));
        assertEquals(ActivityStatus.PLANNED, activity.getStatus());
    }

    @Test
    void aRejectedChangeLeavesThePreviousStatusDateAndReasonUntouched() {
        activity.changeStatus(ActivityStatus.COMPLETED, LocalDate.of(2025, 3, 1), null, TODAY);

        assertThrows(ValidationException.class,
                () -> activity.changeStatus(ActivityStatus.CANCELLED, null, null, TODAY));
        assertThrows(ValidationException.class,
                () -> activity.changeStatus(ActivityStatus.COMPLETED, TODAY.plusDays(3), null, TODAY));

        assertEquals(ActivityStatus.COMPLETED, activity.getStatus());
        assertEquals(LocalDate.of(2025, 3, 1), activity.getCompletedOn());
        assertNull(activity.getCancelReason());
    }

    @Test
    void aRejectedCompletionOfAPlannedActivityKeepsItPlanned() {
        assertThrows(ValidationException.class,
                () -> activity.changeStatus(ActivityStatus.COMPLETED, null, null, TODAY));

        assertEquals(ActivityStatus.PLANNED, activity.getStatus());
        assertNull(activity.getCompletedOn());
    }
}
