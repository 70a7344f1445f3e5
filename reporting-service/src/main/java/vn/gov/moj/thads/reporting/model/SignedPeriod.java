package vn.gov.moj.thads.reporting.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.gov.moj.thads.platform.domain.RuleViolation;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.platform.security.Role;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A closed reporting period (issue 17): the counted figures of a unit for a work year as of a
 * date, signed by the head who closed it, with the versions of their inputs. It is written once
 * and never changed (no setter, no update endpoint, and a database trigger refuses an UPDATE or
 * DELETE); {@link #intact()} recomputes its digest, so a row altered behind the service's back shows.
 */
@Entity
@Table(name = "signed_period")
public class SignedPeriod extends PanacheEntityBase {

    /** Who signed, in which capacity, and what the figures were made from. */
    public record Signature(String closedBy, String role, long eventsApplied, Integer targetVersion) {
    }

    private static final java.security.SecureRandom SALTS = new java.security.SecureRandom();

    @Id private UUID id;
    @Column(name = "org_unit_code", nullable = false, updatable = false) private String orgUnitCode;
    @Column(name = "org_unit_name", nullable = false, updatable = false) private String orgUnitName;
    @Column(name = "work_year", nullable = false, updatable = false) private int workYear;
    @Column(name = "as_of", nullable = false, updatable = false) private LocalDate asOf;
    @Column(name = "closed_by", nullable = false, updatable = false) private String closedBy;
    @Column(name = "closed_by_role", nullable = false, updatable = false) private String closedByRole;
    @Column(name = "closed_at", nullable = false, updatable = false) private OffsetDateTime closedAt;
    @Column(name = "figures", nullable = false, updatable = false) private BigInteger[] figures;
    @Column(name = "included_units", nullable = false, updatable = false) private String includedUnits;
    @Column(name = "events_applied", nullable = false, updatable = false) private long eventsApplied;
    @Column(name = "target_version", updatable = false) private Integer targetVersion;
    @Column(name = "digest", nullable = false, updatable = false) private String digest;
    /** The complaint statistics from the work year's start to the as-of date, as JSON; null for periods closed before they were signed. */
    @Column(name = "complaints", updatable = false) private String complaints;
    /**
     * Random, in the digest with the complaint statistics and never shown: readers not told the repeat count see the
     * digest and every other input of it, and could otherwise hash each candidate count until one matched.
     */
    @Column(name = "complaints_salt", updatable = false) private String complaintsSalt;

    protected SignedPeriod() {
    }

    /**
     * Closes the period: its as-of date must have passed or be today ({@code today}, the business
     * date), and the unit must not have closed it already ({@code alreadyClosed}: 409).
     */
    public static SignedPeriod close(String orgUnitCode, String orgUnitName, int workYear, LocalDate asOf, LocalDate today,
                                     List<String> includedUnits, BigInteger[] figures, String complaints, Signature signature,
                                     SignedPeriod alreadyClosed) {
        requireClosable(orgUnitCode, workYear, asOf, today, alreadyClosed);
        if (figures.length != CountedFigures.SIZE) {
            throw new IllegalArgumentException("figures must hold " + CountedFigures.SIZE + " counted figures");
        }
        SignedPeriod p = new SignedPeriod();
        p.id = UUID.randomUUID();
        p.orgUnitCode = orgUnitCode;
        p.orgUnitName = orgUnitName;
        p.workYear = workYear;
        p.asOf = asOf;
        p.closedBy = signature.closedBy();
        p.closedByRole = signature.role();
        // audit instant (the server's clock), to the microsecond PostgreSQL keeps, so the digest reads back the same
        p.closedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        p.figures = figures.clone();
        p.includedUnits = String.join(",", includedUnits);
        p.eventsApplied = signature.eventsApplied();
        p.targetVersion = signature.targetVersion();
        p.complaints = complaints;
        if (complaints != null) {
            byte[] salt = new byte[16];
            SALTS.nextBytes(salt);
            p.complaintsSalt = HexFormat.of().formatHex(salt);
        }
        p.digest = p.computeDigest();
        return p;
    }

    /**
     * Whether the period can be closed now: its as-of date has passed or is today ({@code today}, the business date), and
     * the unit has not closed it already ({@code alreadyClosed}: 409).
     */
    public static void requireClosable(String orgUnitCode, int workYear, LocalDate asOf, LocalDate today, SignedPeriod alreadyClosed) {
        if (asOf.isAfter(today)) {
            throw RuleViolation.rule("period-not-ended", "A period can be closed on its as-of date or later; "
                    + asOf + " is after today, " + today).with("asOf", asOf).with("today", today);
        }
        if (alreadyClosed != null) {
            throw RuleViolation.state("period-already-closed", "The period of " + orgUnitCode + " for work year " + workYear
                    + " as of " + asOf + " was closed by " + alreadyClosed.closedBy + " at " + alreadyClosed.closedAt
                    + "; a signed period is never closed again (its later changes are in the late-entry report)")
                    .with("periodId", alreadyClosed.id);
        }
    }

    /**
     * A head (of an office or a province) signs the periods of the current work year and of the {@code pastWorkYears}
     * before it; an older year's are signed by the ministry alone. Each signed period is a permanent row of open data
     * and holds the view while it is taken, so a head reaching back over the years would fill both at will.
     */
    public static void requireSignableBy(String role, int workYear, LocalDate today, int pastWorkYears) {
        int current = CaseTimeline.workYearOf(today);
        if (!Role.MINISTRY.equals(role) && workYear < current - pastWorkYears) {
            throw RuleViolation.rule("period-too-old", "Periods of work year " + workYear + " are closed by the ministry only:"
                    + " a head closes those of the current work year, " + current + ", and of the " + pastWorkYears + " before it")
                    .with("workYear", workYear).with("currentWorkYear", current);
        }
    }

    /**
     * A head or a province signs the statistics periods, which run from 1 October to the last day of a month (the monthly
     * reports of TT 05/2024/TT-BTP, as of TT 06/2019/TT-BTP before it; the year's ends on 30 September); the ministry signs
     * any date. Each close holds the view alone and leaves a permanent row: any day of the year was a head's to sign.
     */
    public static void requireMonthEndUnlessMinistry(String role, LocalDate asOf) {
        LocalDate monthEnd = asOf.withDayOfMonth(asOf.lengthOfMonth());
        if (!Role.MINISTRY.equals(role) && !asOf.equals(monthEnd)) {
            throw RuleViolation.rule("period-not-month-end", "A head or a province closes the statistics periods, which end on a"
                    + " month's last day: " + asOf + " is not one; " + monthEnd + " is").with("asOf", asOf).with("monthEnd", monthEnd);
        }
    }

    /** SHA-256 over everything signed, in a fixed order (the complaint statistics last, with their salt, when signed: older rows keep their digest). */
    private String computeDigest() {
        String content = String.join("|", id.toString(), orgUnitCode, orgUnitName, Integer.toString(workYear), asOf.toString(),
                closedBy, closedByRole, closedAt.toInstant().toString(),
                Arrays.stream(figures).map(BigInteger::toString).collect(Collectors.joining(",")),
                includedUnits, Long.toString(eventsApplied), String.valueOf(targetVersion));
        return sha256(complaints == null ? content : content + "|" + complaintsSalt + "|" + complaints);
    }

    /** The SHA-256 of a text (UTF-8), in hexadecimal. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the stored row still holds what was signed. */
    public boolean intact() {
        return digest.equals(computeDigest());
    }

    /** The agencies whose records the signed figures hold: the whole country for VN. */
    public AgencyScope scope() {
        return "VN".equals(orgUnitCode) ? AgencyScope.national() : new AgencyScope(false, Set.copyOf(includedUnits()));
    }

    /** Whether a change of the figures on {@code day} is inside this period: from the work year's start to the as-of date. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(CaseTimeline.yearStart(workYear)) && !day.isAfter(asOf);
    }

    public static SignedPeriod find(String orgUnitCode, int workYear, LocalDate asOf) {
        return find("orgUnitCode = ?1 and workYear = ?2 and asOf = ?3", orgUnitCode, workYear, asOf).firstResult();
    }

    /** The closed periods whose figures a change dated from {@code from} on can alter (as-of dates on or after it). */
    public static List<SignedPeriod> reachedFrom(LocalDate from) {
        return list("asOf >= ?1", from);
    }

    public UUID id() { return id; }
    public String orgUnitCode() { return orgUnitCode; }
    public String orgUnitName() { return orgUnitName; }
    public int workYear() { return workYear; }
    public LocalDate asOf() { return asOf; }
    public String closedBy() { return closedBy; }
    public String closedByRole() { return closedByRole; }
    public OffsetDateTime closedAt() { return closedAt; }
    public BigInteger[] figures() { return figures.clone(); }
    public List<String> includedUnits() { return includedUnits.isEmpty() ? List.of() : List.of(includedUnits.split(",")); }
    public long eventsApplied() { return eventsApplied; }
    public Integer targetVersion() { return targetVersion; }
    public String digest() { return digest; }
    public String complaints() { return complaints; }
    String complaintsSalt() { return complaintsSalt; }
}
