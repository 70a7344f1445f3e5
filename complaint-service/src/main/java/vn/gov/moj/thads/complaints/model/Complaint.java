package vn.gov.moj.thads.complaints.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A petition (đơn thư): a complaint, a denunciation or a petition, from receipt to resolution
 * (domain.md §4). Jurisdiction and due dates are derived when it is received; every transition
 * checks the current status.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends PanacheEntityBase {

    /**
     * What the receiving desk records. {@code subjectOfficerSubject} is the account (token subject) of
     * the officer the petition is about, so that they never see who denounced them nor handle or
     * withdraw it; {@code firstDecisionReceivedOn} the day the complainant received the first
     * decision (a second complaint's filing limit runs from it).
     */
    public record Receipt(ComplaintType type, Channel channel, LocalDate receivedOn, String filedAtAgencyCode,
                          String complainantName, String complainantIdNumber, String complainantPhone,
                          String complainantAddress, UUID caseId, SubjectKind subjectKind, String subjectAgencyCode,
                          UUID subjectOfficerId, String subjectOfficerSubject, Phase phase, LocalDate actDate, int round,
                          UUID previousComplaintId, LocalDate firstDecisionReceivedOn, String content) {

        /** The same receipt about the officer {@code officerId} whose account is {@code account} (either may be null). */
        public Receipt aboutOfficer(UUID officerId, String account) {
            return new Receipt(type, channel, receivedOn, filedAtAgencyCode, complainantName, complainantIdNumber, complainantPhone,
                    complainantAddress, caseId, subjectKind, subjectAgencyCode, officerId, account, phase, actDate, round,
                    previousComplaintId, firstDecisionReceivedOn, content);
        }

        /** The same receipt about the case {@code caseId}. */
        public Receipt ofCase(UUID caseId) {
            return new Receipt(type, channel, receivedOn, filedAtAgencyCode, complainantName, complainantIdNumber, complainantPhone,
                    complainantAddress, caseId, subjectKind, subjectAgencyCode, subjectOfficerId, subjectOfficerSubject, phase, actDate,
                    round, previousComplaintId, firstDecisionReceivedOn, content);
        }
    }

    /** What the rules derive from the receipt ({@code subjectAgencyCode}: given, or the case's). */
    public record Assessment(String trackingCode, String subjectAgencyCode, String competentAgencyCode, Jurisdiction jurisdiction,
                             boolean lateFiling, LocalDate acceptBy, LocalDate resolveBy, UUID repeatOf) {
    }

    @Id private UUID id;
    @Column(name = "tracking_code", nullable = false, unique = true) private String trackingCode;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private ComplaintType type;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private Channel channel;
    @Column(name = "received_on", nullable = false) private LocalDate receivedOn;
    @Column(name = "filed_at_agency", nullable = false) private String filedAtAgencyCode;
    @Column(name = "complainant_name", nullable = false) private String complainantName;
    @Column(name = "complainant_id_number") private String complainantIdNumber;
    @Column(name = "complainant_phone") private String complainantPhone;
    @Column(name = "complainant_address") private String complainantAddress;
    /** Who complains, for repeat detection: the ID number, or the name without diacritics. */
    @Column(name = "complainant_key", nullable = false) private String complainantKey;
    @Column(name = "case_id") private UUID caseId;
    @Enumerated(EnumType.STRING) @Column(name = "subject_kind") private SubjectKind subjectKind;
    @Column(name = "subject_agency") private String subjectAgencyCode;
    @Column(name = "subject_officer_id") private UUID subjectOfficerId;
    @Column(name = "subject_officer_subject") private String subjectOfficerSubject;
    @Enumerated(EnumType.STRING) private Phase phase;
    @Column(name = "act_date") private LocalDate actDate;
    @Column(nullable = false) private int round;
    @Column(name = "previous_complaint_id") private UUID previousComplaintId;
    @Column(name = "first_decision_received_on") private LocalDate firstDecisionReceivedOn;
    @Column(nullable = false) private String content;
    @Column(name = "competent_agency", nullable = false) private String competentAgencyCode;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private Jurisdiction jurisdiction;
    @Column(name = "late_filing", nullable = false) private boolean lateFiling;
    @Column(name = "accept_by", nullable = false) private LocalDate acceptBy;
    @Column(name = "resolve_by", nullable = false) private LocalDate resolveBy;
    @Column(name = "repeat_of") private UUID repeatOf;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private ComplaintStatus status;
    @Column(name = "accepted_on") private LocalDate acceptedOn;
    @Column(name = "transferred_to") private String transferredTo;
    @Column(name = "transferred_on") private LocalDate transferredOn;
    /** When the competent agency received it: the receipt, or the arrival of the transfer. The acceptance clock starts here. */
    @Column(name = "competent_received_on", nullable = false) private LocalDate competentReceivedOn;
    @Column(name = "arrival_recorded", nullable = false) private boolean arrivalRecorded;
    @Column(nullable = false) private int extensions;
    @Column(name = "last_extended_on") private LocalDate lastExtendedOn;
    @Enumerated(EnumType.STRING) private Complexity complexity;
    /** The accounts of the staff the competent agency's head assigned to handle it. */
    @Column(nullable = false) private String[] handlers = new String[0];
    @Column(name = "resolved_on") private LocalDate resolvedOn;
    @Enumerated(EnumType.STRING) private Decision decision;
    @Column(name = "decision_number") private String decisionNumber;
    @Column(name = "decision_date") private LocalDate decisionDate;
    private String summary;
    @Column(name = "withdrawn_on") private LocalDate withdrawnOn;
    @Column(nullable = false) private boolean overdue;
    @Column(name = "created_at", nullable = false) private OffsetDateTime createdAt;
    @Version private long version;

    protected Complaint() {
    }

    public static Complaint receive(Receipt r, String complainantKey, Assessment a) {
        Complaint c = new Complaint();
        c.id = UUID.randomUUID();
        c.trackingCode = a.trackingCode();
        c.type = r.type();
        c.channel = r.channel();
        c.receivedOn = r.receivedOn();
        c.filedAtAgencyCode = r.filedAtAgencyCode();
        c.complainantName = vn.gov.moj.thads.platform.text.VietnameseText.visible(r.complainantName());
        c.complainantIdNumber = r.complainantIdNumber();
        c.complainantPhone = r.complainantPhone();
        c.complainantAddress = r.complainantAddress() == null ? null : vn.gov.moj.thads.platform.text.VietnameseText.visible(r.complainantAddress());
        c.complainantKey = complainantKey;
        c.caseId = r.caseId();
        c.subjectKind = r.subjectKind();
        c.subjectAgencyCode = a.subjectAgencyCode();
        c.subjectOfficerId = r.subjectOfficerId();
        c.subjectOfficerSubject = r.subjectOfficerSubject();
        c.phase = r.phase();
        c.actDate = r.actDate();
        c.round = r.round();
        c.previousComplaintId = r.previousComplaintId();
        c.firstDecisionReceivedOn = r.firstDecisionReceivedOn();
        c.competentReceivedOn = r.receivedOn();
        c.content = r.content();
        c.competentAgencyCode = a.competentAgencyCode();
        c.jurisdiction = a.jurisdiction();
        c.lateFiling = a.lateFiling();
        c.acceptBy = a.acceptBy();
        c.resolveBy = a.resolveBy();
        c.repeatOf = a.repeatOf();
        c.status = ComplaintStatus.RECEIVED;
        c.createdAt = OffsetDateTime.now();
        return c;
    }

    /** Thụ lý by the competent agency, directly or after a transfer; the resolution clock starts. */
    public void accept(LocalDate acceptedOn, LocalDate resolveBy, LocalDate today) {
        requireStatus("accepted", EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.TRANSFERRED));
        checkDate("acceptedOn", acceptedOn, today);
        this.acceptedOn = acceptedOn;
        this.resolveBy = resolveBy;
        this.status = ComplaintStatus.ACCEPTED;
        this.overdue = false;
    }

    /** Transfer before it is received elsewhere: the filing desk checks it may do so. */
    public void requireTransferable(LocalDate transferredOn, LocalDate today) {
        requireStatus("transferred", EnumSet.of(ComplaintStatus.RECEIVED));
        if (jurisdiction == Jurisdiction.WITHIN) {
            throw RuleViolation.rule("already-competent",
                    "Agency " + filedAtAgencyCode + " is competent for this petition: accept it instead");
        }
        checkDate("transferredOn", transferredOn, today);
    }

    /**
     * Sent to the competent agency's inbox (to {@code toAgencyCode}: the competent agency, or the
     * unit holding its records when it has closed since the receipt), which receives it that day:
     * the acceptance clock starts again from there ({@code acceptBy}).
     */
    public void transfer(String toAgencyCode, LocalDate transferredOn, LocalDate acceptBy, LocalDate resolveBy, LocalDate today) {
        requireTransferable(transferredOn, today);
        this.transferredTo = toAgencyCode;
        this.competentAgencyCode = toAgencyCode;
        this.transferredOn = transferredOn;
        this.competentReceivedOn = transferredOn;
        this.acceptBy = acceptBy;
        this.resolveBy = resolveBy;
        this.status = ComplaintStatus.TRANSFERRED;
        this.overdue = false;
    }

    /** The competent agency records that a transferred petition reached it later than the day it was sent. */
    public void receiveTransfer(LocalDate receivedOn, LocalDate acceptBy, LocalDate resolveBy, LocalDate today) {
        requireStatus("received by the competent agency", EnumSet.of(ComplaintStatus.TRANSFERRED));
        checkDate("receivedOn", receivedOn, today);
        if (receivedOn.isBefore(transferredOn)) {
            throw RuleViolation.date("receivedOn", "must not be before the transfer (" + transferredOn + ")");
        }
        if (arrivalRecorded) {
            // it arrived once: recorded again, each arrival would start the acceptance clock again, and no petition would be late
            throw RuleViolation.state("transfer-arrival-recorded", "The arrival of this petition at " + competentAgencyCode
                    + " was recorded as " + competentReceivedOn + "; it is recorded once").with("competentReceivedOn", competentReceivedOn);
        }
        this.arrivalRecorded = true;
        this.competentReceivedOn = receivedOn;
        this.acceptBy = acceptBy;
        this.resolveBy = resolveBy;
        this.overdue = false;
    }

    /** The rules decide how many extensions {@code complexity} allows and the new last day. */
    public void requireExtendable(int allowed, Complexity complexity) {
        requireStatus("extended", EnumSet.of(ComplaintStatus.ACCEPTED));
        if (type != ComplaintType.DENUNCIATION) {
            throw RuleViolation.rule("not-extendable", "Only a denunciation's time limit can be extended");
        }
        if (extensions >= allowed) {
            throw RuleViolation.state("extension-limit", "A " + complexity + " denunciation can be extended "
                            + allowed + " time(s), and this one already was " + extensions + " time(s)")
                    .with("extensions", extensions).with("allowed", allowed).with("complexity", complexity.name());
        }
    }

    /** An extension decided on {@code decidedOn}: within the limit it extends (one decided after it would hide the lateness). */
    public void extend(int allowed, Complexity complexity, LocalDate decidedOn, LocalDate newResolveBy, LocalDate today) {
        requireExtendable(allowed, complexity);
        checkDate("decidedOn", decidedOn, today);
        if (decidedOn.isBefore(acceptedOn)) {
            throw RuleViolation.date("decidedOn", "must not be before the acceptance (" + acceptedOn + ")");
        }
        if (lastExtendedOn != null && decidedOn.isBefore(lastExtendedOn)) {
            throw RuleViolation.date("decidedOn", "must not be before " + lastExtendedOn);
        }
        if (decidedOn.isAfter(resolveBy)) {
            throw RuleViolation.date("decidedOn", "must not be after the limit it extends, " + resolveBy).with("resolveBy", resolveBy);
        }
        this.lastExtendedOn = decidedOn;
        this.extensions++;
        this.complexity = complexity;
        this.resolveBy = newResolveBy;
        this.overdue = false;
    }

    /**
     * The staff the head assigns to handle it; never the officer it is about, nor (for a petition about an officer of a
     * case) an officer who has held the case ({@code caseHolders}).
     */
    public void assignHandlers(Collection<String> subjects, Collection<String> caseHolders) {
        requireStatus("assigned", ComplaintStatus.OPEN);
        if (subjectOfficerSubject != null && subjects.contains(subjectOfficerSubject)) {
            throw RuleViolation.rule("handler-is-subject",
                    "The officer the petition is about cannot handle it").with("field", "handlers");
        }
        if (caseHolders.stream().anyMatch(subjects::contains)) {
            throw RuleViolation.rule("handler-holds-the-case",
                    "The officer holding the case the petition is about cannot handle it").with("field", "handlers");
        }
        this.handlers = subjects.stream().distinct().sorted().toArray(String[]::new);
    }

    public void resolve(Decision decision, String decisionNumber, LocalDate decisionDate, String summary, LocalDate today) {
        requireStatus("resolved", EnumSet.of(ComplaintStatus.ACCEPTED));
        checkDate("decisionDate", decisionDate, today);
        if (decisionDate.isBefore(acceptedOn)) {
            throw RuleViolation.date("decisionDate", "must not be before the acceptance (" + acceptedOn + ")");
        }
        this.decision = decision;
        this.decisionNumber = vn.gov.moj.thads.platform.text.VietnameseText.visible(decisionNumber);
        this.decisionDate = decisionDate;
        this.resolvedOn = decisionDate;
        this.summary = summary;
        this.status = ComplaintStatus.RESOLVED;
        this.overdue = false;
    }

    public void withdraw(LocalDate withdrawnOn, LocalDate today) {
        requireStatus("withdrawn", EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.ACCEPTED, ComplaintStatus.TRANSFERRED));
        checkDate("withdrawnOn", withdrawnOn, today);
        this.withdrawnOn = withdrawnOn;
        this.status = ComplaintStatus.WITHDRAWN;
        this.overdue = false;
    }

    /** The date the open petition is due: acceptance while waiting for it, then resolution. */
    public LocalDate dueOn() {
        return switch (status) {
            case RECEIVED, TRANSFERRED -> acceptBy;
            case ACCEPTED -> resolveBy;
            default -> null;
        };
    }

    public boolean isPastDue(LocalDate today) {
        LocalDate due = dueOn();
        return due != null && today.isAfter(due);
    }

    public boolean resolvedOnTime() {
        return resolvedOn != null && !resolvedOn.isAfter(resolveBy);
    }

    /** Returns true when the petition has just become overdue. */
    public boolean markOverdue(boolean nowOverdue) {
        boolean becameOverdue = nowOverdue && !overdue;
        this.overdue = nowOverdue;
        return becameOverdue;
    }

    private void requireStatus(String verb, Set<ComplaintStatus> allowed) {
        if (!allowed.contains(status)) {
            throw RuleViolation.state("illegal-transition", "A petition in status " + status + " cannot be " + verb)
                    .with("currentStatus", status.name());
        }
    }

    private void checkDate(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw RuleViolation.date(field, "must not be in the future");
        }
        if (date.isBefore(receivedOn)) {
            throw RuleViolation.date(field, "must not be before the receipt (" + receivedOn + ")");
        }
    }


    public UUID id() { return id; }
    public String trackingCode() { return trackingCode; }
    public ComplaintType type() { return type; }
    public Channel channel() { return channel; }
    public LocalDate receivedOn() { return receivedOn; }
    public String filedAtAgencyCode() { return filedAtAgencyCode; }
    public String complainantName() { return complainantName; }
    public String complainantIdNumber() { return complainantIdNumber; }
    public String complainantPhone() { return complainantPhone; }
    public String complainantAddress() { return complainantAddress; }
    public UUID caseId() { return caseId; }
    public SubjectKind subjectKind() { return subjectKind; }
    public String subjectAgencyCode() { return subjectAgencyCode; }
    public UUID subjectOfficerId() { return subjectOfficerId; }
    public String subjectOfficerSubject() { return subjectOfficerSubject; }
    public LocalDate firstDecisionReceivedOn() { return firstDecisionReceivedOn; }
    public LocalDate competentReceivedOn() { return competentReceivedOn; }
    public int extensions() { return extensions; }
    public Complexity complexity() { return complexity; }
    public List<String> handlers() { return List.of(handlers); }
    public Phase phase() { return phase; }
    public LocalDate actDate() { return actDate; }
    public int round() { return round; }
    public UUID previousComplaintId() { return previousComplaintId; }
    public String content() { return content; }
    public String competentAgencyCode() { return competentAgencyCode; }
    public Jurisdiction jurisdiction() { return jurisdiction; }
    public boolean lateFiling() { return lateFiling; }
    public LocalDate acceptBy() { return acceptBy; }
    public LocalDate resolveBy() { return resolveBy; }
    public UUID repeatOf() { return repeatOf; }
    /** The same petitioner wrote before about the same matter (which petition that was is told only to those who see them). */
    public boolean repeat() { return repeatOf != null; }
    public ComplaintStatus status() { return status; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public String transferredTo() { return transferredTo; }
    public LocalDate transferredOn() { return transferredOn; }
    public boolean extended() { return extensions > 0; }
    public LocalDate resolvedOn() { return resolvedOn; }
    public Decision decision() { return decision; }
    public String decisionNumber() { return decisionNumber; }
    public LocalDate decisionDate() { return decisionDate; }
    public String summary() { return summary; }
    public LocalDate withdrawnOn() { return withdrawnOn; }
    public boolean overdue() { return overdue; }
    public long version() { return version; }
}
