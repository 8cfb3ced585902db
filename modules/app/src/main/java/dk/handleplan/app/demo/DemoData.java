package dk.handleplan.app.demo;

import dk.handleplan.access.SupervisorGrantInput;
import dk.handleplan.access.SupervisorGrantService;
import dk.handleplan.access.UserInput;
import dk.handleplan.access.UserService;
import dk.handleplan.activities.ActivityInput;
import dk.handleplan.activities.ActivityService;
import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.activities.NoteInput;
import dk.handleplan.activities.ResponsibleInput;
import dk.handleplan.app.persistence.ConfiguredDataSource;
import dk.handleplan.deadlines.MilestoneInput;
import dk.handleplan.deadlines.MilestoneService;
import dk.handleplan.goals.GoalInput;
import dk.handleplan.goals.GoalService;
import dk.handleplan.kernel.TimeFrameInput;
import dk.handleplan.people.DepartmentInput;
import dk.handleplan.people.OfferInput;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.OrganisationRole;
import dk.handleplan.people.PersonInput;
import dk.handleplan.people.PersonService;
import dk.handleplan.people.RoleInput;
import dk.handleplan.themes.PlanInput;
import dk.handleplan.themes.PlanService;
import dk.handleplan.themes.PlanStatus;
import dk.handleplan.themes.SectionInput;
import dk.handleplan.themes.SectionService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads a fictional offer and a plan shaped like a real post-visit plan into an empty database,
 * through the modules' own services (so it obeys every rule they enforce), in one transaction.
 * Dates are placed around today, so the demo always has overdue, upcoming and completed items.
 * Every name is invented.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrator", "AdminBootstrap"})
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String DEMO_PASSWORD = "demo-handleplan";

    @Inject
    @ConfigProperty(name = "handleplan.demo-data", defaultValue = "auto")
    String mode;

    @Inject
    @ConfigProperty(name = "handleplan.db.url")
    String dbUrl;

    @Inject
    Clock clock;
    @Inject
    OfferService offers;
    @Inject
    PersonService persons;
    @Inject
    PlanService plans;
    @Inject
    SectionService sections;
    @Inject
    GoalService goals;
    @Inject
    ActivityService activities;
    @Inject
    MilestoneService milestones;
    @Inject
    UserService users;
    @Inject
    SupervisorGrantService grants;

    @Inject
    CoercionDemoData coercionDemo;
    @Inject
    MonitoringDemoData monitoringDemo;

    private LocalDate today;

    @PostConstruct
    void loadWhenEmpty() {
        boolean wanted = switch (mode.strip().toLowerCase()) {
            case "on" -> true;
            case "off" -> false;
            default -> !ConfiguredDataSource.isPostgreSql(dbUrl);
        };
        if (!wanted || !offers.list(false).isEmpty() || !offers.list(true).isEmpty()) {
            return;
        }
        today = LocalDate.now(clock);
        load();
        LOG.info("Demo data loaded (handleplan.demo-data=" + mode + "; set it to off to start empty)");
    }

    private void load() {
        long offer = offers.create(new OfferInput("Bostedet Lærkereden", "Fiktiv Kommune", null)).id();
        long ahorn = offers.addDepartment(offer, new DepartmentInput("Hus Ahorn", null)).id();
        long birk = offers.addDepartment(offer, new DepartmentInput("Hus Birk", null)).id();
        long mette = person("Mette Sølvhøj", "Aftaleholder", offer, null, OrganisationRole.AFTALEHOLDER);
        long jonas = person("Jonas Kragh", "Afdelingsleder", offer, ahorn, OrganisationRole.AFDELINGSLEDER);
        person("Sara Østergaard", "Afdelingsleder", offer, birk, OrganisationRole.AFDELINGSLEDER);
        long ali = person("Ali Brandt", "Pædagog", offer, ahorn, OrganisationRole.AMR);
        person("Lise Bæk", "Social- og sundhedsassistent", offer, birk, OrganisationRole.TR);
        long peter = person("Peter Mørk", "Socialfaglig konsulent", offer, null, OrganisationRole.KONSULENT);
        long medarbejder = person("Nanna Lund", "Pædagog", offer, ahorn, OrganisationRole.MEDARBEJDER);
        demoUser("aftaleholder", mette);
        demoUser("afdelingsleder", jonas);
        demoUser("medarbejder", medarbejder);
        if (users.byUsername("tilsyn").isEmpty()) {
            users.create(new UserInput("tilsyn", DEMO_PASSWORD, null, false), false);
            grants.grant(offer, new SupervisorGrantInput("tilsyn", today.plusDays(90)), "demo");
        }

        LocalDate visit = today.minusMonths(7).withDayOfMonth(12);
        long plan = plans.create(new PlanInput(offer, "Handleplan for Bostedet Lærkereden " + visit.getYear()
                + ", på baggrund af tilsynsrapport efter besøg i " + monthName(visit), "Socialtilsyn Midt", visit,
                visit.plusWeeks(5), PlanStatus.ACTIVE, null)).id();

        // Tema 3: methods on Tilbudsportalen match practice.
        long methods = section(plan, "MAALGRUPPER_METODER_OG_RESULTATER",
                "Metoderne beskrevet på Tilbudsportalen svarer ikke til den praksis, tilsynet så. Beskrivelsen skal"
                        + " opdateres, så borgere og kommuner ved, hvad de kan forvente.", "3a", null);
        long m1 = goal(methods, "Beskrivelsen af metoder på Tilbudsportalen svarer til praksis.",
                "Borgere, pårørende og kommuner får et retvisende billede af tilbuddet.");
        long a = activity(m1, "Gennemgang af metodebeskrivelsen på personalemøde", "Referat fra personalemøde",
                month(-6), month(-5), roles(OrganisationRole.AFDELINGSLEDER), ActivityStatus.COMPLETED,
                today.minusMonths(5).withDayOfMonth(20), null);
        note(a, today.minusMonths(5).withDayOfMonth(20), "Metoderne blev gennemgået på personalemødet; KRAP og"
                + " low arousal beholdes, Marte Meo udgår af beskrivelsen.");
        activity(m1, "Opdatering af Tilbudsportalen", "Skærmbillede af den opdaterede side gemmes i ledelsesmappen",
                month(-5), month(-4), List.of(new ResponsibleInput(mette, null)), ActivityStatus.COMPLETED,
                today.minusMonths(4).withDayOfMonth(2), null);
        long m2 = goal(methods, "Alle medarbejdere kan forklare, hvordan metoderne bruges i hverdagen.",
                "Borgerne mødes ens på tværs af vagter.");
        long b = activity(m2, "Temadag om KRAP for alle faste medarbejdere", "Deltagerliste og evaluering",
                month(-1), month(1), roles(OrganisationRole.AFDELINGSLEDER, OrganisationRole.KONSULENT),
                ActivityStatus.IN_PROGRESS, null, null);
        milestone(b, "Temadag om KRAP, hold 1", today.plusDays(9), LocalTime.of(9, 0), LocalTime.of(15, 0));
        milestone(b, "Temadag om KRAP, hold 2", today.plusDays(23), LocalTime.of(9, 0), LocalTime.of(15, 0));
        activity(m2, "Metoden drøftes fast på hvert andet personalemøde", "Dagsordener", month(-4), "ongoing",
                roles(OrganisationRole.AFDELINGSLEDER), ActivityStatus.IN_PROGRESS, null, null);

        // Tema 3: documentation of residents' goals.
        long documentation = section(plan, "MAALGRUPPER_METODER_OG_RESULTATER",
                "Borgernes mål og delmål dokumenteres ikke systematisk, og resultaterne bruges ikke til læring.",
                "3b", ahorn);
        long d1 = goal(documentation, "Alle borgere har aktuelle mål og delmål i journalen.",
                "Borgernes udvikling kan følges og drøftes.");
        long c = activity(d1, "Kontaktpersoner opdaterer mål og delmål for hver borger", "Stikprøve i journalen",
                month(-4), month(-1), roles(OrganisationRole.MEDARBEJDER), ActivityStatus.IN_PROGRESS, null, null);
        note(c, today.minusMonths(2), "Halvdelen af borgerne har nu opdaterede delmål.");
        activity(d1, "Ledelsen tager månedlig stikprøve af 3 journaler", "Stikprøveskema", month(-3), "ongoing",
                List.of(new ResponsibleInput(jonas, null)), ActivityStatus.IN_PROGRESS, null, null);
        long d2 = goal(documentation, "Resultater drøftes på teammøder hvert kvartal.",
                "Læring på tværs af teams.");
        activity(d2, "Fast punkt om resultater på teammødet", "Referater", quarter(0), quarter(2),
                roles(OrganisationRole.AFDELINGSLEDER), ActivityStatus.PLANNED, null, null);
        activity(d2, "Skabelon til resultatopsamling", "Skabelon i kvalitetshåndbogen", month(-3), month(-2),
                List.of(new ResponsibleInput(peter, null)), ActivityStatus.PLANNED, null, null);

        // Tema 4: coercion rules known by everyone.
        long coercion = section(plan, "SUNDHED_OG_TRIVSEL",
                "Ikke alle medarbejdere kender reglerne for magtanvendelse, og episoder følges ikke op med henblik"
                        + " på læring.", "4c", null);
        long c1 = goal(coercion, "Alle medarbejdere kender reglerne for magtanvendelse.",
                "Færre magtanvendelser og korrekt indberetning.");
        long e = activity(c1, "Undervisning ved kommunens jurist på personalemøde",
                "Deltagerliste; spørgsmål samles i referat", month(1), month(1),
                roles(OrganisationRole.AFDELINGSLEDER, OrganisationRole.JURIST), ActivityStatus.PLANNED, null, null);
        milestone(e, "Oplæg om magtanvendelse ved kommunens jurist", today.plusDays(12), LocalTime.of(13, 0),
                LocalTime.of(15, 0));
        activity(c1, "E-læringskursus om magtanvendelse for nye medarbejdere", "Kursusbeviser",
                month(-5), "ongoing", roles(OrganisationRole.AFDELINGSLEDER), ActivityStatus.IN_PROGRESS, null, null);
        long c2 = goal(coercion, "Hver magtanvendelse følges op med borgeren og personalet.",
                "Læring, så episoder forebygges.");
        long f = activity(c2, "Skabelon til opfølgningssamtale og debriefing", "Skabelon i kvalitetshåndbogen",
                month(-6), month(-4), roles(OrganisationRole.AFDELINGSLEDER), ActivityStatus.COMPLETED,
                today.minusMonths(4).withDayOfMonth(10), null);
        note(f, today.minusMonths(4).withDayOfMonth(10), "Skabelonen er taget i brug i begge huse.");
        activity(c2, "Kvartalsvis gennemgang af episoder på ledermøde", "Referat fra ledermøde", quarter(-1),
                "ongoing", roles(OrganisationRole.AFTALEHOLDER, OrganisationRole.AFDELINGSLEDER),
                ActivityStatus.IN_PROGRESS, null, null);

        // Tema 5: staff turnover (indicator 9b).
        long turnover = section(plan, "ORGANISATION_OG_LEDELSE",
                "Personalegennemstrømningen er højere end på sammenlignelige arbejdspladser.", "9b", null);
        long t1 = goal(turnover, "Personalegennemstrømningen kommer under niveauet på sammenlignelige arbejdspladser.",
                "Stabil personalegruppe og kendte voksne for borgerne.");
        long g = activity(t1, "Ny grundrul med faste vagter", "Grundrul godkendt i MED-udvalget", month(-6),
                season(-1), roles(OrganisationRole.AFTALEHOLDER, OrganisationRole.AFDELINGSLEDER,
                        OrganisationRole.TR), ActivityStatus.COMPLETED, today.minusMonths(3), null);
        note(g, today.minusMonths(3), "Den nye grundrul trådte i kraft; ingen fratrædelser siden.");
        activity(t1, "Besættelse af ledige stillinger", "Stillingsoversigt", month(-6), month(-2),
                roles(OrganisationRole.AFDELINGSLEDER), ActivityStatus.IN_PROGRESS, null, null);
        activity(t1, "Kvartalsvis opgørelse af personalegennemstrømning", "Opgørelse i ledelsesmappen", quarter(-2),
                "ongoing", List.of(new ResponsibleInput(mette, null)), ActivityStatus.IN_PROGRESS, null, null);
        long t2 = goal(turnover, "Faste interne vikarer dækker fravær.", "Færre ukendte vikarer hos borgerne.");
        activity(t2, "Ansættelse og oplæring af to faste interne vikarer", "Oplæringsplan", month(-2), month(1),
                roles(OrganisationRole.AFDELINGSLEDER), ActivityStatus.IN_PROGRESS, null, null);

        // Tema 5: sick leave and temps (indicator 9c).
        long sickness = section(plan, "ORGANISATION_OG_LEDELSE",
                "Sygefraværet og brugen af vikarer er højt.", "9c", birk);
        long s1 = goal(sickness, "Sygefraværet følges op hver måned.", "Lavere sygefravær og færre vikartimer.");
        long h = activity(s1, "Månedlig opfølgning på sygefravær og vikartimer", "Månedsopgørelse", month(-5),
                "ongoing", roles(OrganisationRole.AFDELINGSLEDER, OrganisationRole.AMR), ActivityStatus.IN_PROGRESS,
                null, null);
        note(h, today.minusMonths(1), "Sygefraværet er faldet i de seneste to måneder; vikartimerne er uændrede.");
        activity(s1, "1:1-samtaler mellem aftaleholder og afdelingsleder", "Samtalenotater", month(-5), month(-1),
                roles(OrganisationRole.AFTALEHOLDER, OrganisationRole.AFDELINGSLEDER), ActivityStatus.PLANNED,
                null, null);
        activity(s1, "Trivselsundersøgelse i Hus Birk", "Rapport fra undersøgelsen", month(-4), month(-3),
                List.of(new ResponsibleInput(ali, null)), ActivityStatus.CANCELLED, null,
                "Erstattet af kommunens samlede trivselsmåling.");

        // Tema 5: stable leadership.
        long leadership = section(plan, "ORGANISATION_OG_LEDELSE",
                "Ledelsen har været ustabil med tre afdelingsledere på to år.", null, null);
        long l1 = goal(leadership, "Stabil ledelse i begge huse.", "Tryghed for medarbejdere og borgere.");
        activity(l1, "Ansættelse af ny afdelingsleder i Hus Ahorn", "Ansættelsesbrev", month(-7), month(-5),
                roles(OrganisationRole.AFTALEHOLDER), ActivityStatus.COMPLETED, today.minusMonths(5).withDayOfMonth(1),
                null);
        activity(l1, "Introduktionsforløb for den nye afdelingsleder", "Introduktionsplan", month(-5), half(0),
                roles(OrganisationRole.AFTALEHOLDER), ActivityStatus.IN_PROGRESS, null, null);
        long l2 = goal(leadership, "Lederne deler viden og træffer ens beslutninger.", "Sammenhæng på tværs af huse.");
        long k = activity(l2, "Ledertemadage hvert halvår", "Program og referat", half(0), year(1),
                roles(OrganisationRole.AFTALEHOLDER), ActivityStatus.PLANNED, null, null);
        milestone(k, "Ledertemadag", today.plusDays(40), null, null);

        // Tema 6: competences.
        long competences = section(plan, "KOMPETENCER",
                "Medarbejderne mangler viden om borgernes psykiatriske diagnoser.", null, null);
        long k1 = goal(competences, "Alle faste medarbejdere har gennemført grundkursus i psykiatri.",
                "Bedre forståelse og færre konflikter.");
        activity(k1, "Grundkursus i psykiatri, 3 hold", "Kursusbeviser", season(-2), season(2),
                roles(OrganisationRole.AFDELINGSLEDER), ActivityStatus.IN_PROGRESS, null, null);

        coercionDemo.load(offer, ahorn, birk, e, today);
        monitoringDemo.load(offer, ahorn, birk, t1, s1, today);
    }

    private long person(String name, String title, long offer, Long department, OrganisationRole role) {
        String email = name.toLowerCase().replace(' ', '.').replace("ø", "oe").replace("æ", "ae")
                .replace("å", "aa") + "@example.invalid";
        long id = persons.create(new PersonInput(name, email, title, null)).id();
        persons.assignRole(id, new RoleInput(role, offer, department));
        return id;
    }

    /** Demo accounts share one documented password (README); they exist only with the demo data. */
    private void demoUser(String username, long person) {
        if (users.byUsername(username).isEmpty()) {
            users.create(new UserInput(username, DEMO_PASSWORD, person, false), false);
        }
    }

    private long section(long plan, String theme, String subject, String indicator, Long department) {
        return sections.add(plan, new SectionInput(theme, subject, indicator, department, null)).id();
    }

    private long goal(long section, String text, String effect) {
        return goals.add(section, new GoalInput(text, effect, null)).id();
    }

    private long activity(long goal, String what, String documentation, String start, String end,
            List<ResponsibleInput> who, ActivityStatus status, LocalDate completedOn, String cancelReason) {
        return activities.add(goal, new ActivityInput(what, documentation, new TimeFrameInput(start, end), who, status,
                completedOn, cancelReason, null)).id();
    }

    private void note(long activity, LocalDate date, String text) {
        activities.addNote(activity, new NoteInput(date, text, "Demo", null));
    }

    private void milestone(long activity, String title, LocalDate date, LocalTime from, LocalTime to) {
        milestones.add(activity, new MilestoneInput(title, date, from, to, null));
    }

    private static List<ResponsibleInput> roles(OrganisationRole... roles) {
        List<ResponsibleInput> list = new ArrayList<>();
        for (OrganisationRole role : roles) {
            list.add(new ResponsibleInput(null, role));
        }
        return list;
    }

    private String month(int offset) {
        LocalDate d = today.plusMonths(offset);
        return String.format("%d-%02d", d.getYear(), d.getMonthValue());
    }

    private String quarter(int offset) {
        LocalDate d = today.plusMonths(3L * offset);
        return d.getYear() + "-Q" + ((d.getMonthValue() + 2) / 3);
    }

    private String half(int offset) {
        LocalDate d = today.plusMonths(6L * offset);
        return d.getYear() + "-H" + (d.getMonthValue() <= 6 ? 1 : 2);
    }

    private String year(int offset) {
        return Integer.toString(today.getYear() + offset);
    }

    /** The season holding the day {@code offset} seasons from today (winter belongs to the year it starts). */
    private String season(int offset) {
        LocalDate d = today.plusMonths(3L * offset);
        int m = d.getMonthValue();
        if (m <= 2) {
            return (d.getYear() - 1) + "-winter";
        }
        return d.getYear() + "-" + (m <= 5 ? "spring" : m <= 8 ? "summer" : m <= 11 ? "autumn" : "winter");
    }

    private static String monthName(LocalDate date) {
        return dk.handleplan.kernel.TimePoint.danishDate(date).replaceFirst("^\\d+\\. ", "");
    }
}
