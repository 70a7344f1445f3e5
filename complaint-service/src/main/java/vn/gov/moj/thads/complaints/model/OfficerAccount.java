package vn.gov.moj.thads.complaints.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An officer's account (the subject of their token), kept from the case service's CaseAssigned events: what a petition
 * about the officer records, so that they never see who wrote it nor handle or withdraw it.
 */
@Entity
@Table(name = "officer_account")
public class OfficerAccount extends PanacheEntityBase {

    @Id @Column(name = "officer_id") private UUID officerId;
    @Column(nullable = false) private String subject;
    /** The agency of the case the officer was last assigned. */
    @Column(name = "agency_code", nullable = false) private String agencyCode;
    /** When the event this comes from happened: an older event never overwrites a newer one. */
    @Column(name = "as_of", nullable = false) private OffsetDateTime asOf;

    protected OfficerAccount() {
    }

    public OfficerAccount(UUID officerId) {
        this.officerId = officerId;
    }

    public boolean apply(String subject, String agencyCode, OffsetDateTime asOf) {
        if (this.asOf != null && asOf.isBefore(this.asOf)) {
            return false;
        }
        this.subject = subject;
        this.agencyCode = agencyCode;
        this.asOf = asOf;
        return true;
    }

    /**
     * The account a petition about this officer records: theirs, when the desk names none or names theirs. Another is
     * refused without saying which is theirs (nor is the desk shown the account filled in: ComplaintView).
     */
    public String accountFor(String named) {
        if (named != null && !named.equals(subject)) {
            throw RuleViolation.rule("officer-account-mismatch", "The account given is not the account of officer " + officerId)
                    .with("field", "subject.officerSubject");
        }
        return subject;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public UUID officerId() {
        return officerId;
    }

    public String subject() {
        return subject;
    }
}
