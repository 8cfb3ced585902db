package dk.handleplan.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.ICalDate;
import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.deadlines.DeadlineKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class FeedWriterTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private static DeadlineItem milestone(LocalTime from, LocalTime to) {
        return new DeadlineItem(DeadlineKind.MILESTONE, 45, 12, "Temadag om KRAP, hold 1",
                "Temadag om KRAP; for alle, også vikarer\\afløsere", LocalDate.of(2025, 3, 19), from, to,
                "19. marts 2025", ActivityStatus.IN_PROGRESS, "Afdelingsleder og konsulent", "Igangsættes februar 2025",
                1, "Handleplan for Bostedet Lærkereden 2024", "Bostedet Lærkereden", "3. Målgrupper, metoder og resultater",
                "Metoderne svarer ikke til praksis", 7, Fixture.CHANGED);
    }

    private static ICalendar parse(String text) {
        List<ICalendar> calendars = Biweekly.parse(text).all();
        assertEquals(1, calendars.size());
        return calendars.get(0);
    }

    @Test
    void activityEndsAreAllDayEventsWithStableUidSequenceAndChangeStamps() {
        DeadlineItem end = Fixture.item(DeadlineKind.ACTIVITY_END, 12, "Besættelse af ledige stillinger",
                LocalDate.of(2025, 1, 31), ActivityStatus.IN_PROGRESS);
        ICalendar calendar = parse(FeedWriter.write("Jonas Kragh", List.of(end), COPENHAGEN));

        assertEquals("Handleplan: frister for Jonas Kragh", calendar.getExperimentalProperty("X-WR-CALNAME").getValue());
        VEvent event = calendar.getEvents().get(0);
        assertEquals("activity-12@handleplan", event.getUid().getValue());
        assertEquals("Frist: Besættelse af ledige stillinger", event.getSummary().getValue());
        ICalDate start = event.getDateStart().getValue();
        assertFalse(start.hasTime());
        assertEquals("20250131", compact(start));
        assertEquals("20250201", compact(event.getDateEnd().getValue()));
        assertEquals(1, event.getSequence().getValue());
        assertEquals(Fixture.CHANGED.toInstant(), event.getLastModified().getValue().toInstant());
        assertEquals(Fixture.CHANGED.toInstant(), event.getDateTimeStamp().getValue().toInstant());
        String description = event.getDescription().getValue();
        assertTrue(description.contains("Handleplan: Handleplan for Bostedet Lærkereden 2024"), description);
        assertTrue(description.contains("Tema: 5. Organisation og ledelse"), description);
        assertTrue(description.contains("Status: I gang"), description);
    }

    @Test
    void timedMilestonesAreInUtcAndTextIsEscapedByTheLibrary() {
        String text = FeedWriter.write("Jonas Kragh", List.of(milestone(LocalTime.of(9, 0), LocalTime.of(15, 0))),
                COPENHAGEN);
        assertTrue(text.contains("DTSTART:20250319T080000Z"), text);
        assertTrue(text.contains("DTEND:20250319T140000Z"), text);
        String unfolded = text.replace("\r\n ", "");
        assertTrue(unfolded.contains("Temadag om KRAP\\; for alle\\, også vikarer\\\\afløsere"), text);
        assertTrue(text.contains("\r\n"), "lines end in CRLF");

        VEvent event = parse(text).getEvents().get(0);
        assertEquals("milestone-45@handleplan", event.getUid().getValue());
        assertEquals("Temadag om KRAP, hold 1", event.getSummary().getValue());
        assertEquals(Instant.parse("2025-03-19T08:00:00Z"), event.getDateStart().getValue().toInstant());
        assertTrue(event.getDescription().getValue()
                .contains("Aktivitet: Temadag om KRAP; for alle, også vikarer\\afløsere"));
        assertEquals(7, event.getSequence().getValue());
    }

    @Test
    void milestonesWithoutTimesAreAllDayAndWithoutEndTimeHaveNoEnd() {
        VEvent allDay = parse(FeedWriter.write("X", List.of(milestone(null, null)), COPENHAGEN)).getEvents().get(0);
        assertFalse(allDay.getDateStart().getValue().hasTime());
        assertEquals("20250319", compact(allDay.getDateStart().getValue()));

        VEvent noEnd = parse(FeedWriter.write("X", List.of(milestone(LocalTime.of(13, 0), null)), COPENHAGEN))
                .getEvents().get(0);
        assertEquals(Instant.parse("2025-03-19T12:00:00Z"), noEnd.getDateStart().getValue().toInstant());
        assertNull(noEnd.getDateEnd());
    }

    @Test
    void allDayDatesDoNotDependOnTheServersDefaultTimeZone() {
        TimeZone saved = TimeZone.getDefault();
        DeadlineItem end = Fixture.item(DeadlineKind.ACTIVITY_END, 1, "A", LocalDate.of(2025, 3, 31),
                ActivityStatus.PLANNED);
        try {
            for (String zone : List.of("Pacific/Auckland", "America/Los_Angeles", "UTC")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                String text = FeedWriter.write("X", List.of(end), COPENHAGEN);
                assertTrue(text.contains("DTSTART;VALUE=DATE:20250331"), zone + ": " + text);
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void anEmptyFeedIsAValidCalendar() {
        ICalendar calendar = parse(FeedWriter.write("Nanna Lund", List.of(), COPENHAGEN));
        assertEquals(0, calendar.getEvents().size());
    }

    private static String compact(ICalDate date) {
        var c = date.getRawComponents();
        return String.format("%04d%02d%02d", c.getYear(), c.getMonth(), c.getDate());
    }
}
