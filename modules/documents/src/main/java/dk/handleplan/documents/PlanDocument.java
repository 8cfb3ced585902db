package dk.handleplan.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as Socialtilsyn reads it: the header and, per theme section, the goals and their activities,
 * each element marked with what happened to it since the revision it is compared with. The exports
 * write this model and the Word import reads it back, so neither knows the domain modules; the
 * application maps its plan tree (as of now or as of a revision) to it.
 * <p>
 * Texts are plain text exactly as typed (never HTML): every writer escapes them for its format.
 */
public record PlanDocument(Header header, List<Section> sections) {

    public PlanDocument {
        sections = List.copyOf(sections);
    }

    /** What happened to an element since the revision it is compared with (Word's colour conventions). */
    public enum Mark {
        /** Unchanged, or no comparison. */
        NONE,
        /** Added (or its text changed) since the compared revision: written in green. */
        ADDED,
        /** Completed since the compared revision, or before: struck through. */
        COMPLETED
    }

    /**
     * @param revisionNumber the revision this document shows, or null for the plan as of now
     * @param revisionDate the date the revision was published ("opdateret 2025-01-15"), or null
     * @param addedSince the date of the compared revision: the legend "Tekst i grønt er tilføjet siden
     *        {date}"; null when nothing is compared (then no text is green)
     * @param generatedOn the day the document was made
     */
    public record Header(String offerName, String planTitle, String authority, LocalDate visitDate,
            LocalDate reportDate, Integer revisionNumber, LocalDate revisionDate, LocalDate addedSince,
            LocalDate generatedOn) {
    }

    /**
     * One theme section. {@code themeCode} is the quality-model code (e.g. "3") or null for a theme
     * outside the model; {@code themeName} is what the Tema column shows.
     */
    public record Section(String themeCode, String themeName, String subject, String departmentName, Mark mark,
            List<Goal> goals) {

        public Section {
            goals = List.copyOf(goals);
        }
    }

    public record Goal(String text, String expectedEffect, Mark mark, List<Activity> activities) {

        public Goal {
            activities = List.copyOf(activities);
        }
    }

    /**
     * @param timeStart the stored start of the time frame (a {@code TimePoint} spec like "2024-08"), or null
     * @param timeEnd the stored end ("2025-spring", "ongoing"), or null
     * @param when the Hvornår text in Danish ("Igangsættes august 2024, forventes afsluttet foråret 2025")
     * @param status the status in Danish: Planlagt, I gang, Gennemført, Aflyst
     * @param completedOn when it was completed, or null
     * @param cancelReason why it was cancelled, or null
     * @param milestones the milestones in Danish ("Temadag: 4. december 2024 kl. 13.00-15.00")
     */
    public record Activity(String description, String documentation, String responsible, String timeStart,
            String timeEnd, String when, String status, LocalDate completedOn, String cancelReason, Mark mark,
            List<String> milestones, List<Note> notes) {

        public Activity {
            milestones = List.copyOf(milestones);
            notes = List.copyOf(notes);
        }
    }

    /** A dated progress note; shown in the Dokumentation column. */
    public record Note(LocalDate date, String text, String author, Mark mark) {
    }

    /** Every activity of the document, in order. */
    public List<Activity> activities() {
        return sections.stream().flatMap(s -> s.goals().stream()).flatMap(g -> g.activities().stream()).toList();
    }
}
