package vn.gov.moj.thads.cases.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A judgment a court system pushed for enforcement. PENDING until an agency opens a case for it,
 * then ACCEPTED. The submitted parties and obligations are kept as the court sent them.
 */
@Entity
@Table(name = "court_judgment")
public class CourtJudgment extends PanacheEntityBase {

    @Id private UUID id;
    @Embedded
    @AttributeOverride(name = "effectiveDate", column = @Column(name = "effective_date", nullable = false))
    private SourceJudgment judgment;
    @Column(name = "agency_code", nullable = false) private String agencyCode;
    @Column(name = "province_code", nullable = false) private String provinceCode;
    @Column(name = "money_amount", nullable = false) private long moneyAmount;

    /** The submission as JSON (parties, obligations): what the court sent, verbatim. */
    @Column(nullable = false) private String content;

    /** SHA-256 of {@link #content}: a resend with the same content is the same submission. */
    @Column(name = "content_hash", nullable = false) private String contentHash;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private CourtJudgmentStatus status;
    @Column(name = "received_at", nullable = false) private OffsetDateTime receivedAt;
    @Column(name = "submitted_by", nullable = false) private String submittedBy;
    @Column(name = "case_id") private UUID caseId;
    @Version private long version;

    protected CourtJudgment() {
    }

    public CourtJudgment(SourceJudgment judgment, String agencyCode, String provinceCode, long moneyAmount, String content,
                         String submittedBy) {
        vn.gov.moj.thads.platform.money.Money.requireWithinLimit("moneyAmount", moneyAmount);
        this.id = UUID.randomUUID();
        this.judgment = judgment;
        this.agencyCode = agencyCode;
        this.provinceCode = provinceCode;
        this.moneyAmount = moneyAmount;
        this.content = content;
        this.contentHash = sha256(content);
        this.status = CourtJudgmentStatus.PENDING;
        this.receivedAt = OffsetDateTime.now();
        this.submittedBy = submittedBy;
    }

    public static Optional<CourtJudgment> findByCourtAndNumber(String courtCode, String number) {
        return find("judgment.courtCode = ?1 and judgment.number = ?2", courtCode, number).firstResultOptional();
    }

    /**
     * An agency opened a case for this judgment. One judgment commonly gives several enforcement
     * decisions (per debtor or per obligation), each a case: the first makes it ACCEPTED and is kept
     * as {@code caseId}; the others are found by {@link #caseIds}.
     */
    public void accept(UUID caseId) {
        if (status == CourtJudgmentStatus.PENDING) {
            this.status = CourtJudgmentStatus.ACCEPTED;
            this.caseId = caseId;
        }
    }

    /** The cases opened from this judgment, in the order they were opened. */
    public java.util.List<UUID> caseIds() {
        return getEntityManager().createQuery("select c.id from EnforcementCase c where c.courtJudgmentId = ?1"
                + " order by c.createdAt, c.id", UUID.class).setParameter(1, id).getResultList();
    }

    /** The same judgment sent again: the same content, to the byte of its JSON. */
    public boolean sameContentAs(CourtJudgment other) {
        return contentHash.equals(other.contentHash);
    }

    /** Whether an officer works on a case that enforces this judgment. */
    public boolean enforcedByCaseOf(OfficerLogin officer) {
        Map<String, Object> params = new HashMap<>();
        params.put("judgment", id);
        return caseId != null && count("from EnforcementCase c where c.courtJudgmentId = :judgment and " + officer.heldBy("c.officer", params),
                params) > 0;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public UUID id() {
        return id;
    }

    /** The court, number and effective date, as a case opened from it carries them. */
    public SourceJudgment judgment() {
        return judgment;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public long moneyAmount() {
        return moneyAmount;
    }

    public String content() {
        return content;
    }

    public CourtJudgmentStatus status() {
        return status;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public UUID caseId() {
        return caseId;
    }
}
