package vn.gov.moj.thads.reporting.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;

/** What every target row holds besides its key: the rates, and who set them when. */
@MappedSuperclass
public abstract class TargetSetting extends PanacheEntityBase {

    @Embedded private TargetRates rates;
    @Column(name = "set_by", nullable = false) private String setBy;
    @Column(name = "set_at", nullable = false) private OffsetDateTime setAt;

    protected void setRates(TargetRates rates, String setBy) {
        this.rates = rates;
        this.setBy = setBy;
        this.setAt = OffsetDateTime.now();
    }

    public TargetRates rates() { return rates; }
    public String setBy() { return setBy; }
    public OffsetDateTime setAt() { return setAt; }
}
