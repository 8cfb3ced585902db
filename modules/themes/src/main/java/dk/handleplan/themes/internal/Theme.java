package dk.handleplan.themes.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A theme of one catalogue version, e.g. "5 Organisation og ledelse"; reference data. */
@Entity
@Table(name = "thm_theme")
public class Theme {

    @Id
    private Long id;

    @Column(name = "catalogue_id", nullable = false)
    private long catalogueId;

    @Column(nullable = false)
    private String code;

    private Integer number;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(name = "in_quality_model", nullable = false)
    private boolean inQualityModel;

    protected Theme() {
    }

    public Long getId() {
        return id;
    }

    public long getCatalogueId() {
        return catalogueId;
    }

    public String getCode() {
        return code;
    }

    public Integer getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public boolean isInQualityModel() {
        return inQualityModel;
    }
}
