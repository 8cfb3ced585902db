package dk.handleplan.monitoring;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The key figures that can have a target and benchmarks: how to read each from a period's figures.
 * The two sick-leave methods are separate figures: they are not comparable, so a benchmark or a target
 * always names which one it is about.
 */
public enum Figure {
    TURNOVER("Personalegennemstrømning", "%", 1, KeyFiguresView.Period::turnoverPercent),
    SICK_LEAVE_TILBUDSPORTALEN("Sygefravær, Tilbudsportalen-metoden", "dage pr. årsværk", 0,
            p -> p.sickLeaveTilbudsportalenDays() == null ? null : p.sickLeaveTilbudsportalenDays().doubleValue()),
    SICK_LEAVE_MUNICIPAL("Sygefravær, kommunal benchmark", "arbejdsdage pr. fuldtidsansat", 1,
            KeyFiguresView.Period::sickLeaveMunicipalDaysPerFte),
    TEMP_SHARE("Vikarandel", "%", 1, KeyFiguresView.Period::tempSharePercent);

    private final String danish;
    private final String unit;
    private final int decimals;
    private final Function<KeyFiguresView.Period, Double> value;

    Figure(String danish, String unit, int decimals, Function<KeyFiguresView.Period, Double> value) {
        this.danish = danish;
        this.unit = unit;
        this.decimals = decimals;
        this.value = value;
    }

    public String danish() {
        return danish;
    }

    public String unit() {
        return unit;
    }

    /** The decimals it is shown with (Tilbudsportalen's sick-leave figure is a whole number). */
    public int decimals() {
        return decimals;
    }

    /** The figure of one period; null when it cannot be computed (no figures, no staff). */
    public Double of(KeyFiguresView.Period period) {
        return period == null ? null : value.apply(period);
    }

    /** Every figure here is better when lower (turnover, sick leave, temp share). */
    public boolean lowerIsBetter() {
        return true;
    }

    /** The figure named in a request, or a validation error on the field. */
    public static Figure parse(String text, String field) {
        return Arrays.stream(values()).filter(f -> f.name().equals(text)).findFirst()
                .orElseThrow(() -> dk.handleplan.kernel.ValidationException.of(field, "is not a figure (one of "
                        + Arrays.toString(values()) + "): " + text));
    }
}
