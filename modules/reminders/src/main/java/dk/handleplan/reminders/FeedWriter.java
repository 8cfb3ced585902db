package dk.handleplan.reminders;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import biweekly.util.Duration;
import biweekly.util.ICalDate;
import dk.handleplan.deadlines.DeadlineKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * Writes a person's deadlines as an iCalendar feed (RFC 5545) that Outlook, Google and Apple calendars
 * can subscribe to. Activity ends are all-day events ("Frist: ..."); milestones are timed events when
 * they have a start time (in UTC, converted from the plan's time zone; without an end time they last
 * no time), all-day otherwise. Each event has a stable UID, a SEQUENCE that grows with every change,
 * and DTSTAMP and LAST-MODIFIED at its last change, so clients update instead of duplicating. All text
 * is escaped by biweekly.
 */
public final class FeedWriter {

    /** How often clients should fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL for Outlook). */
    static final int REFRESH_HOURS = 4;

    private FeedWriter() {
    }

    public static String write(String personName, List<DeadlineItem> items, ZoneId zone) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Handleplan//Handleplan frister//DA");
        String name = "Handleplan: frister for " + personName;
        calendar.setName(name);
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        calendar.setRefreshInterval(new Duration.Builder().hours(REFRESH_HOURS).build());
        calendar.setExperimentalProperty("X-PUBLISHED-TTL", "PT" + REFRESH_HOURS + "H");
        for (DeadlineItem item : items) {
            calendar.addEvent(event(item, zone));
        }
        return Biweekly.write(calendar).go();
    }

    private static VEvent event(DeadlineItem item, ZoneId zone) {
        VEvent event = new VEvent();
        event.setUid(item.uid());
        event.setSummary(item.kind() == DeadlineKind.MILESTONE ? item.title() : "Frist: " + item.title());
        event.setDescription(description(item));
        if (item.startTime() != null) {
            event.setDateStart(new ICalDate(instant(item.date(), item.startTime(), zone), true));
            if (item.endTime() != null) {
                event.setDateEnd(new ICalDate(instant(item.date(), item.endTime(), zone), true));
            }
            event.setTransparency(false);
        } else {
            event.setDateStart(day(item.date()));
            event.setDateEnd(day(item.date().plusDays(1)));
            event.setTransparency(true); // a deadline does not make anyone busy all day
        }
        event.setSequence(item.sequence());
        Date changed = Date.from(item.lastModified().toInstant());
        event.setDateTimeStamp(changed);
        event.setLastModified(changed);
        return event;
    }

    /** What the event is about, one line each: plan, offer, theme, subject, activity, who, status. */
    static String description(DeadlineItem item) {
        StringBuilder text = new StringBuilder();
        line(text, "Handleplan", item.plan());
        line(text, "Tilbud", item.offer());
        line(text, "Tema", item.theme());
        line(text, "Emne", item.subject());
        if (item.kind() == DeadlineKind.MILESTONE) {
            line(text, "Aktivitet", item.activity());
        }
        line(text, "Tidsramme", item.timeFrameText());
        line(text, "Ansvarlig", item.responsibleText());
        line(text, "Status", item.status().danish());
        return text.toString().strip();
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append(label).append(": ").append(value.strip()).append('\n');
        }
    }

    private static ICalDate day(LocalDate date) {
        return new ICalDate(new DateTimeComponents(date.getYear(), date.getMonthValue(), date.getDayOfMonth()), false);
    }

    private static Date instant(LocalDate date, LocalTime time, ZoneId zone) {
        return Date.from(date.atTime(time).atZone(zone).toInstant());
    }
}
