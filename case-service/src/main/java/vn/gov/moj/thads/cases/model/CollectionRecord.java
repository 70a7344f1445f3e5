package vn.gov.moj.thads.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Money collected for a case (thu tiền), with the receipt it was recorded on. */
@Entity
@Table(name = "case_collection")
public class CollectionRecord extends CaseRecord {

    @Column(name = "agency_code", nullable = false) private String agencyCode;
    @Column(nullable = false) private long amount;
    @Column(name = "collected_on", nullable = false) private LocalDate collectedOn;
    @Column(name = "receipt_number", nullable = false) private String receiptNumber;

    protected CollectionRecord() {
    }

    CollectionRecord(EnforcementCase enforcementCase, long amount, LocalDate collectedOn, String receiptNumber, String recordedBy) {
        super(enforcementCase, recordedBy);
        this.agencyCode = enforcementCase.agencyCode();
        this.amount = amount;
        this.collectedOn = collectedOn;
        this.receiptNumber = receiptNumber.strip();
    }

    public static boolean receiptExists(String agencyCode, String receiptNumber) {
        // as CaseRepository.existsDecision: one row at most, from a query whose translation is cached
        return !getEntityManager().createQuery("select 1 from CollectionRecord r where r.agencyCode = ?1 and r.receiptNumber = ?2",
                        Integer.class)
                .setParameter(1, agencyCode).setParameter(2, receiptNumber.strip()).setMaxResults(1).getResultList().isEmpty();
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
