package vn.gov.moj.thads.reporting.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;

/**
 * One version of an org unit's four targets for a work year (issue 17, item 3): targets change
 * during a year, and each version is kept with who set it, when, why, and whether it is
 * provisional. Versions count from 1; the latest is the one in force (and in {@link Target}).
 * Written once, never changed (a database trigger refuses it).
 */
@Entity
@Table(name = "target_version")
public class TargetVersion extends TargetSetting {

    @Embeddable
    public record Key(@Column(name = "work_year") int workYear, @Column(name = "org_unit_code") String orgUnitCode,
                      @Column(name = "version") int version) implements Serializable {
    }

    @EmbeddedId private Key key;
    @Column(name = "provisional", nullable = false, updatable = false) private boolean provisional;
    @Column(name = "reason", updatable = false) private String reason;

    protected TargetVersion() {
    }

    /** The version after {@code previous} (null: the first), as {@code setBy} sets it. */
    public static TargetVersion next(int workYear, String orgUnitCode, TargetVersion previous, TargetRates rates, boolean provisional,
                                     String reason, String setBy) {
        TargetVersion v = new TargetVersion();
        v.key = new Key(workYear, orgUnitCode, previous == null ? 1 : previous.version() + 1);
        v.provisional = provisional;
        v.reason = reason == null || reason.isBlank() ? null : reason.strip();
        v.setRates(rates, setBy);
        return v;
    }

    /** The version in force: the latest; null when the unit has no targets for the year. */
    public static TargetVersion latest(int workYear, String orgUnitCode) {
        return find("key.workYear = ?1 and key.orgUnitCode = ?2 order by key.version desc", workYear, orgUnitCode).firstResult();
    }

    public static TargetVersion of(int workYear, String orgUnitCode, int version) {
        return findById(new Key(workYear, orgUnitCode, version));
    }

    public static List<TargetVersion> history(int workYear, String orgUnitCode) {
        return list("key.workYear = ?1 and key.orgUnitCode = ?2 order by key.version", workYear, orgUnitCode);
    }

    public int workYear() { return key.workYear(); }
    public String orgUnitCode() { return key.orgUnitCode(); }
    public int version() { return key.version(); }
    public boolean provisional() { return provisional; }
    public String reason() { return reason; }
}
