package dk.handleplan.coercion;

/** Which law a case falls under: adults (Serviceloven) or children and young people (voksenansvarsloven). */
public enum RuleSet {
    ADULT("Voksne (serviceloven)"),
    CHILD("Børn og unge (voksenansvarsloven)");

    private final String danish;

    RuleSet(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }
}
