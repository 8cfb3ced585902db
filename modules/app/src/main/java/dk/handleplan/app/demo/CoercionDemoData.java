package dk.handleplan.app.demo;

import dk.handleplan.coercion.CoercionCaseInput;
import dk.handleplan.coercion.CoercionFollowUpInput;
import dk.handleplan.coercion.CoercionService;
import dk.handleplan.coercion.FollowUpKind;
import dk.handleplan.coercion.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A few pseudonymous coercion cases in the demo offer, dated around today: one fully followed up, one
 * reported late with its follow-up open, a pre-authorised one in the other house, and older ones for the
 * quarterly trend. The pseudonyms are letters, as the user guide recommends.
 */
@ApplicationScoped
public class CoercionDemoData {

    @Inject
    CoercionService coercion;

    /** {@code activity}: the plan activity the followed-up case's action points to. */
    public void load(long offer, long ahorn, long birk, long activity, LocalDate today) {
        LocalDateTime holding = today.minusDays(20).atTime(19, 40);
        long first = coercion.create(offer, new CoercionCaseInput(ahorn, holding, "Beboer A", "ACUTE_HOLDING",
                RuleSet.ADULT, 5, 2, "Ali B. og en vikar", true, holding.plusHours(14), holding.plusDays(2),
                holding.plusDays(2), holding.plusDays(1), null)).id();
        step(first, FollowUpKind.RESIDENT_CONVERSATION, today.minusDays(18), "Samtale om aftenen og hvad der kan"
                + " hjælpe næste gang: mere ro ved aftensmaden.", null, "Jonas Kragh", null);
        step(first, FollowUpKind.STAFF_DEBRIEF, today.minusDays(17), "Debriefing på teammødet; de to medarbejdere"
                + " gennemgik forløbet.", null, "Jonas Kragh", null);
        step(first, FollowUpKind.LEADER_ASSESSMENT, today.minusDays(15), "Fastholdelsen var nødvendig og kortvarig.",
                "Uro opstår ved aftensmaden; vi prøver mindre grupper ved bordet.", "Jonas Kragh", null);
        step(first, FollowUpKind.PLAN_ACTION, today.minusDays(15), "Emnet tages op ved juristens oplæg.", null,
                "Jonas Kragh", activity);

        LocalDateTime danger = today.minusDays(6).atTime(8, 15);
        long late = coercion.create(offer, new CoercionCaseInput(ahorn, danger, "Beboer B", "WARD_OFF_DANGER",
                RuleSet.ADULT, 2, 1, null, true, danger.plusHours(3), today.minusDays(1).atTime(10, 0), null, null,
                null)).id();
        step(late, FollowUpKind.STAFF_DEBRIEF, today.minusDays(5), "Kort debriefing ved vagtskiftet.", null,
                "Nanna Lund", null);

        LocalDateTime alarm = today.minusDays(40).atTime(2, 5);
        coercion.create(offer, new CoercionCaseInput(birk, alarm, "Beboer C", "ALARM_TRACKING", RuleSet.ADULT, null,
                1, null, false, alarm.plusHours(6), endOfMonth(alarm), endOfMonth(alarm), null, null));

        for (int daysAgo : new int[] {100, 130, 210, 300}) {
            LocalDateTime older = today.minusDays(daysAgo).atTime(17, 0);
            long id = coercion.create(offer, new CoercionCaseInput(ahorn, older, "Beboer A", "ACUTE_HOLDING",
                    RuleSet.ADULT, 4, 2, null, true, older.plusHours(2), older.plusDays(1), older.plusDays(1), null,
                    null)).id();
            step(id, FollowUpKind.RESIDENT_CONVERSATION, older.toLocalDate().plusDays(2), "Opfølgende samtale.", null,
                    "Jonas Kragh", null);
            step(id, FollowUpKind.STAFF_DEBRIEF, older.toLocalDate().plusDays(2), "Debriefing.", null, "Jonas Kragh",
                    null);
            step(id, FollowUpKind.LEADER_ASSESSMENT, older.toLocalDate().plusDays(3), "Nødvendig og forholdsmæssig.",
                    null, "Jonas Kragh", null);
        }
    }

    private void step(long caseId, FollowUpKind kind, LocalDate date, String text, String learning, String who,
            Long activity) {
        coercion.addFollowUp(caseId, new CoercionFollowUpInput(kind, date, text, learning, who, activity, null));
    }

    private static LocalDateTime endOfMonth(LocalDateTime day) {
        return day.toLocalDate().withDayOfMonth(day.toLocalDate().lengthOfMonth()).atTime(LocalTime.of(15, 0));
    }
}
