package vn.gov.moj.thads.cases.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An enforcement officer (Chấp hành viên) of one agency. */
@Entity
@Table(name = "officer", uniqueConstraints = @jakarta.persistence.UniqueConstraint(name = "officer_subject_agency",
        columnNames = {"subject", "agency_code"}))
public class Officer extends PanacheEntityBase {

    @Id private UUID id;
    @Column(name = "agency_code", nullable = false) private String agencyCode;

    /** The officer's login: the subject of their bearer token (of this agency's staff: another agency may use it too). */
    @Column(nullable = false) private String subject;
    @Column(name = "full_name", nullable = false) private String fullName;
    @Column(nullable = false) private boolean active;
    @Column(name = "created_at", nullable = false) private OffsetDateTime createdAt;
    @Column(name = "deactivated_at") private OffsetDateTime deactivatedAt;
    @Version private long version;

    protected Officer() {
    }

    public Officer(String agencyCode, String subject, String fullName) {
        this.id = UUID.randomUUID();
        this.agencyCode = agencyCode;
        this.subject = subject.strip();
        this.fullName = vn.gov.moj.thads.platform.text.VietnameseText.visible(fullName).strip();
        this.active = true;
        this.createdAt = OffsetDateTime.now();
    }

    /** Whether one of {@code agencies} (an agency's line: the units merged into one last successor) has a record for the login. */
    public static boolean existsIn(String subject, java.util.Collection<String> agencies) {
        return count("subject = ?1 and agencyCode in ?2", subject, agencies) > 0;
    }

    public void deactivate() {
        if (!active) {
            throw RuleViolation.state("officer-inactive", "The officer is already deactivated");
        }
        active = false;
        deactivatedAt = OffsetDateTime.now();
    }

    /** Back at work (a deactivation by mistake, or a return from leave); their cases were never unassigned. */
    public void reactivate() {
        if (active) {
            throw RuleViolation.state("officer-active", "The officer is already active");
        }
        active = true;
        deactivatedAt = null;
    }

    public UUID id() {
        return id;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String subject() {
        return subject;
    }

    public String fullName() {
        return fullName;
    }

    public boolean active() {
        return active;
    }

    public OffsetDateTime deactivatedAt() {
        return deactivatedAt;
    }

    public long version() {
        return version;
    }
}
