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
@Table(name = "ppl_offer")
public class Offer extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "ppl_offer_seq", sequenceName = "ppl_offer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ppl_offer_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    private String municipality;

    protected Offer() {
    }

    public Offer(String name, String municipality) {
        rename(name, municipality);
    }

    public final void rename(String name, String municipality) {
        this.name = name.strip();
        this.municipality = municipality == null || municipality.isBlank() ? null : municipality.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Offer";
    }

    public String getName() {
        return name;
    }

    public String getMunicipality() {
        return municipality;
    }
}
