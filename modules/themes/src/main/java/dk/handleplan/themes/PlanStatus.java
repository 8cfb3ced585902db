package dk.handleplan.themes;

/** Where a plan is in its life: being written, in use, or finished (read-only until reopened). */
public enum PlanStatus {
    DRAFT("Kladde"), ACTIVE("Aktiv"), CLOSED("Afsluttet");

    private final String danish;

    PlanStatus(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }
}
