package vn.gov.moj.thads.reporting.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
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
    @Column(name = "case_rate", nullable = false)
    private BigDecimal caseRate;
    @Column(name = "money_rate", nullable = false)
    private BigDecimal moneyRate;
    @Column(name = "carried_over_case_reduction", nullable = false)
    private BigDecimal carriedOverCaseReduction;
    @Column(name = "carried_over_money_reduction", nullable = false)
    private BigDecimal carriedOverMoneyReduction;
    @Column(name = "set_by", nullable = false)
    private String setBy;
    @Column(name = "set_at", nullable = false)
    private OffsetDateTime setAt;

    protected Target() {
    }

    public Target(int workYear, String orgUnitCode) {
        this.key = new Key(workYear, orgUnitCode);
    }

    public void set(BigDecimal caseRate, BigDecimal moneyRate, BigDecimal caseReduction, BigDecimal moneyReduction, String setBy) {
        this.caseRate = caseRate;
        this.moneyRate = moneyRate;
        this.carriedOverCaseReduction = caseReduction;
        this.carriedOverMoneyReduction = moneyReduction;
        this.setBy = setBy;
        this.setAt = OffsetDateTime.now();
    }

    public static List<Target> ofYear(int workYear) {
        return list("key.workYear = ?1 order by key.orgUnitCode", workYear);
    }

    public int workYear() { return key.workYear(); }
    public String orgUnitCode() { return key.orgUnitCode(); }
    public BigDecimal caseRate() { return caseRate; }
    public BigDecimal moneyRate() { return moneyRate; }
    public BigDecimal carriedOverCaseReduction() { return carriedOverCaseReduction; }
    public BigDecimal carriedOverMoneyReduction() { return carriedOverMoneyReduction; }
    public String setBy() { return setBy; }
    public OffsetDateTime setAt() { return setAt; }
}
