package vn.gov.moj.thads.complaints.rest;

import vn.gov.moj.thads.complaints.model.Channel;
import vn.gov.moj.thads.complaints.model.Complaint;
import vn.gov.moj.thads.complaints.model.ComplaintStatus;
import vn.gov.moj.thads.complaints.model.ComplaintType;
import vn.gov.moj.thads.complaints.model.Complexity;
import vn.gov.moj.thads.complaints.model.Decision;
import vn.gov.moj.thads.complaints.model.Jurisdiction;
import vn.gov.moj.thads.complaints.service.ComplaintAccess.Disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A petition as staff see it. {@code complainant} holds what the reader may see of the petitioner, and
 * {@code content}, what the petitioner wrote, only those who see all of them read it: a letter commonly begins with
 * who wrote it ("Tôi là …, CCCD số …"), so it would name a denouncer to the person denounced
 * ({@code complainantWithheld} says that something was left out); {@code finalDecision}, whether
 * the decision on it is (or will be) final, so that no second complaint can follow; {@code repeatOf},
 * the earlier petition of the same petitioner, only to those who see the petitioner.
 */
public record ComplaintView(UUID id, String trackingCode, ComplaintType type, Channel channel, LocalDate receivedOn,
                            String filedAtAgencyCode, ComplaintRequests.Complainant complainant, boolean complainantWithheld,
                            UUID caseId, ComplaintRequests.Subject subject, int round, UUID previousComplaintId,
                            LocalDate firstDecisionReceivedOn, String content, ComplaintStatus status,
                            String competentAgencyCode, Jurisdiction jurisdiction, boolean lateFiling,
                            LocalDate competentReceivedOn, LocalDate acceptBy, LocalDate resolveBy, UUID repeatOf, boolean overdue,
                            LocalDate acceptedOn, String transferredToAgencyCode, LocalDate transferredOn, boolean extended,
                            int extensions, Complexity complexity, List<String> handlers, Decision decision,
                            String decisionNumber, LocalDate decisionDate, boolean finalDecision, String summary,
                            LocalDate withdrawnOn, long version) {

    /**
     * A petition in a list: at most the petitioner's name, never their ID number, phone, address, letter or decision's
     * summary, whoever reads it (a list is paged through by the hundred; the whole record is read one at a time).
     */
    static ComplaintView listed(Complaint c, Disclosure disclosure, boolean finalDecision, LocalDate today) {
        return of(c, disclosure == Disclosure.FULL ? Disclosure.NAME_ONLY : disclosure, finalDecision, false, today);
    }

    /**
     * {@code readsDecision}: whether the decision's summary, which names who wrote, is shown (ComplaintAccess.readsDecision);
     * {@code overdue} as of {@code today}, not as the nightly run last marked it (a petition entered late, or accepted or
     * moved past its new limit, read as not overdue until then).
     */
    static ComplaintView of(Complaint c, Disclosure disclosure, boolean finalDecision, boolean readsDecision, LocalDate today) {
        ComplaintRequests.Complainant complainant = switch (disclosure) {
            case FULL -> new ComplaintRequests.Complainant(c.complainantName(), c.complainantIdNumber(), c.complainantPhone(),
                    c.complainantAddress());
            case NAME_ONLY -> new ComplaintRequests.Complainant(c.complainantName(), null, null, null);
            case NONE -> new ComplaintRequests.Complainant(null, null, null, null);
        };
        boolean withheld = disclosure != Disclosure.FULL && (disclosure == Disclosure.NONE || c.complainantIdNumber() != null
                || c.complainantPhone() != null || c.complainantAddress() != null || c.content() != null
                || !readsDecision && c.summary() != null);
        return new ComplaintView(c.id(), c.trackingCode(), c.type(), c.channel(), c.receivedOn(), c.filedAtAgencyCode(),
                complainant, withheld, c.caseId(),
                new ComplaintRequests.Subject(c.subjectKind(), c.subjectAgencyCode(), c.subjectOfficerId(),
                        // the officer's account, which the service may have filled in: not for a desk to read off by officer id
                        disclosure == Disclosure.FULL ? c.subjectOfficerSubject() : null,
                        c.phase(), c.actDate()),
                c.round(), c.previousComplaintId(), c.firstDecisionReceivedOn(), disclosure == Disclosure.FULL ? c.content() : null, c.status(), c.competentAgencyCode(),
                c.jurisdiction(), c.lateFiling(), c.competentReceivedOn(), c.acceptBy(), c.resolveBy(),
                disclosure == Disclosure.FULL ? c.repeatOf() : null, c.isPastDue(today),
                c.acceptedOn(), c.transferredTo(), c.transferredOn(), c.extended(), c.extensions(), c.complexity(), c.handlers(),
                c.decision(), c.decisionNumber(), c.decisionDate(), finalDecision, readsDecision ? c.summary() : null,
                c.withdrawnOn(), c.version());
    }
}
