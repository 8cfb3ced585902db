package dk.handleplan.kernel;

/** The documented maximum lengths of the texts users type. Migrations size their columns to match. */
public final class TextLimits {

    /** Names and titles: offers, departments, persons, plans. */
    public static final int NAME = 200;
    /** Short codes and references, e.g. an indicator reference "9b". */
    public static final int CODE = 40;
    /** Free text: subjects, goals, activities, documentation, notes. */
    public static final int TEXT = 4000;

    private TextLimits() {
    }
}
