package dk.handleplan.monitoring;

/** Why someone left the department; internal moves count as leavers only if the setting says so. */
public enum LeaveReason {
    RESIGNED("Sagt op"), DISMISSED("Afskediget"), RETIRED("Gået på pension"), FIXED_TERM_ENDED("Tidsbegrænset ansættelse udløbet"),
    INTERNAL_MOVE("Intern flytning");

    private final String danish;

    LeaveReason(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }
}
