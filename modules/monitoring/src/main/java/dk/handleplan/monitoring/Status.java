package dk.handleplan.monitoring;

/**
 * How a figure stands against its target or benchmark: at or better than it, worse by at most 10 %
 * of it, or worse than that.
 */
public enum Status {
    BETTER("Bedre end eller lig med målet"), WITHIN_10_PERCENT("Højst 10 % fra målet"), WORSE("Dårligere end målet");

    private final String danish;

    Status(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
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
