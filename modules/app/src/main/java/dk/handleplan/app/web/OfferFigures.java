package dk.handleplan.app.web;

import dk.handleplan.app.persistence.GenerationCache;
import dk.handleplan.monitoring.FigureSeries;
import dk.handleplan.monitoring.KeyFiguresView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * An offer's quarterly report ("Nøgletal" of the offer: key figures, eight quarters of trend, the
 * charts' tables and each figure against its target), built once per change of the data: reading the
 * trend of every department took some twenty SQL statements per view, and the charts (SVG) of the
 * page asked for the same trend again. The same for everyone who may read the offer (checked before).
 */
@ApplicationScoped
public class OfferFigures {

    /** What the page shows of an offer for a quarter; {@code trend} also draws its charts. */
    public record Report(KeyFiguresView keyFigures, List<KeyFiguresView> trend,
            List<MonitoringPages.ChartBlock> charts, List<FigureSeries> statuses) {
    }

    private record Key(long offerId, String quarter, boolean internalMovesCounted) {
    }

    /** A report is a few KB: 512 hold every offer of a large municipality for a couple of quarters. */
    private final GenerationCache<Key, Report> cache = new GenerationCache<>(512);

    @Inject
    Clock clock;

    Report of(long offerId, String quarter, boolean internalMovesCounted, Supplier<Report> build) {
        return cache.get(new Key(offerId, quarter, internalMovesCounted), LocalDate.now(clock), build);
    }
}
