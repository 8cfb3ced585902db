package dk.handleplan.app.web;

import dk.handleplan.app.persistence.GenerationCache;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.OfferView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The offers that are not archived, with their departments, kept until the data changes: the
 * overview, the plan list and the monitoring and coercion pages each start from all of them, and
 * reading 100 offers and 500 departments was a third of the overview's CPU (profile of 2026-12-06).
 * Every caller filters the list by what the caller may see.
 */
@ApplicationScoped
public class ActiveOffers {

    private final GenerationCache<Boolean, List<OfferView>> cache = new GenerationCache<>(1);

    @Inject
    OfferService offers;
    @Inject
    Clock clock;

    public List<OfferView> list() {
        return cache.get(Boolean.FALSE, LocalDate.now(clock), () -> offers.list(false));
    }
}
