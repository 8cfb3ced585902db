package dk.handleplan.revisions;

/** Where a published revision stands in the aftaleholder's review. */
public enum RevisionStatus {
    PUBLISHED("Afventer godkendelse"), SIGNED_OFF("Godkendt"), RETURNED("Sendt tilbage");

    private final String danish;

    RevisionStatus(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }
}
