package dk.handleplan.monitoring;

import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.monitoring.internal.Benchmark;
import dk.handleplan.monitoring.internal.BenchmarkValue;
import dk.handleplan.people.OfferService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmarks: comparison series (e.g. the municipality's average) with a value per quarter or year.
 * Those for all offers (offerId null) are the administrators'; an offer's own are its leaders' (the
 * web layer's rule). Nothing is deleted: benchmarks and values are archived.
 */
@ApplicationScoped
@Transactional
public class BenchmarkService {

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    OfferService offers;

    /** The benchmarks for all offers, and (offerId given) the offer's own. */
    public List<BenchmarkView> list(Long offerId, boolean archived) {
        if (offerId != null) {
            offers.get(offerId);
        }
        List<Benchmark> found = em.createQuery("select b from Benchmark b where (b.offerId is null or b.offerId = :offer)"
                + " and b.archived = :archived order by b.offerId, b.id", Benchmark.class)
                .setParameter("offer", offerId == null ? -1L : offerId).setParameter("archived", archived).getResultList();
        return views(found);
    }

    /** The benchmarks (with their values) that the offers see: two queries whatever their number. */
    public List<BenchmarkView> forOffers(Collection<Long> offerIds) {
        List<Long> ids = offerIds.isEmpty() ? List.of(-1L) : List.copyOf(offerIds);
        return views(em.createQuery("select b from Benchmark b where b.offerId is null or b.offerId in :offers",
                Benchmark.class).setParameter("offers", ids).getResultList());
    }

    public BenchmarkView get(long id) {
        return views(List.of(entity(id))).get(0);
    }

    public BenchmarkView create(Long offerId, @NotNull @Valid BenchmarkInput input) {
        if (offerId != null) {
            offers.requireActiveOffer(offerId);
        }
        Benchmark benchmark = new Benchmark(offerId);
        benchmark.record(input, Figure.parse(input.figure(), "figure"));
        em.persist(benchmark);
        em.flush();
        return get(benchmark.getId());
    }

    public BenchmarkView update(long id, @NotNull @Valid BenchmarkInput input) {
        Benchmark benchmark = entity(id);
        benchmark.checkVersion(input.version());
        benchmark.checkActive();
        Figure figure = Figure.parse(input.figure(), "figure");
        if (figure != benchmark.getFigure()) {
            throw ValidationException.of("figure", "the figure of a benchmark cannot change (" + benchmark.getFigure()
                    + "); add a new benchmark for " + figure);
        }
        benchmark.record(input, figure);
        em.flush();
        return get(id);
    }

    public BenchmarkView archive(long id) {
        entity(id).archive();
        em.flush();
        return get(id);
    }

    public BenchmarkView restore(long id) {
        entity(id).restore();
        em.flush();
        return get(id);
    }

    /**
     * Sets the benchmark's value for a quarter or a year: a new value needs no version, a stored one
     * (also an archived one, which this restores) the version read.
     */
    public BenchmarkView putValue(long id, String periodText, @NotNull @Valid BenchmarkValueInput input) {
        Benchmark benchmark = entity(id);
        benchmark.checkActive();
        String period = BenchmarkPeriod.parse(periodText, "period").toString();
        List<BenchmarkValue> existing = storedValue(id, period);
        BenchmarkValue value;
        if (existing.isEmpty()) {
            value = new BenchmarkValue(id, period);
            value.setValue(input.value());
            em.persist(value);
        } else {
            value = existing.get(0);
            value.checkVersion(input.version());
            value.setValue(input.value());
            value.restore();
        }
        em.flush();
        return get(id);
    }

    /** Archives the benchmark's value for the period: it no longer counts, but is kept. */
    public BenchmarkView archiveValue(long id, String periodText) {
        entity(id);
        String period = BenchmarkPeriod.parse(periodText, "period").toString();
        List<BenchmarkValue> existing = storedValue(id, period);
        if (existing.isEmpty()) {
            throw new dk.handleplan.kernel.NotFoundException("Benchmark value", id + "/" + period);
        }
        existing.get(0).archive();
        em.flush();
        return get(id);
    }

    private List<BenchmarkValue> storedValue(long id, String period) {
        return em.createQuery("select v from BenchmarkValue v where v.benchmarkId = :id"
                + " and v.period = :period", BenchmarkValue.class).setParameter("id", id).setParameter("period", period)
                .getResultList();
    }

    private List<BenchmarkView> views(List<Benchmark> benchmarks) {
        Map<Long, List<BenchmarkView.Value>> values = new HashMap<>();
        if (!benchmarks.isEmpty()) {
            em.createQuery("select v from BenchmarkValue v where v.benchmarkId in :ids order by v.period",
                    BenchmarkValue.class).setParameter("ids", benchmarks.stream().map(Benchmark::getId).toList())
                    .getResultList().forEach(v -> values.computeIfAbsent(v.getBenchmarkId(), k -> new ArrayList<>())
                            .add(new BenchmarkView.Value(v.getId(), v.getPeriod(), v.getValue(), v.getVersion(),
                                    v.isArchived())));
        }
        return benchmarks.stream().map(b -> new BenchmarkView(b.getId(), b.getOfferId(), b.getFigure(),
                b.getFigure().danish(), b.getName(), b.getSource(), b.getMethod(),
                values.getOrDefault(b.getId(), List.of()), b.getVersion(), b.isArchived())).toList();
    }

    private Benchmark entity(long id) {
        return Lookup.require(em, Benchmark.class, id, "Benchmark");
    }
}
