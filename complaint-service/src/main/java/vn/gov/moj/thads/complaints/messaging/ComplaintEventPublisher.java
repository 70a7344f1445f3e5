package vn.gov.moj.thads.complaints.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gov.moj.thads.complaints.model.Complaint;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.outbox.Outbox;

/** Writes complaint events to the outbox, in the transaction of the change. No personal data. */
@ApplicationScoped
public class ComplaintEventPublisher {

    @Inject Outbox outbox;

    /** {@code event} is one of the {@link ComplaintEvents} records; its simple name is the event type. */
    public void publish(Complaint c, ComplaintEvents.ComplaintEvent event) {
        outbox.publish(Topics.COMPLAINT_EVENTS, ComplaintEvents.SOURCE, ComplaintEvents.SCHEMA_VERSION, event,
                c.id().toString(), c.competentAgencyCode(), OrgUnits.provinceOf(c.competentAgencyCode()));
    }

    /** Whether the petition is a repeat, never which petition it repeats: that link is the petitioner's (ComplaintFacts). */
    public static ComplaintEvents.ComplaintFacts facts(Complaint c) {
        return new ComplaintEvents.ComplaintFacts(c.id(), c.type().name(), c.channel().name(), c.receivedOn(),
                c.filedAtAgencyCode(), c.competentAgencyCode(), c.jurisdiction().name(), c.status().name(), c.caseId(),
                c.subjectKind() == null ? null : c.subjectKind().name(), c.phase() == null ? null : c.phase().name(),
                c.round(), c.repeat(), c.acceptBy(), c.resolveBy(), c.competentReceivedOn(), c.firstDecisionReceivedOn(),
                c.extensions());
    }
}
