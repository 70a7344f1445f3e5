package vn.gov.moj.thads.complaints.rest;

import vn.gov.moj.thads.complaints.model.Channel;
import vn.gov.moj.thads.complaints.model.Complaint;
import vn.gov.moj.thads.complaints.model.ComplaintStatus;
import vn.gov.moj.thads.complaints.model.ComplaintType;
import vn.gov.moj.thads.complaints.model.Decision;
import vn.gov.moj.thads.complaints.model.Jurisdiction;

import java.time.LocalDate;
import java.util.UUID;

/** A petition as staff see it. */
public record ComplaintView(UUID id, String trackingCode, ComplaintType type, Channel channel, LocalDate receivedOn,
                            String filedAtAgencyCode, ComplaintRequests.Complainant complainant, UUID caseId,
                            ComplaintRequests.Subject subject, int round, UUID previousComplaintId, String content,
                            ComplaintStatus status, String competentAgencyCode, Jurisdiction jurisdiction, boolean lateFiling,
                            LocalDate acceptBy, LocalDate resolveBy, UUID repeatOf, boolean overdue, LocalDate acceptedOn,
                            String transferredToAgencyCode, boolean extended, Decision decision, String decisionNumber,
                            LocalDate decisionDate, String summary, LocalDate withdrawnOn, long version) {

    static ComplaintView of(Complaint c) {
        return new ComplaintView(c.id(), c.trackingCode(), c.type(), c.channel(), c.receivedOn(), c.filedAtAgencyCode(),
                new ComplaintRequests.Complainant(c.complainantName(), c.complainantIdNumber(), c.complainantPhone(), c.complainantAddress()),
                c.caseId(), new ComplaintRequests.Subject(c.subjectKind(), c.subjectAgencyCode(), c.subjectOfficerId(), c.phase(), c.actDate()),
                c.round(), c.previousComplaintId(), c.content(), c.status(), c.competentAgencyCode(), c.jurisdiction(),
                c.lateFiling(), c.acceptBy(), c.resolveBy(), c.repeatOf(), c.overdue(), c.acceptedOn(), c.transferredTo(),
                c.extended(), c.decision(), c.decisionNumber(), c.decisionDate(), c.summary(), c.withdrawnOn(), c.version());
    }
}
