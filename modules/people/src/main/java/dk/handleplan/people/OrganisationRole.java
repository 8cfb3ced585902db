package dk.handleplan.people;

/** The roles a person holds in an offer or department, with the Danish label plans use. */
public enum OrganisationRole {
    AFTALEHOLDER("Aftaleholder"),
    AFDELINGSLEDER("Afdelingsleder"),
    MEDARBEJDER("Medarbejder"),
    AMR("AMR"),
    TR("TR"),
    TOVHOLDER("Tovholder"),
    KONSULENT("Konsulent"),
    JURIST("Jurist"),
    ANDEN("Anden");

    private final String danish;

    OrganisationRole(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }
}
