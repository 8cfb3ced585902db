package dk.handleplan.app.web;

import dk.handleplan.app.persistence.DataGeneration;
import dk.handleplan.app.persistence.GenerationCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The offers of the aftaleholder's overview (oversigt-tilbud.html), rendered once per change of the
 * data: counting the progress of every plan of 100 offers and writing some 280 KB of HTML cost about a
 * third of a second. Kept per set of offers shown and per generation of the audit trail (the "last
 * changed" line reads the trail, which does not move the data generation), so an unchanged overview
 * costs no query of the trail either.
 */
@ApplicationScoped
public class OverviewHtml {

    private record Key(Set<Long> offers, long auditTrailGeneration) {
    }

    private final GenerationCache<Key, byte[]> cache = new GenerationCache<>(16);

    @Inject
    Pages pages;

    /** {@code progress} reads the plans and the audit trail: only when the cache has no result. */
    byte[] of(Set<Long> offers, LocalDate today, Supplier<List<SitePages.OfferProgress>> progress) {
        // Read before the build: a trail written during it leaves this result behind.
        Key key = new Key(Set.copyOf(offers), DataGeneration.auditTrail());
        return cache.get(key, today,
                () -> pages.fragment("oversigt-tilbud", "tilbud", Map.of("offers", progress.get())).getBytes(StandardCharsets.UTF_8));
    }
}
