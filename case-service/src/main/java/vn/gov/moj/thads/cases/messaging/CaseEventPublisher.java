package vn.gov.moj.thads.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.cases.model.Officer;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.platform.outbox.Outbox;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Writes case events to the outbox, in the transaction of the change they describe. */
@ApplicationScoped
public class CaseEventPublisher {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Outbox outbox;
    private final EventCodec codec;

    public CaseEventPublisher(Outbox outbox, EventCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    /** The event's record name is its CloudEvents type; a new event must be one of {@link CaseEvents.CaseEvent}. */
    public void publish(EnforcementCase c, CaseEvents.CaseEvent event) {
        outbox.publish(Topics.CASE_EVENTS, EventEnvelope.of(CaseEvents.SOURCE, event.getClass().getSimpleName(),
                CaseEvents.SCHEMA_VERSION, c.id().toString(), c.agencyCode(), c.provinceCode(),
                OffsetDateTime.now(VIETNAM), codec.tree(event)));
    }

    public static CaseEvents.CaseFacts facts(EnforcementCase c) {
        Officer officer = c.officer();
        return new CaseEvents.CaseFacts(c.id(), c.agencyCode(), c.provinceCode(), c.decisionNumber(), c.decisionDate(),
                c.kind().name(), c.status().name(), c.classification() == null ? null : c.classification().name(),
                c.moneyAmount(), c.collectedAmount(), c.outstandingAmount(),
                c.categories().stream().map(Enum::name).sorted().toList(), officer == null ? null : officer.id(), c.reducedAmount());
    }
}
