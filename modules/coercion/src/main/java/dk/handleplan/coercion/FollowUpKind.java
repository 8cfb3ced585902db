package dk.handleplan.coercion;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a case's follow-up. A case is fully followed up when it has the {@link #REQUIRED}
 * steps: the municipality's assessment comes from outside and a plan action is made only when needed,
 * so neither is required.
 */
public enum FollowUpKind {
    RESIDENT_CONVERSATION("Opfølgningssamtale med borgeren"),
    STAFF_DEBRIEF("Debriefing med de involverede medarbejdere"),
    LEADER_ASSESSMENT("Lederens vurdering og læring"),
    MUNICIPALITY_ASSESSMENT("Kommunens vurdering modtaget"),
    PLAN_ACTION("Indsats i handleplanen");

    public static final Set<FollowUpKind> REQUIRED = EnumSet.of(RESIDENT_CONVERSATION, STAFF_DEBRIEF,
            LEADER_ASSESSMENT);

    private final String danish;

    FollowUpKind(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }
}
