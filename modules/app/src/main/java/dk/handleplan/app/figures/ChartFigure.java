package dk.handleplan.app.figures;

import dk.handleplan.monitoring.KeyFiguresView;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The key figures that have a quarterly chart and a comparison column, with their Danish names,
 * unit and decimals, and how to read each from a period's figures. The two sick-leave methods are
 * separate figures, never one chart: they are not comparable.
 */
public enum ChartFigure {
    TURNOVER("personalegennemstroemning", "Personalegennemstrømning", "Personalegennemstrømning", "%", 1, " %",
            KeyFiguresView.Period::turnoverPercent),
    SICK_LEAVE_TILBUDSPORTALEN("sygefravaer-tilbudsportalen",
            "Sygefravær, Tilbudsportalen-metoden (kalenderdage inkl. barsel pr. årsværk)",
            "Sygefravær, Tilbudsportalen-metoden", "dage pr. årsværk", 0, " dage",
            p -> p.sickLeaveTilbudsportalenDays() == null ? null : p.sickLeaveTilbudsportalenDays().doubleValue()),
    SICK_LEAVE_MUNICIPAL("sygefravaer-kommunal",
            "Sygefravær, kommunal benchmark (arbejdsdage pr. fuldtidsansat, ekskl. barsel)",
            "Sygefravær, kommunal benchmark", "arbejdsdage pr. fuldtidsansat", 1, " dage",
            KeyFiguresView.Period::sickLeaveMunicipalDaysPerFte),
    TEMP_SHARE("vikarandel", "Vikartimer, andel af alle timer", "Vikarandel", "%", 1, " %",
            KeyFiguresView.Period::tempSharePercent);

    private final String slug;
    private final String title;
    private final String shortName;
    private final String axis;
    private final int decimals;
    private final String unit;
    private final Function<KeyFiguresView.Period, Double> value;

    ChartFigure(String slug, String title, String shortName, String axis, int decimals, String unit,
            Function<KeyFiguresView.Period, Double> value) {
        this.slug = slug;
        this.title = title;
        this.shortName = shortName;
        this.axis = axis;
        this.decimals = decimals;
        this.unit = unit;
        this.value = value;
    }

    /** The figure's name in addresses ({@code .../graf/personalegennemstroemning.svg}). */
    public String slug() {
        return slug;
    }

    /** The chart's title, naming the method where there are two. */
    public String title() {
        return title;
    }

    /** The comparison column's heading. */
    public String shortName() {
        return shortName;
    }

    public String axis() {
        return axis;
    }

    public int decimals() {
        return decimals;
    }

    public String unit() {
        return unit;
    }

    /** The figure of one period; null when it cannot be computed (no figures, no staff). */
    public Double of(KeyFiguresView.Period period) {
        return period == null ? null : value.apply(period);
    }

    /** All figures here are better when lower (turnover, sick leave, temp share). */
    public boolean lowerIsBetter() {
        return true;
    }

    public static Optional<ChartFigure> bySlug(String slug) {
        return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst();
    }
}
