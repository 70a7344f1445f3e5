package vn.gov.moj.thads.reporting.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** The four targets (04 chỉ tiêu) of an org unit for a work year, in percent. */
@Entity
@Table(name = "target")
public class Target extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "work_year") int workYear, @Column(name = "org_unit_code") String orgUnitCode)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Embedded
    private TargetRates rates;
    @Column(name = "set_by", nullable = false)
    private String setBy;
    @Column(name = "set_at", nullable = false)
    private OffsetDateTime setAt;

    protected Target() {
    }

    public Target(int workYear, String orgUnitCode) {
        this.key = new Key(workYear, orgUnitCode);
    }

    public void set(TargetRates rates, String setBy) {
        this.rates = rates;
        this.setBy = setBy;
        this.setAt = OffsetDateTime.now();
    }

    public static List<Target> ofYear(int workYear) {
        return list("key.workYear = ?1 order by key.orgUnitCode", workYear);
    }

    public int workYear() { return key.workYear(); }
    public String orgUnitCode() { return key.orgUnitCode(); }
    public TargetRates rates() { return rates; }
    public String setBy() { return setBy; }
    public OffsetDateTime setAt() { return setAt; }
}
