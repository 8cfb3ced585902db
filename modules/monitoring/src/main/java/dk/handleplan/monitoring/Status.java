package dk.handleplan.monitoring;

/**
 * How a figure stands against a target or a benchmark: at or better than it, worse by at most 10 %
 * of it, or worse than that.
 */
public enum Status {
    BETTER("Bedre end eller lig med"), WITHIN_10_PERCENT("Højst 10 % dårligere end"), WORSE("Dårligere end");

    private final String danish;

    Status(String danish) {
        this.danish = danish;
    }

    /** The start of the status in words, completed by what it is measured against ("målet", a benchmark's name). */
    public String danish() {
        return danish;
    }

    /** The status in words against a target ("Bedre end eller lig med målet"). */
    public String againstTarget() {
        return danish + " målet";
    }

    /**
     * @param lowerIsBetter true for turnover, sick leave and temp share
     */
    public static Status of(double value, double reference, boolean lowerIsBetter) {
        double worseBy = lowerIsBetter ? value - reference : reference - value;
        if (worseBy <= 0) {
            return BETTER;
        }
        return worseBy <= Math.abs(reference) * 0.10 ? WITHIN_10_PERCENT : WORSE;
    }
}
