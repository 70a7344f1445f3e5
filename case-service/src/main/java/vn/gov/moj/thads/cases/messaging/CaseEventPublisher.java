package vn.gov.moj.thads.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gov.moj.thads.cases.model.AdministrativeJudgment;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.cases.model.Officer;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.OfficerEvents;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.platform.outbox.Outbox;

import java.util.List;

/** Writes case (and officer) events to the outbox, in the transaction of the change they describe. */
@ApplicationScoped
public class CaseEventPublisher {

    @Inject Outbox outbox;

    /** The event's record name is its CloudEvents type; a new event must be one of {@link CaseEvents.CaseEvent}. */
    public void publish(EnforcementCase c, CaseEvents.CaseEvent event) {
        publish(event);
    }

    /** An event about the aggregate its facts name (a case, or an administrative judgment monitored). */
    public void publish(CaseEvents.CaseEvent event) {
        CaseEvents.CaseFacts f = event.facts();
        outbox.publish(Topics.CASE_EVENTS, CaseEvents.SOURCE, CaseEvents.SCHEMA_VERSION, event,
                f.caseId().toString(), f.agencyCode(), f.provinceCode());
    }

    /** An officer's standing changed, keyed by the officer so that a consumer reads their events in order. */
    public void publish(OfficerEvents.OfficerEvent event) {
        outbox.publish(Topics.OFFICER_EVENTS, OfficerEvents.SOURCE, OfficerEvents.SCHEMA_VERSION, event, event.officerId().toString(),
                event.agencyCode(), OrgUnits.provinceOf(event.agencyCode()));
    }

    /** The facts of an administrative judgment monitored: no money, category ADMINISTRATIVE (see {@link CaseEvents.AdministrativeJudgmentAccepted}). */
    public static CaseEvents.CaseFacts facts(AdministrativeJudgment j) {
        return new CaseEvents.CaseFacts(j.id(), j.agencyCode(), j.provinceCode(), j.judgment().number(), j.acceptedOn(),
                CaseEvents.ADMINISTRATIVE_MONITORING, j.status().name(), null, 0, 0, 0, List.of("ADMINISTRATIVE"), null, 0);
    }

    public static CaseEvents.CaseFacts facts(EnforcementCase c) {
        Officer officer = c.officer();
        return new CaseEvents.CaseFacts(c.id(), c.agencyCode(), c.provinceCode(), c.decisionNumber(), c.decisionDate(),
                c.kind().name(), c.status().name(), c.classification() == null ? null : c.classification().name(),
                c.moneyAmount(), c.collectedAmount(), c.outstandingAmount(),
                c.categories().stream().map(Enum::name).sorted().toList(), officer == null ? null : officer.id(), c.reducedAmount());
    }
}
