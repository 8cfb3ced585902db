package dk.handleplan.reminders;

import dk.handleplan.coercion.CoercionTaskView;
import dk.handleplan.deadlines.DeadlineKind;
import dk.handleplan.kernel.HtmlText;
import dk.handleplan.kernel.TimePoint;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The Danish e-mails: the weekly digest and the reminder, each as plain text and as simple HTML in
 * which every text that comes from users is escaped.
 */
public final class DigestText {

    private static final String[] WEEKDAYS = {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"};
    private static final int SUBJECT_TITLE = 80;
    private static final String FOOTER = "Du får denne e-mail, fordi du står som ansvarlig i en handleplan i Handleplan."
            + " Afsluttede og aflyste aktiviteter kommer ikke med.";

    private DigestText() {
    }

    /** The weekly digest: overdue deadlines, then those of the next {@code horizonDays} days. */
    public static MailMessage digest(PersonDeadlines person, List<DeadlineItem> overdue, List<DeadlineItem> upcoming,
            LocalDate today, int horizonDays) {
        return digest(person, overdue, upcoming, today, horizonDays, null);
    }

    /**
     * As above, then the person's coercion tasks (an afdelingsleder's), without personal details: the
     * case's day and department, its deadline, and a link under {@code publicUrl} (none when it is null).
     */
    public static MailMessage digest(PersonDeadlines person, List<DeadlineItem> overdue, List<DeadlineItem> upcoming,
            LocalDate today, int horizonDays, String publicUrl) {
        String week = Integer.toString(Integer.parseInt(DigestRules.isoWeek(today).substring(6)));
        String subject = "Handleplan: dine frister i uge " + week;
        String intro = "Her er ugens overblik over frister i de handleplaner, du er ansvarlig for ("
                + WEEKDAYS[today.getDayOfWeek().getValue() - 1] + " den " + TimePoint.danishDate(today) + ").";
        String overdueHeading = "Overskredne frister (" + overdue.size() + ")";
        String upcomingHeading = "Frister de næste " + horizonDays + " dage (" + upcoming.size() + ")";

        StringBuilder text = new StringBuilder();
        text.append("Hej ").append(person.name()).append("\n\n").append(intro).append("\n\n");
        textSection(text, overdueHeading, overdue, today, "Ingen overskredne frister.");
        textSection(text, upcomingHeading, upcoming, today, "Ingen frister i perioden.");
        String coercionHeading = "Magtanvendelser, der venter på opfølgning eller indberetning (" + person.coercion().size()
                + ")";
        if (!person.coercion().isEmpty()) {
            text.append(coercionHeading).append('\n');
            for (CoercionTaskView task : person.coercion()) {
                text.append("- ").append(coercionTitle(task)).append('\n').append("  Frist ")
                        .append(TimePoint.danishDate(task.due())).append(", ").append(relative(task.due(), today))
                        .append('\n');
                String link = coercionLink(task, publicUrl);
                if (link != null) {
                    text.append("  ").append(link).append('\n');
                }
            }
            text.append('\n');
        }
        text.append("Venlig hilsen\nHandleplan\n\n").append(FOOTER).append('\n');

        StringBuilder html = new StringBuilder();
        htmlStart(html, subject);
        html.append("<p>Hej ").append(escape(person.name())).append("</p>\n<p>").append(escape(intro)).append("</p>\n");
        htmlSection(html, overdueHeading, overdue, today, "Ingen overskredne frister.");
        htmlSection(html, upcomingHeading, upcoming, today, "Ingen frister i perioden.");
        if (!person.coercion().isEmpty()) {
            html.append("<h2 style=\"font-size:1.1em\">").append(escape(coercionHeading)).append("</h2>\n<ul>\n");
            for (CoercionTaskView task : person.coercion()) {
                String link = coercionLink(task, publicUrl);
                html.append("<li><strong>").append(link == null ? escape(coercionTitle(task)) : "<a href=\""
                        + escape(link) + "\">" + escape(coercionTitle(task)) + "</a>").append("</strong><br>Frist ")
                        .append(escape(TimePoint.danishDate(task.due()) + ", " + relative(task.due(), today)))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        htmlEnd(html);
        return new MailMessage(person.email(), person.name(), subject, text.toString(), html.toString());
    }

    /** A reminder of one deadline, some days before it. */
    public static MailMessage reminder(PersonDeadlines person, DeadlineItem item, LocalDate today) {
        String what = item.kind() == DeadlineKind.MILESTONE ? item.title() : "Frist for " + item.title();
        String when = relative(item.date(), today);
        String subject = "Påmindelse: " + shorten(oneLine(what)) + " " + when;
        StringBuilder text = new StringBuilder();
        text.append("Hej ").append(person.name()).append("\n\n")
                .append("En påmindelse om en frist i en handleplan, du er ansvarlig for:\n\n");
        textItem(text, item, today);
        text.append('\n').append("Venlig hilsen\nHandleplan\n\n").append(FOOTER).append('\n');

        StringBuilder html = new StringBuilder();
        htmlStart(html, subject);
        html.append("<p>Hej ").append(escape(person.name())).append("</p>\n")
                .append("<p>En påmindelse om en frist i en handleplan, du er ansvarlig for:</p>\n<ul>\n");
        htmlItem(html, item, today);
        html.append("</ul>\n");
        htmlEnd(html);
        return new MailMessage(person.email(), person.name(), subject, text.toString(), html.toString());
    }

    /** "Opfølgning på magtanvendelse 3. marts 2025, Hus Ahorn": no pseudonym, no free text. */
    static String coercionTitle(CoercionTaskView task) {
        return (task.kind() == CoercionTaskView.Kind.FOLLOW_UP ? "Opfølgning på" : "Indberetning af")
                + " magtanvendelse " + TimePoint.danishDate(task.caseDate()) + ", " + oneLine(task.departmentName());
    }

    private static String coercionLink(CoercionTaskView task, String publicUrl) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return null;
        }
        return publicUrl.strip().replaceAll("/+$", "") + "/magtanvendelser/sag/" + task.caseId();
    }

    private static void textSection(StringBuilder text, String heading, List<DeadlineItem> items, LocalDate today,
            String none) {
        text.append(heading).append('\n');
        if (items.isEmpty()) {
            text.append(none).append('\n');
        }
        for (DeadlineItem item : items) {
            textItem(text, item, today);
        }
        text.append('\n');
    }

    private static void textItem(StringBuilder text, DeadlineItem item, LocalDate today) {
        text.append("- ").append(headline(item)).append('\n')
                .append("  ").append(dateLine(item, today)).append('\n');
        if (item.kind() == DeadlineKind.MILESTONE) {
            text.append("  Aktivitet: ").append(oneLine(item.activity())).append('\n');
        }
        text.append("  ").append(where(item)).append('\n');
    }

    private static void htmlSection(StringBuilder html, String heading, List<DeadlineItem> items, LocalDate today,
            String none) {
        html.append("<h2 style=\"font-size:1.1em\">").append(escape(heading)).append("</h2>\n");
        if (items.isEmpty()) {
            html.append("<p>").append(escape(none)).append("</p>\n");
            return;
        }
        html.append("<ul>\n");
        for (DeadlineItem item : items) {
            htmlItem(html, item, today);
        }
        html.append("</ul>\n");
    }

    private static void htmlItem(StringBuilder html, DeadlineItem item, LocalDate today) {
        html.append("<li><strong>").append(escape(headline(item))).append("</strong><br>")
                .append(escape(dateLine(item, today)));
        if (item.kind() == DeadlineKind.MILESTONE) {
            html.append("<br>Aktivitet: ").append(escape(oneLine(item.activity())));
        }
        html.append("<br><small>").append(escape(where(item))).append("</small></li>\n");
    }

    private static void htmlStart(StringBuilder html, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"da\">\n<head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title></head>\n<body style=\"font-family:sans-serif\">\n");
    }

    private static void htmlEnd(StringBuilder html) {
        html.append("<p>Venlig hilsen<br>Handleplan</p>\n<p><small>").append(escape(FOOTER))
                .append("</small></p>\n</body>\n</html>\n");
    }

    private static String headline(DeadlineItem item) {
        return oneLine(item.title()) + (item.kind() == DeadlineKind.MILESTONE ? " (milepæl)" : "");
    }

    /** "Frist 31. januar 2025, overskredet med 38 dage" / "19. marts 2025 kl. 09.00-15.00, om 9 dage". */
    static String dateLine(DeadlineItem item, LocalDate today) {
        String prefix = item.kind() == DeadlineKind.MILESTONE ? "" : "Frist ";
        return prefix + item.dateText() + ", " + relative(item.date(), today);
    }

    /** "i dag", "i morgen", "om 9 dage", "overskredet med 1 dag". */
    static String relative(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return "i dag";
        }
        if (days == 1) {
            return "i morgen";
        }
        if (days > 1) {
            return "om " + days + " dage";
        }
        return "overskredet med " + -days + (days == -1 ? " dag" : " dage");
    }

    private static String where(DeadlineItem item) {
        StringBuilder where = new StringBuilder(oneLine(item.plan()));
        if (item.theme() != null) {
            where.append(" · Tema ").append(item.theme());
        }
        return where.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String shorten(String text) {
        return text.length() <= SUBJECT_TITLE ? text : text.substring(0, SUBJECT_TITLE - 1) + "…";
    }

    private static String escape(String text) {
        return HtmlText.escape(text);
    }
}
