package dk.handleplan.documents.wordimport;

import dk.handleplan.documents.PlanDocument.Activity;
import dk.handleplan.documents.PlanDocument.Mark;
import dk.handleplan.documents.PlanDocument.Note;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the activities of one table row from its Hvad, Hvornår, Dokumentation and Hvem cells. */
final class ActivityReader {

    static final String PLANNED = "Planlagt";
    static final String STARTED = "I gang";
    static final String COMPLETED = "Gennemført";
    static final String CANCELLED = "Aflyst";

    private static final Pattern STATUS = Pattern.compile("status\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS_WORD = Pattern.compile(
            "(planlagt|i gang|igang|igangsat|gennemført|afsluttet|aflyst|annulleret)(?=$|[\\s(:,.\\-–])(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE = Pattern.compile(
            "(\\d{1,2}\\. ?\\p{L}+\\.? \\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4})\\s*:\\s*(.+)");
    private static final Pattern AUTHOR = Pattern.compile("(.*\\S)\\s*\\(([^()]+)\\)");

    private final Problems problems;

    ActivityReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * The row's activities: several when Hvad holds several paragraphs, Hvornår as many, and no
     * "Status:" paragraph (a real-world row listing activities side by side); else one.
     */
    List<Activity> read(int row, Cell what, Cell when, Cell documentation, Cell who) {
        List<Line> whatLines = what.lines();
        int count = whatLines.size();
        boolean hasStatus = count > 0 && STATUS.matcher(whatLines.get(count - 1).text()).matches();
        if (count < 2 || hasStatus || when.lines().size() != count) {
            return List.of(activity(row, whatLines, when.lines(), documentation.lines(), who.lines()));
        }
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Line> docs = documentation.lines().size() == count ? List.of(documentation.lines().get(i))
                    : i == 0 ? documentation.lines() : List.of();
            List<Line> whos = who.lines().size() == count ? List.of(who.lines().get(i)) : who.lines();
            activities.add(activity(row, List.of(whatLines.get(i)), List.of(when.lines().get(i)), docs, whos));
        }
        return activities;
    }

    private Activity activity(int row, List<Line> what, List<Line> when, List<Line> documentation, List<Line> who) {
        List<Line> description = new ArrayList<>(what);
        Status status = null;
        if (!description.isEmpty()) {
            Line last = description.get(description.size() - 1);
            status = status(row, last.text());
            if (status != null) {
                description.remove(description.size() - 1);
            }
        }
        List<Line> docText = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (Line line : documentation) {
            Note note = note(line);
            if (note == null) {
                docText.add(line);
            } else {
                notes.add(note);
            }
        }
        List<Line> marked = new ArrayList<>(what);
        marked.addAll(when);
        marked.addAll(docText);
        marked.addAll(who);
        Mark mark = Cell.mark(marked);
        if (status == null) {
            status = new Status(mark == Mark.COMPLETED ? COMPLETED : PLANNED, null, null);
        }

        String whenText = when.isEmpty() ? null : when.get(0).text();
        List<String> milestones = when.stream().skip(1).map(Line::text).toList();
        TimeFrameText.Frame frame = TimeFrameText.read(whenText);
        if (frame == null) {
            problems.add(row, Column.HVORNAAR, whenText, "Tidsrammen kunne ikke forstås: " + whenText);
            frame = new TimeFrameText.Frame(null, null);
        }
        return new Activity(Cell.join(description), Cell.join(docText), Cell.join(who), frame.start(), frame.end(),
                whenText, status.name(), status.completedOn(), status.cancelReason(), mark, milestones, notes);
    }

    private record Status(String name, LocalDate completedOn, String cancelReason) {
    }

    /** The status a "Status: …" line gives; null when the line is no status line or not understood. */
    private Status status(int row, String text) {
        Matcher line = STATUS.matcher(text);
        if (!line.matches()) {
            return null;
        }
        Matcher word = STATUS_WORD.matcher(line.group(1).strip());
        if (!word.matches()) {
            problems.add(row, Column.HVAD, text, "Status kunne ikke forstås: " + text);
            return null;
        }
        String rest = word.group(2).strip();
        return switch (word.group(1).toLowerCase(Locale.ROOT)) {
            case "planlagt" -> new Status(PLANNED, null, null);
            case "i gang", "igang", "igangsat" -> new Status(STARTED, null, null);
            case "aflyst", "annulleret" -> new Status(CANCELLED, null, cancelReason(rest));
            default -> new Status(COMPLETED, completedOn(row, text, rest), null);
        };
    }

    private static String cancelReason(String rest) {
        String reason = rest.replaceFirst("^[:\\-–]\\s*", "");
        if (reason.startsWith("(") && reason.endsWith(")")) {
            reason = reason.substring(1, reason.length() - 1);
        }
        return reason.isBlank() ? null : reason.strip();
    }

    private LocalDate completedOn(int row, String text, String rest) {
        String date = rest.replaceFirst("^[:\\-–,]\\s*", "").replaceFirst("^\\((.*)\\)$", "$1").strip();
        if (date.isEmpty()) {
            return null;
        }
        LocalDate parsed = date(date);
        if (parsed == null) {
            problems.add(row, Column.HVAD, text, "Datoen for gennemførelsen kunne ikke forstås: " + text);
        }
        return parsed;
    }

    /** A note line "4. december 2024: text (author)", or null. */
    static Note note(Line line) {
        Matcher m = NOTE.matcher(line.text());
        if (!m.matches()) {
            return null;
        }
        LocalDate date = date(m.group(1));
        if (date == null) {
            return null;
        }
        String text = m.group(2).strip();
        String author = null;
        Matcher a = AUTHOR.matcher(text);
        if (a.matches()) {
            text = a.group(1);
            author = a.group(2).strip();
        }
        return new Note(date, text, author, Cell.mark(List.of(line)));
    }

    /** An exact date written in Danish ("4. december 2024", "4.12.2024"), or null. */
    static LocalDate date(String text) {
        String spec = TimeFrameText.point(text);
        return spec != null && spec.length() == 10 ? LocalDate.parse(spec) : null;
    }
}
