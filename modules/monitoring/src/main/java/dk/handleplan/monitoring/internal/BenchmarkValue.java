package dk.handleplan.monitoring.internal;

import dk.handleplan.kernel.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A benchmark's value for a quarter ("2024-Q3") or a whole year ("2024"); one per benchmark and period. */
@Entity
@Table(name = "mon_benchmark_value")
public class BenchmarkValue extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "mon_benchmark_value_seq", sequenceName = "mon_benchmark_value_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mon_benchmark_value_seq")
    private Long id;

    @Column(name = "benchmark_id", nullable = false, updatable = false)
    private long benchmarkId;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(name = "figure_value", nullable = false)
    private double value;

    protected BenchmarkValue() {
    }

    public BenchmarkValue(long benchmarkId, String period) {
        this.benchmarkId = benchmarkId;
        this.period = period;
    }

    public void setValue(double value) {
        this.value = value;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Benchmark value";
    }

    public long getBenchmarkId() {
        return benchmarkId;
    }

    public String getPeriod() {
        return period;
    }

    public double getValue() {
        return value;
    }
}
