package dk.handleplan.people.internal;

import dk.handleplan.kernel.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "ppl_department")
public class Department extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "ppl_department_seq", sequenceName = "ppl_department_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ppl_department_seq")
    private Long id;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(nullable = false)
    private String name;

    protected Department() {
    }

    public Department(long offerId, String name) {
        this.offerId = offerId;
        rename(name);
    }

    public final void rename(String name) {
        this.name = name.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Department";
    }

    public long getOfferId() {
        return offerId;
    }

    public String getName() {
        return name;
    }
}
