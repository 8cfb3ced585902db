package dk.handleplan.reminders;

import static dk.handleplan.reminders.Fixture.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.coercion.CoercionTaskView;
import dk.handleplan.deadlines.DeadlineKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestTextTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private static final PersonDeadlines JONAS = new PersonDeadlines(1, "Jonas <Kragh>", "jonas@example.invalid",
            List.of());

    @Test
    void theDigestListsOverdueAndUpcomingInDanishWithUserTextEscapedInHtml() {
        DeadlineItem overdue = item(DeadlineKind.ACTIVITY_END, 1, "Besættelse af <b>ledige</b> stillinger",
                LocalDate.of(2025, 1, 31), ActivityStatus.IN_PROGRESS);
        DeadlineItem soon = item(DeadlineKind.MILESTONE, 2, "Oplæg om magtanvendelse & debriefing",
                LocalDate.of(2025, 3, 11), ActivityStatus.PLANNED);
        MailMessage mail = DigestText.digest(JONAS, List.of(overdue), List.of(soon), TODAY, 30);

        assertEquals("jonas@example.invalid", mail.to());
        assertEquals("Handleplan: dine frister i uge 11", mail.subject());
        assertTrue(mail.text().startsWith("Hej Jonas <Kragh>\n"), mail.text());
        assertTrue(mail.text().contains("mandag den 10. marts 2025"), mail.text());
        assertTrue(mail.text().contains("Overskredne frister (1)\n- Besættelse af <b>ledige</b> stillinger\n"
                + "  Frist 31. januar 2025, overskredet med 38 dage"), mail.text());
        assertTrue(mail.text().contains("Frister de næste 30 dage (1)\n- Oplæg om magtanvendelse & debriefing"
                + " (milepæl)\n  11. marts 2025, i morgen"), mail.text());
        assertTrue(mail.text().contains("Handleplan for Bostedet Lærkereden 2024 · Tema 5. Organisation og ledelse"));

        assertTrue(mail.html().contains("<p>Hej Jonas &lt;Kragh&gt;</p>"), mail.html());
        assertTrue(mail.html().contains("Besættelse af &lt;b&gt;ledige&lt;/b&gt; stillinger"), mail.html());
        assertTrue(mail.html().contains("magtanvendelse &amp; debriefing"), mail.html());
        assertFalse(mail.html().contains("<b>ledige"), mail.html());
        assertTrue(mail.html().startsWith("<!DOCTYPE html>\n<html lang=\"da\">"));
    }

    @Test
    void anAfdelingsledersCoercionTasksAreListedWithoutPersonalDetailsAndLinked() {
        PersonDeadlines leader = JONAS.withCoercion(List.of(
                new CoercionTaskView(12, 1, "Hus <Ahorn>", LocalDate.of(2025, 3, 3), CoercionTaskView.Kind.REPORT,
                        LocalDate.of(2025, 3, 6), true),
                new CoercionTaskView(12, 1, "Hus <Ahorn>", LocalDate.of(2025, 3, 3),
                        CoercionTaskView.Kind.FOLLOW_UP, LocalDate.of(2025, 3, 17), false)));
        MailMessage mail = DigestText.digest(leader, List.of(), List.of(), TODAY, 30, "https://hp.example.dk/");
        assertTrue(mail.text().contains("Magtanvendelser, der venter på opfølgning eller indberetning (2)\n"
                + "- Indberetning af magtanvendelse 3. marts 2025, Hus <Ahorn>\n"
                + "  Frist 6. marts 2025, overskredet med 4 dage\n"
                + "  https://hp.example.dk/magtanvendelser/sag/12\n"
                + "- Opfølgning på magtanvendelse 3. marts 2025, Hus <Ahorn>\n"
                + "  Frist 17. marts 2025, om 7 dage\n"), mail.text());
        assertTrue(mail.html().contains("<a href=\"https://hp.example.dk/magtanvendelser/sag/12\">Opfølgning på"
                + " magtanvendelse 3. marts 2025, Hus &lt;Ahorn&gt;</a>"), mail.html());
        MailMessage withoutAddress = DigestText.digest(leader, List.of(), List.of(), TODAY, 30, null);
        assertFalse(withoutAddress.text().contains("/magtanvendelser/"), withoutAddress.text());
        assertFalse(DigestText.digest(JONAS, List.of(), List.of(), TODAY, 30, null).text().contains("Magtanvendelser"));
    }

    @Test
    void emptySectionsSaySo() {
        MailMessage mail = DigestText.digest(JONAS, List.of(), List.of(item(DeadlineKind.ACTIVITY_END, 3, "Budget",
                TODAY, ActivityStatus.PLANNED)), TODAY, 30);
        assertTrue(mail.text().contains("Overskredne frister (0)\nIngen overskredne frister."), mail.text());
        assertTrue(mail.text().contains("Frist 10. marts 2025, i dag"), mail.text());
    }

    @Test
    void theReminderNamesTheDeadlineAndWhenInItsSubject() {
        DeadlineItem end = item(DeadlineKind.ACTIVITY_END, 1, "Ny grundrul\nmed faste vagter", TODAY.plusDays(7),
                ActivityStatus.PLANNED);
        MailMessage mail = DigestText.reminder(JONAS, end, TODAY);
        assertEquals("Påmindelse: Frist for Ny grundrul med faste vagter om 7 dage", mail.subject());
        assertTrue(mail.text().contains("Frist 17. marts 2025, om 7 dage"), mail.text());
        assertTrue(mail.html().contains("Ny grundrul\nmed faste vagter") || mail.html().contains("Ny grundrul med"));
    }

    @Test
    void relativeDaysReadAsDanish() {
        assertEquals("i dag", DigestText.relative(TODAY, TODAY));
        assertEquals("i morgen", DigestText.relative(TODAY.plusDays(1), TODAY));
        assertEquals("om 2 dage", DigestText.relative(TODAY.plusDays(2), TODAY));
        assertEquals("overskredet med 1 dag", DigestText.relative(TODAY.minusDays(1), TODAY));
        assertEquals("overskredet med 3 dage", DigestText.relative(TODAY.minusDays(3), TODAY));
    }
}
