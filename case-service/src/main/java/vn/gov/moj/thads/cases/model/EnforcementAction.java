package vn.gov.moj.thads.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** An enforcement action taken on a case: persuasion, seizure, valuation, auction, handover, coercion. */
@Entity
@Table(name = "case_action")
public class EnforcementAction extends CaseRecord {

    @Enumerated(EnumType.STRING) @Column(nullable = false) private ActionType type;
    @Column(name = "action_date", nullable = false) private LocalDate date;

    private String note;

    @Enumerated(EnumType.STRING) @Column(name = "auction_result") private AuctionResult auctionResult;

    protected EnforcementAction() {
    }

    EnforcementAction(EnforcementCase enforcementCase, ActionType type, LocalDate date, String note,
                      AuctionResult auctionResult, String recordedBy) {
        super(enforcementCase, recordedBy);
        this.type = type;
        this.date = date;
        this.note = note;
        this.auctionResult = auctionResult;
    }

    public ActionType type() {
        return type;
    }

    public LocalDate date() {
        return date;
    }

    public AuctionResult auctionResult() {
        return auctionResult;
    }
}
