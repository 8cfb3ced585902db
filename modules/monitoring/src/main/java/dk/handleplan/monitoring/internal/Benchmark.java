package dk.handleplan.monitoring.internal;

import dk.handleplan.kernel.TrackedEntity;
import dk.handleplan.monitoring.BenchmarkInput;
import dk.handleplan.monitoring.Figure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A comparison series for one figure, for one offer or (offerId null) for all. */
@Entity
@Table(name = "mon_benchmark")
public class Benchmark extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "mon_benchmark_seq", sequenceName = "mon_benchmark_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mon_benchmark_seq")
    private Long id;

    @Column(name = "offer_id", updatable = false)
    private Long offerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Figure figure;

    @Column(nullable = false)
    private String name;

    private String source;

    private String method;

    protected Benchmark() {
    }

    public Benchmark(Long offerId) {
        this.offerId = offerId;
    }

    public void record(BenchmarkInput input, Figure figure) {
        this.figure = figure;
        this.name = input.name().strip();
        this.source = blankToNull(input.source());
        this.method = blankToNull(input.method());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Benchmark";
    }

    public Long getOfferId() {
        return offerId;
    }

    public Figure getFigure() {
        return figure;
    }

    public String getName() {
        return name;
    }

    public String getSource() {
        return source;
    }

    public String getMethod() {
        return method;
    }
}
