package dk.handleplan.app.export;

import dk.handleplan.activities.ActivityInput;
import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.activities.NoteInput;
import dk.handleplan.activities.ResponsibleInput;
import dk.handleplan.deadlines.DeadlineService;
import dk.handleplan.deadlines.MilestoneInput;
import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.wordimport.ImportResult;
import dk.handleplan.documents.wordimport.KnownTheme;
import dk.handleplan.documents.wordimport.Problem;
import dk.handleplan.documents.wordimport.WordPlanImporter;
import dk.handleplan.goals.GoalInput;
import dk.handleplan.kernel.TimeFrameInput;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.people.DepartmentView;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.OrganisationRole;
import dk.handleplan.people.PersonService;
import dk.handleplan.people.PersonView;
import dk.handleplan.themes.PlanInput;
import dk.handleplan.themes.PlanStatus;
import dk.handleplan.themes.SectionInput;
import dk.handleplan.themes.ThemeCatalogueService;
import dk.handleplan.themes.ThemeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An existing Word plan into Handleplan: first a draft to review (nothing saved) with everything that
 * could not be understood, then, once the user confirms, the draft mapped to the API's inputs, which the
 * API's import resource creates through the other resources in one transaction, so validation, access
 * rules and the audit trail are the API's and a refusal anywhere saves nothing.
 */
@ApplicationScoped
public class PlanImports {

    private static final Pattern MILESTONE = Pattern.compile(
            "(.+): (\\d{1,2}\\. \\p{L}+ \\d{4})(?: kl\\. (\\d{1,2})[.:](\\d{2})(?:-(\\d{1,2})[.:](\\d{2}))?)?");
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy",
            Locale.forLanguageTag("da-DK"));
    private static final Pattern AND = Pattern.compile(",\\s*|\\s+og\\s+");

    @Inject
    ThemeCatalogueService themes;
    @Inject
    OfferService offers;
    @Inject
    PersonService persons;
    @Inject
    DeadlineService deadlines;

    /** The draft and every problem found in reading it and in mapping it to the offer (names, dates). */
    public record Preview(PlanDocument draft, List<Problem> problems, List<ThemeView> themes) {
    }

    /**
     * What the user confirms: the plan's header and the draft as previewed, each section's {@code themeCode}
     * chosen (a theme of the quality model).
     */
    public record Confirmation(String title, String authority, LocalDate visitDate, LocalDate reportDate,
            PlanDocument draft) {
    }

    public Preview preview(long offerId, byte[] docx) {
        List<ThemeView> catalogue = themes.current().themes();
        ImportResult result = new WordPlanImporter().read(new ByteArrayInputStream(docx),
                catalogue.stream().map(t -> new KnownTheme(t.code(), t.name())).toList());
        List<Problem> problems = new ArrayList<>(result.problems());
        new Mapping(offerId, problems).check(result.draft());
        return new Preview(result.draft(), problems, catalogue);
    }

    /** The confirmed draft as the API's inputs, each with the draft element it came from. */
    public record ImportPlan(PlanInput plan, List<SectionPlan> sections) {
    }

    public record SectionPlan(String at, SectionInput input, List<GoalPlan> goals) {
    }

    public record GoalPlan(String at, GoalInput input, List<ActivityPlan> activities) {
    }

    public record ActivityPlan(String at, ActivityInput input, List<MilestoneInput> milestones, List<NoteInput> notes) {
    }

    /**
     * The confirmed draft mapped to the offer (departments, people, roles, statuses, milestones): what the API
     * is to create, in order. Refuses a section without a theme of the quality model.
     */
    public ImportPlan inputs(long offerId, Confirmation confirmation) {
        if (confirmation == null || confirmation.draft() == null) {
            throw ValidationException.of("draft", "is required: the draft plan as previewed");
        }
        PlanDocument draft = confirmation.draft();
        PlanInput plan = new PlanInput(offerId,
                blank(confirmation.title()) ? draft.header().planTitle() : confirmation.title(),
                blank(confirmation.authority()) ? draft.header().authority() : confirmation.authority(),
                confirmation.visitDate() != null ? confirmation.visitDate() : draft.header().visitDate(),
                confirmation.reportDate() != null ? confirmation.reportDate() : draft.header().reportDate(),
                PlanStatus.ACTIVE, null);
        Mapping mapping = new Mapping(offerId, new ArrayList<>());
        List<SectionPlan> sections = new ArrayList<>();
        for (int s = 0; s < draft.sections().size(); s++) {
            PlanDocument.Section section = draft.sections().get(s);
            String at = "sections[" + s + "].";
            if (section.themeCode() == null) {
                throw ValidationException.of(at + "theme", "choose a theme of the quality model for \""
                        + section.themeName() + "\"");
            }
            List<GoalPlan> goals = new ArrayList<>();
            for (int g = 0; g < section.goals().size(); g++) {
                PlanDocument.Goal goal = section.goals().get(g);
                String goalAt = at + "goals[" + g + "].";
                List<ActivityPlan> activities = new ArrayList<>();
                for (int a = 0; a < goal.activities().size(); a++) {
                    PlanDocument.Activity activity = goal.activities().get(a);
                    Mapping.Parsed parsed = mapping.activity(activity);
                    activities.add(new ActivityPlan(goalAt + "activities[" + a + "].", parsed.input(),
                            parsed.milestones(), activity.notes().stream().map(n -> new NoteInput(n.date(), n.text(),
                                    n.author(), null)).toList()));
                }
                goals.add(new GoalPlan(goalAt, new GoalInput(goal.text(), goal.expectedEffect(), null), activities));
            }
            sections.add(new SectionPlan(at, new SectionInput(section.themeCode(), section.subject(), null,
                    mapping.department(section.departmentName()), null), goals));
        }
        return new ImportPlan(plan, sections);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The draft's names and texts against the offer: departments, people, roles, statuses, milestones. */
    private final class Mapping {

        private final long offerId;
        private final List<Problem> problems;
        private final Map<String, Long> departments;
        private final Map<String, Long> people;

        record Parsed(ActivityInput input, List<MilestoneInput> milestones) {
        }

        Mapping(long offerId, List<Problem> problems) {
            this.offerId = offerId;
            this.problems = problems;
            this.departments = offers.departments(offerId, false).stream()
                    .collect(Collectors.toMap(d -> key(d.name()), DepartmentView::id, (a, b) -> a));
            this.people = persons.list(false, offerId).stream()
                    .collect(Collectors.toMap(p -> key(p.name()), PersonView::id, (a, b) -> a));
        }

        void check(PlanDocument draft) {
            for (PlanDocument.Section section : draft.sections()) {
                department(section.departmentName());
                for (PlanDocument.Goal goal : section.goals()) {
                    goal.activities().forEach(this::activity);
                }
            }
        }

        Long department(String name) {
            if (blank(name)) {
                return null;
            }
            Long id = departments.get(key(name));
            if (id == null) {
                problem("Emne", name, "Afdelingen findes ikke i tilbuddet; emnet gælder hele tilbuddet: " + name);
            }
            return id;
        }

        Parsed activity(PlanDocument.Activity a) {
            ActivityStatus status = status(a.status());
            LocalDate completedOn = a.completedOn();
            if (status == ActivityStatus.COMPLETED && completedOn == null) {
                completedOn = deadlines.today();
                problem("Hvad", a.description(), "Gennemført uden dato; datoen sættes til i dag: " + a.description());
            }
            String cancelReason = a.cancelReason();
            if (status == ActivityStatus.CANCELLED && blank(cancelReason)) {
                cancelReason = "Aflyst (fra Word-planen)";
            }
            List<String> unknownPeople = new ArrayList<>();
            List<ResponsibleInput> responsible = responsible(a.responsible(), unknownPeople);
            List<String> extra = new ArrayList<>();
            if (!unknownPeople.isEmpty()) {
                problem("Hvem", a.responsible(), "Ansvarlige, der ikke findes i tilbuddet, er skrevet i"
                        + " dokumentationen: " + String.join(", ", unknownPeople));
                extra.add("Ansvarlig (fra Word-planen): " + String.join(", ", unknownPeople));
            }
            if (a.timeStart() == null && a.timeEnd() == null && !blank(a.when())) {
                extra.add("Hvornår (fra Word-planen): " + a.when());
            }
            List<MilestoneInput> milestones = new ArrayList<>();
            for (String text : a.milestones()) {
                MilestoneInput milestone = milestone(text);
                if (milestone == null) {
                    problem("Hvornår", text, "Milepælen kunne ikke forstås og er skrevet i dokumentationen: " + text);
                    extra.add(text);
                } else {
                    milestones.add(milestone);
                }
            }
            String documentation = a.documentation();
            if (!extra.isEmpty()) {
                documentation = (blank(documentation) ? "" : documentation + "\n") + String.join("\n", extra);
            }
            TimeFrameInput timeFrame = a.timeStart() == null && a.timeEnd() == null ? null
                    : new TimeFrameInput(a.timeStart(), a.timeEnd());
            return new Parsed(new ActivityInput(a.description(), documentation, timeFrame, responsible, status,
                    status == ActivityStatus.COMPLETED ? completedOn : null,
                    status == ActivityStatus.CANCELLED ? cancelReason : null, null), milestones);
        }

        private List<ResponsibleInput> responsible(String text, List<String> unknown) {
            List<ResponsibleInput> found = new ArrayList<>();
            if (blank(text)) {
                return found;
            }
            for (String part : AND.split(text.strip())) {
                if (part.isBlank()) {
                    continue;
                }
                OrganisationRole role = role(part);
                Long person = people.get(key(part));
                if (person != null) {
                    found.add(new ResponsibleInput(person, null));
                } else if (role != null) {
                    found.add(new ResponsibleInput(null, role));
                } else {
                    unknown.add(part.strip());
                }
            }
            return found;
        }

        private OrganisationRole role(String text) {
            for (OrganisationRole role : OrganisationRole.values()) {
                if (role.danish().equalsIgnoreCase(text.strip())) {
                    return role;
                }
            }
            return null;
        }

        private ActivityStatus status(String danish) {
            for (ActivityStatus status : ActivityStatus.values()) {
                if (status.danish().equalsIgnoreCase(danish == null ? "" : danish.strip())) {
                    return status;
                }
            }
            return ActivityStatus.PLANNED;
        }

        /** "Temadag: 4. december 2024 kl. 13.00-15.00", as the exports write milestones. */
        private MilestoneInput milestone(String text) {
            Matcher m = MILESTONE.matcher(text.strip());
            if (!m.matches()) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(m.group(2), DANISH_DATE);
                LocalTime from = m.group(3) == null ? null : LocalTime.of(Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)));
                LocalTime to = m.group(5) == null ? null : LocalTime.of(Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(6)));
                return new MilestoneInput(m.group(1).strip(), date, from, to, null);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }

        private void problem(String column, String text, String message) {
            problems.add(new Problem(0, column, text, message));
        }

        private static String key(String name) {
            return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        }
    }
}
