package dk.handleplan.documents.export;

import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.PlanDocument.Mark;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Plans as documents for the writers' tests: a realistic one, one with hostile text, a 150-activity one. */
final class SampleDocuments {

    static final String HOSTILE = "Citat \"her\" & <b>fed</b> <script>alert(1)</script> æøå ÆØÅ =HYPERLINK(\"x\")";

    private SampleDocuments() {
    }

    static PlanDocument.Header header(LocalDate addedSince) {
        return new PlanDocument.Header("Bostedet Lærkereden", "Handleplan 2025", "Socialtilsyn Midt",
                LocalDate.of(2024, 11, 20), LocalDate.of(2024, 12, 10), 2, LocalDate.of(2025, 3, 10), addedSince,
                LocalDate.of(2025, 3, 10));
    }

    static PlanDocument.Activity activity(String what, String status, LocalDate completedOn, String cancelReason,
            Mark mark) {
        return new PlanDocument.Activity(what, "Referat fra personalemøde", "Aftaleholder og afdelingsleder", "2024-08",
                "2025-spring", "Igangsættes august 2024, forventes afsluttet foråret 2025", status, completedOn,
                cancelReason, mark, List.of("Temadag: 4. december 2024 kl. 13.00-15.00"),
                List.of(new PlanDocument.Note(LocalDate.of(2025, 1, 10), "Første gang holdt", "Jonas Kragh", Mark.NONE)));
    }

    /** Two themes, all four statuses, a department, new and completed text. */
    static PlanDocument realistic() {
        PlanDocument.Goal methods = new PlanDocument.Goal("Alle kender metoderne", "Ens praksis på tværs af vagter",
                Mark.NONE, List.of(activity("Temadag om KRAP", "Gennemført", LocalDate.of(2025, 2, 4), null,
                        Mark.COMPLETED), activity("Supervision hver måned", "I gang", null, null, Mark.NONE)));
        PlanDocument.Goal conflicts = new PlanDocument.Goal("Færre konflikter", "Roligere hverdag", Mark.ADDED,
                List.of(activity("Konfliktregistrering", "Planlagt", null, null, Mark.ADDED),
                        activity("Ekstern kursusdag", "Aflyst", null, "Erstattet af temadag", Mark.NONE)));
        PlanDocument.Goal turnover = new PlanDocument.Goal("Lavere personalegennemstrømning", "Stabil personalegruppe",
                Mark.NONE, List.of());
        return new PlanDocument(header(LocalDate.of(2025, 1, 15)), List.of(
                new PlanDocument.Section("MAALGRUPPER_METODER_OG_RESULTATER", "Målgrupper, metoder og resultater",
                        "Fælles faglig tilgang", null, Mark.NONE, List.of(methods, conflicts)),
                new PlanDocument.Section("ORGANISATION_OG_LEDELSE", "Organisation og ledelse",
                        "Personalegennemstrømningen er for høj.", "Hus Ahorn", Mark.NONE, List.of(turnover))));
    }

    static PlanDocument hostile() {
        PlanDocument.Activity activity = new PlanDocument.Activity("=1+2", "@SUM(A1)\nLinje to", HOSTILE, null, null,
                null, "Planlagt", null, null, Mark.NONE, List.of(), List.of(new PlanDocument.Note(LocalDate.of(2025, 1, 2),
                        "Emoji 😀 og ' enkelt", null, Mark.ADDED)));
        return new PlanDocument(header(null), List.of(new PlanDocument.Section(null, "Et tema udenfor <modellen>",
                HOSTILE, null, Mark.NONE, List.of(new PlanDocument.Goal(HOSTILE, "-5 % & mere", Mark.NONE,
                        List.of(activity))))));
    }

    static PlanDocument large(int sections, int goalsPerSection, int activitiesPerGoal) {
        List<PlanDocument.Section> all = new ArrayList<>();
        for (int s = 0; s < sections; s++) {
            List<PlanDocument.Goal> goals = new ArrayList<>();
            for (int g = 0; g < goalsPerSection; g++) {
                List<PlanDocument.Activity> activities = new ArrayList<>();
                for (int a = 0; a < activitiesPerGoal; a++) {
                    activities.add(activity("Aktivitet " + s + "." + g + "." + a + " "
                            + "med en beskrivelse, der fylder flere linjer i tabellen. ".repeat(3), "Planlagt", null,
                            null, a % 3 == 0 ? Mark.ADDED : Mark.NONE));
                }
                goals.add(new PlanDocument.Goal("Mål " + s + "." + g, "Effekt " + s + "." + g, Mark.NONE, activities));
            }
            all.add(new PlanDocument.Section(null, "Tema " + s, "Emne " + s + ": "
                    + "en lang begrundelse for hvorfor der skal ændres noget. ".repeat(6), null, Mark.NONE, goals));
        }
        return new PlanDocument(header(LocalDate.of(2025, 1, 15)), all);
    }
}
