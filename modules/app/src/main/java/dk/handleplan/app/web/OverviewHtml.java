package dk.handleplan.app.web;

import dk.handleplan.app.persistence.GenerationCache;
import dk.handleplan.audit.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The offers of the aftaleholder's overview (oversigt-tilbud.html), rendered once per change of the
 * data: counting the progress of every plan of 100 offers and writing some 280 KB of HTML cost about a
 * third of a second. Kept per set of offers shown and per newest audit entry of each (the "last
 * changed" line reads the audit trail, which does not move the data generation).
 */
@ApplicationScoped
public class OverviewHtml {

    private record Key(Set<Long> offers, Map<Long, Long> newestAuditEntries) {
    }

    private final GenerationCache<Key, String> cache = new GenerationCache<>(16);

    @Inject
    Pages pages;

    String of(Set<Long> offers, Map<Long, AuditEntry> lastChanges, LocalDate today,
            Supplier<List<SitePages.OfferProgress>> progress) {
        Map<Long, Long> newest = new HashMap<>();
        lastChanges.forEach((offer, entry) -> newest.put(offer, entry.id()));
        return cache.get(new Key(Set.copyOf(offers), Map.copyOf(newest)), today,
                () -> pages.fragment("oversigt-tilbud", "tilbud", Map.of("offers", progress.get())));
    }
}
