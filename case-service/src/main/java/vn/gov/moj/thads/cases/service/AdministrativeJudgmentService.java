package vn.gov.moj.thads.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.cases.messaging.CaseEventPublisher;
import vn.gov.moj.thads.cases.model.AdministrativeJudgment;
import vn.gov.moj.thads.cases.model.SourceJudgment;
import vn.gov.moj.thads.cases.repository.Listing;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.api.Versions;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The administrative judgments agencies monitor (issue 16, item 8). The agency's staff (its head
 * and officers) record them and their steps; the province and the ministry read them. A caller
 * outside the record's agency scope gets 404. Each change commits with its event.
 */
@ApplicationScoped
@Transactional
public class AdministrativeJudgmentService {

    @Inject Caller caller;
    @Inject CaseEventPublisher events;
    @Inject OrgUnits orgUnits;
    @Inject Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public AdministrativeJudgment accept(String agencyCode, SourceJudgment judgment, String authority, String obligation,
                                         LocalDate acceptedOn) {
        requireStaffOf(agencyCode);
        orgUnits.requireHolderOn(agencyCode, acceptedOn, today(), "acceptedOn");
        // by the office whatever code it was recorded under (35.01 before July 2025, 37.02 after: one office)
        if (AdministrativeJudgment.monitored(orgUnits.withPredecessors(orgUnits.representativeOn(agencyCode, today())),
                judgment.courtCode(), judgment.number())) {
            throw ProblemException.conflict("duplicate-judgment", "Agency " + agencyCode + " already monitors judgment "
                    + judgment.number() + " of " + judgment.courtCode());
        }
        AdministrativeJudgment j = new AdministrativeJudgment(agencyCode, OrgUnits.provinceOf(agencyCode), judgment, authority, obligation,
                acceptedOn, caller.subject(), today());
        j.persist();
        events.publish(new CaseEvents.AdministrativeJudgmentAccepted(CaseEventPublisher.facts(j), judgment.courtCode(), judgment.number()));
        return j;
    }

    public AdministrativeJudgment record(UUID id, String ifMatch, AdministrativeJudgment.Step step, LocalDate on, String decisionNumber) {
        AdministrativeJudgment j = get(id);
        requireStaffOf(j.agencyCode());
        Versions.requireMatch(ifMatch, j.version(), "administrative judgment");
        j.record(step, on, decisionNumber, caller.subject(), today());
        events.publish(new CaseEvents.AdministrativeComplianceRecorded(CaseEventPublisher.facts(j), step.name(), on));
        return j;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdministrativeJudgment get(UUID id) {
        return AdministrativeJudgment.<AdministrativeJudgment>findByIdOptional(id).filter(j -> caller.scope().covers(j.agencyCode()))
                .orElseThrow(() -> ProblemException.notFound("Administrative judgment " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AdministrativeJudgment> list(String agencyCode, AdministrativeJudgment.Status status, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        caller.scope().restrict(query, params, "scopeUnits", COLUMNS);
        if (agencyCode != null && !OrgUnits.NATIONAL.equals(agencyCode)) {
            orgUnits.scopeOf(agencyCode).restrict(query, params, "agencyUnits", COLUMNS);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        return Listing.page(AdministrativeJudgment.class, query.toString(), params, "acceptedOn desc, id", page, size);
    }

    /** How many records of the org unit are in each status (the reporting service reconciles against it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> countsByStatus(AgencyScope unit) {
        StringBuilder query = new StringBuilder("select j.status, count(j) from AdministrativeJudgment j where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        unit.restrict(query, params, "units", new AgencyScope.Columns("j.agencyCode", "j.provinceCode"));
        var q = AdministrativeJudgment.getEntityManager().createQuery(query + " group by j.status", Object[].class);
        params.forEach(q::setParameter);
        Map<String, Long> counts = new java.util.TreeMap<>();
        q.getResultList().forEach(row -> counts.put(row[0].toString(), ((Number) row[1]).longValue()));
        return counts;
    }

    private static final AgencyScope.Columns COLUMNS = new AgencyScope.Columns("agencyCode", "provinceCode");

    /** The agency's head (or a head above it) or one of its officers. */
    private void requireStaffOf(String agencyCode) {
        if (!caller.scopeAs(Role.AGENCY_HEAD).covers(agencyCode) && !caller.scopeAs(Role.OFFICER).covers(agencyCode)) {
            throw ProblemException.forbidden("Administrative judgments of agency " + agencyCode + " are recorded by its own staff");
        }
    }
}
