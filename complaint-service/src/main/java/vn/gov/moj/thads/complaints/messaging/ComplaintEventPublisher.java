package vn.gov.moj.thads.complaints.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gov.moj.thads.complaints.model.Complaint;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.outbox.Outbox;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Writes complaint events to the outbox, in the transaction of the change. No personal data. */
@ApplicationScoped
public class ComplaintEventPublisher {

    private final Outbox outbox;
    private final EventCodec codec;

    public ComplaintEventPublisher(Outbox outbox, EventCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    /** {@code event} is one of the {@link ComplaintEvents} records; its simple name is the event type. */
    public void publish(Complaint c, ComplaintEvents.ComplaintEvent event) {
        outbox.publish(Topics.COMPLAINT_EVENTS, EventEnvelope.of(ComplaintEvents.SOURCE, event.getClass().getSimpleName(),
                ComplaintEvents.SCHEMA_VERSION, c.id().toString(), c.competentAgencyCode(),
                OrgUnits.provinceOf(c.competentAgencyCode()), OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")),
                codec.tree(event)));
    }

    public static ComplaintEvents.ComplaintFacts facts(Complaint c) {
        return new ComplaintEvents.ComplaintFacts(c.id(), c.type().name(), c.channel().name(), c.receivedOn(),
                c.filedAtAgencyCode(), c.competentAgencyCode(), c.jurisdiction().name(), c.status().name(), c.caseId(),
                c.subjectKind() == null ? null : c.subjectKind().name(), c.phase() == null ? null : c.phase().name(),
                c.round(), c.repeatOf(), c.acceptBy(), c.resolveBy(), c.competentReceivedOn(), c.firstDecisionReceivedOn(),
                c.extensions());
    }
}
