package vn.gov.moj.thads.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Money collected for a case (thu tiền), with the receipt it was recorded on. */
@Entity
@Table(name = "case_collection")
public class CollectionRecord extends CaseRecord {

    /** The unit whose receipt book numbers it: the case's holder on the day collected (35.01's cases are 37.02's from July 2025). */
    @Column(name = "agency_code", nullable = false) private String agencyCode;
    @Column(nullable = false) private long amount;
    @Column(name = "collected_on", nullable = false) private LocalDate collectedOn;
    @Column(name = "receipt_number", nullable = false) private String receiptNumber;

    protected CollectionRecord() {
    }

    CollectionRecord(EnforcementCase enforcementCase, String issuer, long amount, LocalDate collectedOn, String receiptNumber, String recordedBy) {
        super(enforcementCase, recordedBy);
        this.agencyCode = issuer;
        this.amount = amount;
        this.collectedOn = collectedOn;
        this.receiptNumber = receiptNumber.strip();
    }

    /** Whether the agency recorded the receipt number in that calendar year (V14: numbering starts again each year). */
    public static boolean receiptExists(String agencyCode, String receiptNumber, int year) {
        // as CaseRepository.existsDecision: one row at most, through the unique index, native SQL translated once
        return !getEntityManager().createNativeQuery("select 1 from case_collection where agency_code = ?1 and collected_year = ?2"
                        + " and receipt_number = ?3 limit 1")
                .setParameter(1, agencyCode).setParameter(2, year).setParameter(3, receiptNumber.strip())
                .getResultList().isEmpty();
    }

    public long amount() {
        return amount;
    }

    public LocalDate collectedOn() {
        return collectedOn;
    }

    public String receiptNumber() {
        return receiptNumber;
    }
}
