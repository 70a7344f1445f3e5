package vn.gov.moj.thads.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.gov.moj.thads.platform.text.VietnameseText;

import java.time.LocalDate;

/** The court judgment (bản án, quyết định) a case enforces. */
@Embeddable
public class SourceJudgment {

    @Column(name = "court_code", nullable = false) private String courtCode;
    @Column(name = "court_name", nullable = false) private String courtName;
    @Column(name = "judgment_number", nullable = false) private String number;
    @Column(name = "judgment_effective_date", nullable = false) private LocalDate effectiveDate;

    protected SourceJudgment() {
    }

    /** The court's code and the judgment's number as compared: what only looks different is taken out (VietnameseText.visible). */
    public SourceJudgment(String courtCode, String courtName, String number, LocalDate effectiveDate) {
        this.courtCode = VietnameseText.visible(courtCode);
        this.courtName = VietnameseText.visible(courtName);
        this.number = VietnameseText.visible(number);
        this.effectiveDate = effectiveDate;
    }

    public String courtCode() {
        return courtCode;
    }

    public String courtName() {
        return courtName;
    }

    public String number() {
        return number;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    /** The same judgment: its court, number and effective date (the court's name is as typed). */
    public boolean sameAs(SourceJudgment other) {
        return courtCode.equals(other.courtCode) && number.equals(other.number) && effectiveDate.equals(other.effectiveDate);
    }
}
