package dk.handleplan.activities;

/** Where an activity stands. Completed and cancelled are closed: they are never overdue. */
public enum ActivityStatus {
    PLANNED("Planlagt"), IN_PROGRESS("I gang"), COMPLETED("Gennemført"), CANCELLED("Aflyst");

    private final String danish;

    ActivityStatus(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
