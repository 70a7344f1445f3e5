package vn.gov.moj.thads.cases.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An enforcement action taken on a case: persuasion, seizure, valuation, auction, handover, coercion. */
@Entity
@Table(name = "case_action")
public class EnforcementAction extends PanacheEntityBase {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private EnforcementCase enforcementCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionType type;

    @Column(name = "action_date", nullable = false)
    private LocalDate date;

    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "auction_result")
    private AuctionResult auctionResult;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected EnforcementAction() {
    }

    EnforcementAction(EnforcementCase enforcementCase, ActionType type, LocalDate date, String note,
                      AuctionResult auctionResult, String recordedBy) {
        this.id = UUID.randomUUID();
        this.enforcementCase = enforcementCase;
        this.type = type;
        this.date = date;
        this.note = note;
        this.auctionResult = auctionResult;
        this.recordedBy = recordedBy;
        this.recordedAt = OffsetDateTime.now();
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
