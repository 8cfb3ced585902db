package dk.handleplan.deadlines.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.handleplan.kernel.ValidationException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MilestoneScheduleTest {

    private static final LocalDate DAY = LocalDate.of(2024, 12, 4);

    private Milestone milestone;

    @BeforeEach
    void newMilestone() {
        milestone = new Milestone(7L, 3L);
    }

    private static String onlyField(ValidationException e) {
        assertEquals(1, e.errors().size(), () -> "errors: " + e.errors());
        return e.errors().get(0).field();
    }

    @Test
    void validScheduleIsStoredWithTheTitleStripped() {
        milestone.schedule("  Undervisning i magtanvendelse ", DAY, LocalTime.of(13, 0), LocalTime.of(15, 0));

        assertEquals("Undervisning i magtanvendelse", milestone.getTitle());
        assertEquals(DAY, milestone.getDate());
        assertEquals(LocalTime.of(13, 0), milestone.getStartTime());
        assertEquals(LocalTime.of(15, 0), milestone.getEndTime());
        assertEquals(7L, milestone.getActivityId());
        assertEquals(3L, milestone.getPlanId());
    }

    @Test
    void startTimeWithoutEndTimeIsAllowed() {
        milestone.schedule("Kursusdag", DAY, LocalTime.of(9, 30), null);

        assertEquals(LocalTime.of(9, 30), milestone.getStartTime());
        assertNull(milestone.getEndTime());
    }

    @Test
    void noTimesAtAllIsAllowed() {
        milestone.schedule("Kursusdag", DAY, null, null);

        assertEquals(DAY, milestone.getDate());
        assertNull(milestone.getStartTime());
        assertNull(milestone.getEndTime());
    }

    @Test
    void endTimeEqualToStartTimeIsAllowed() {
        milestone.schedule("Kort møde", DAY, LocalTime.of(10, 0), LocalTime.of(10, 0));

        assertEquals(LocalTime.of(10, 0), milestone.getEndTime());
    }

    @Test
    void endTimeWithoutStartTimeIsRejectedOnTheStartTime() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> milestone.schedule("Kursusdag", DAY, null, LocalTime.of(15, 0)));

        assertEquals("startTime", onlyField(e));
    }

    @Test
    void endTimeBeforeStartTimeIsRejectedOnTheEndTime() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> milestone.schedule("Kursusdag", DAY, LocalTime.of(15, 0), LocalTime.of(14, 59)));

        assertEquals("endTime", onlyField(e));
    }

    @Test
    void aRejectedScheduleLeavesThePreviousValuesUntouched() {
        milestone.schedule("Kursusdag", DAY, LocalTime.of(13, 0), LocalTime.of(15, 0));

        assertThrows(ValidationException.class,
                () -> milestone.schedule("Ny titel", DAY.plusDays(1), LocalTime.of(15, 0), LocalTime.of(13, 0)));

        assertEquals("Kursusdag", milestone.getTitle());
        assertEquals(DAY, milestone.getDate());
        assertEquals(LocalTime.of(13, 0), milestone.getStartTime());
        assertEquals(LocalTime.of(15, 0), milestone.getEndTime());
    }

    @Test
    void reschedulingWithoutTimesClearsTheEarlierTimes() {
        milestone.schedule("Kursusdag", DAY, LocalTime.of(13, 0), LocalTime.of(15, 0));

        milestone.schedule("Kursusdag", DAY, null, null);

        assertNull(milestone.getStartTime());
        assertNull(milestone.getEndTime());
    }
}
