package dk.handleplan.documents.wordimport;

import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.PlanDocument.Activity;
import dk.handleplan.documents.PlanDocument.Goal;
import dk.handleplan.documents.PlanDocument.Header;
import dk.handleplan.documents.PlanDocument.Mark;
import dk.handleplan.documents.PlanDocument.Note;
import dk.handleplan.documents.PlanDocument.Section;
import java.time.LocalDate;
import java.util.List;

/** The quality model's themes and a plan that uses every feature of the export layout. */
final class SamplePlans {

    static final List<KnownTheme> THEMES = List.of(
            new KnownTheme("1", "Uddannelse og beskæftigelse"),
            new KnownTheme("2", "Selvstændighed og relationer"),
            new KnownTheme("3", "Målgrupper, metoder og resultater"),
            new KnownTheme("4", "Sundhed og trivsel"),
            new KnownTheme("5", "Organisation og ledelse"),
            new KnownTheme("6", "Kompetencer"),
            new KnownTheme("7", "Fysiske rammer"),
            new KnownTheme("8", "Økonomi"));

    static final String HOSTILE = "Citat \"her\" & <b>fed</b> <script>alert(1)</script> æøå ÆØÅ 😀 =cmd|' /C calc'!A0";

    private SamplePlans() {
    }

    static Activity activity(String description, String documentation, String responsible, String start, String end,
            String when, String status, LocalDate completedOn, String cancelReason, Mark mark, List<String> milestones,
            List<Note> notes) {
        return new Activity(description, documentation, responsible, start, end, when, status, completedOn,
                cancelReason, mark, milestones, notes);
    }

    static PlanDocument sample() {
        Header header = new Header("Bostedet Åbrinken", "Handleplan 2024-2025", "Socialtilsyn Midt",
                LocalDate.of(2024, 6, 12), LocalDate.of(2024, 7, 1), 2, LocalDate.of(2025, 1, 15),
                LocalDate.of(2024, 8, 20), null);

        Activity methods = activity("Gennemgå metodebeskrivelserne på personalemøde\nOpdatere Tilbudsportalen",
                "Referat fra personalemøde", "Afdelingsleder", "2024-08", "2025-spring",
                "Igangsættes august 2024, forventes afsluttet foråret 2025", "I gang", null, null, Mark.NONE,
                List.of("Temadag: 4. december 2024 kl. 13.00-15.00", "Opfølgning på ledermøde: 15.3.2025"),
                List.of(new Note(LocalDate.of(2025, 1, 15), "Metoderne er gennemgået på to møder", "Mette Å. Jensen",
                        Mark.NONE),
                        new Note(LocalDate.of(2025, 2, 3), "Opdateret på portalen", null, Mark.ADDED)));
        Activity counselling = activity("Sparring med konsulent om metoderne", null, "Aftaleholder og afdelingsleder",
                "2024-winter", "2024-winter", "Vinteren 2024/25", "Gennemført", LocalDate.of(2024, 12, 4), null,
                Mark.COMPLETED, List.of(), List.of());
        Activity template = activity("Indføre skabelon for delmål", "Stikprøver hvert kvartal", "Faglig koordinator",
                "2025-Q2", "2025-Q3", "Igangsættes 2. kvartal 2025, forventes afsluttet 3. kvartal 2025", "Planlagt",
                null, null, Mark.ADDED, List.of(), List.of());
        Section methodsSection = new Section("3", "Målgrupper, metoder og resultater",
                "Metoderne på Tilbudsportalen skal svare til praksis", "Bostedet Åbrinken, hus 2", Mark.NONE, List.of(
                        new Goal("Alle medarbejdere kender og bruger de beskrevne metoder",
                                "Borgerne oplever en ensartet indsats", Mark.NONE, List.of(methods, counselling)),
                        new Goal("Borgernes mål og delmål dokumenteres systematisk", "Bedre opfølgning på delmål",
                                Mark.ADDED, List.of(template))));

        Activity roster = activity("Ny grundrul", null, "Aftaleholder", "2024-12-04", "ongoing",
                "Igangsættes den 4. december 2024, løbende", "Aflyst", null, "Erstattet af ny vagtplan", Mark.NONE,
                List.of(), List.of());
        Activity turnover = activity("Kvartalsvis beregning af personalegennemstrømning", "Beregning i regneark",
                "Afdelingsleder og TR", null, "ongoing", "Løbende", "Planlagt", null, null, Mark.NONE, List.of(),
                List.of(new Note(LocalDate.of(2025, 1, 10), "Ingen fratrådte mellem juni 2024 og januar 2025",
                        "Afdelingsleder", Mark.NONE)));
        Section turnoverSection = new Section("5", "Organisation og ledelse", "Lavere personalegennemstrømning", null,
                Mark.NONE, List.of(
                        new Goal("Personalegennemstrømningen skal under 15 %", "En stabil personalegruppe", Mark.NONE,
                                List.of(roster, turnover)),
                        new Goal("Stabil ledelse", null, Mark.NONE, List.of())));

        Activity hostile = activity(HOSTILE, "& < > \"citat\" 'enkelt'", "=HYPERLINK(\"x\")", "2025", "2025", "I 2025",
                "Planlagt", null, null, Mark.NONE, List.of(), List.of());
        Activity sickLeave = activity("Månedlig opfølgning på sygefravær\n1:1 mellem aftaleholder og afdelingsleder",
                null, "Aftaleholder", "2025-H1", "2025-H2",
                "Igangsættes 1. halvår 2025, forventes afsluttet 2. halvår 2025", "Planlagt", null, null, Mark.NONE,
                List.of(), List.of());
        Section sickSection = new Section("5", "Organisation og ledelse", "Sygefravær og vikarforbrug <skal> ned",
                null, Mark.ADDED, List.of(new Goal("Sygefraværet skal ned", "Færre vikartimer", Mark.NONE,
                        List.of(hostile, sickLeave))));

        Section rooms = new Section("7", "Fysiske rammer", "Nye fællesarealer", null, Mark.NONE, List.of());
        return new PlanDocument(header, List.of(methodsSection, turnoverSection, sickSection, rooms));
    }
}
