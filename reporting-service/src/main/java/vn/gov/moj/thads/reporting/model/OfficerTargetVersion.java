package vn.gov.moj.thads.reporting.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One version of an officer's four targets for a month (domain.md §6: every version is kept with who set it and when),
 * as {@link TargetVersion} keeps a unit's. Versions count from 1; the latest is the one in force (and in
 * {@link OfficerTarget}, with its number). Written once, never changed (a database trigger refuses it).
 */
@Entity
@Table(name = "officer_target_version")
public class OfficerTargetVersion extends TargetSetting {

    @Embeddable
    public record Key(@Column(name = "month") LocalDate month, @Column(name = "officer_id") UUID officerId,
                      @Column(name = "version") int version) implements Serializable {
    }

    @EmbeddedId private Key key;
    @Column(name = "agency_code", nullable = false, updatable = false) private String agencyCode;

    protected OfficerTargetVersion() {
    }

    /** The version {@code target} has just been set to. */
    static OfficerTargetVersion of(OfficerTarget target) {
        OfficerTargetVersion v = new OfficerTargetVersion();
        v.key = new Key(target.month(), target.officerId(), target.version());
        v.agencyCode = target.agencyCode();
        v.setRates(target.rates(), target.setBy());
        return v;
    }

    public static List<OfficerTargetVersion> history(LocalDate month, UUID officerId) {
        return list("key.month = ?1 and key.officerId = ?2 order by key.version", month.withDayOfMonth(1), officerId);
    }

    public LocalDate month() { return key.month(); }
    public UUID officerId() { return key.officerId(); }
    public int version() { return key.version(); }
    public String agencyCode() { return agencyCode; }
}
