package vn.gov.moj.thads.platform.probe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the stand-in aggregate as an entity: written at commit, by Hibernate's flush, as the services' entities are. */
@Entity
@Table(name = "probe")
public class ProbeRow {

    @Id private String id;
    @Column(nullable = false) private String label;

    protected ProbeRow() {
    }

    public ProbeRow(String id, String label) {
        this.id = id;
        this.label = label;
    }
}
