package dk.handleplan.app.figures;

import dk.handleplan.monitoring.Figure;
import dk.handleplan.monitoring.KeyFiguresView;
import java.util.Arrays;
import java.util.Optional;

/**
 * The key figures that have a quarterly chart and a comparison column, with their Danish names,
 * unit and decimals, and how to read each from a period's figures. The two sick-leave methods are
 * separate figures, never one chart: they are not comparable.
 */
public enum ChartFigure {
    TURNOVER(Figure.TURNOVER, "personalegennemstroemning", "Personalegennemstrømning", "Personalegennemstrømning",
            "%", 1, " %"),
    SICK_LEAVE_TILBUDSPORTALEN(Figure.SICK_LEAVE_TILBUDSPORTALEN, "sygefravaer-tilbudsportalen",
            "Sygefravær, Tilbudsportalen-metoden (kalenderdage inkl. barsel pr. årsværk)",
            "Sygefravær, Tilbudsportalen-metoden", "dage pr. årsværk", 0, " dage"),
    SICK_LEAVE_MUNICIPAL(Figure.SICK_LEAVE_MUNICIPAL, "sygefravaer-kommunal",
            "Sygefravær, kommunal benchmark (arbejdsdage pr. fuldtidsansat, ekskl. barsel)",
            "Sygefravær, kommunal benchmark", "arbejdsdage pr. fuldtidsansat", 1, " dage"),
    TEMP_SHARE(Figure.TEMP_SHARE, "vikarandel", "Vikartimer, andel af alle timer", "Vikarandel", "%", 1, " %");

    private final Figure figure;
    private final String slug;
    private final String title;
    private final String shortName;
    private final String axis;
    private final int decimals;
    private final String unit;

    ChartFigure(Figure figure, String slug, String title, String shortName, String axis, int decimals, String unit) {
        this.figure = figure;
        this.slug = slug;
        this.title = title;
        this.shortName = shortName;
        this.axis = axis;
        this.decimals = decimals;
        this.unit = unit;
    }

    /** The monitoring figure drawn. */
    public Figure figure() {
        return figure;
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
        return figure.of(period);
    }

    public boolean lowerIsBetter() {
        return figure.lowerIsBetter();
    }

    public static ChartFigure of(Figure figure) {
        return Arrays.stream(values()).filter(f -> f.figure == figure).findFirst().orElseThrow();
    }

    public static Optional<ChartFigure> bySlug(String slug) {
        return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst();
    }
}
