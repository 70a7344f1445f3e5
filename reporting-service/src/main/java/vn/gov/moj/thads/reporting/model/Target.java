package vn.gov.moj.thads.reporting.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;

/** The four targets (04 chỉ tiêu) of an org unit for a work year, in percent. */
@Entity
@Table(name = "target")
public class Target extends TargetSetting {

    @Embeddable
    public record Key(@Column(name = "work_year") int workYear, @Column(name = "org_unit_code") String orgUnitCode)
            implements Serializable {
    }

    @EmbeddedId private Key key;

    protected Target() {
    }

    public Target(int workYear, String orgUnitCode) {
        this.key = new Key(workYear, orgUnitCode);
    }

    public void set(TargetRates rates, String setBy) {
        setRates(rates, setBy);
    }

    public static List<Target> ofYear(int workYear) {
        return list("key.workYear = ?1 order by key.orgUnitCode", workYear);
    }

    public int workYear() { return key.workYear(); }
    public String orgUnitCode() { return key.orgUnitCode(); }
}
