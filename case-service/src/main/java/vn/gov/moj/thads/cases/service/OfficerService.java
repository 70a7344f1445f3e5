package vn.gov.moj.thads.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.cases.model.CaseStatus;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.cases.model.Officer;
import vn.gov.moj.thads.cases.model.OfficerSecondment;
import vn.gov.moj.thads.cases.repository.Listing;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.api.Versions;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;

import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** The officers of an agency: agency heads manage them; everyone in scope can list them. */
@ApplicationScoped
@Transactional
public class OfficerService {

    /** The money as BigInteger: an officer's can pass a long (about 9,200 cases at the 10^15 VND bound). */
    public record Workload(UUID officerId, long openCases, long casesWithConditions, BigInteger outstandingAmount,
                           BigInteger collectedThisMonth, YearMonth month) {
    }

    /** The day an assignment took effect; assignments recorded before that was kept took effect the day recorded. */
    private static final String ASSIGNED_ON = "coalesce((h.details::jsonb ->> 'assignedOn')::date, (h.at at time zone 'Asia/Ho_Chi_Minh')::date)";
    /**
     * The assignment was in force when the collection {@code k} was recorded: dated before its day, or that day and recorded
     * before it. A collection goes to the latest of those, or else to the first officer assigned later that day.
     */
    private static final String HELD = "(" + ASSIGNED_ON + " < k.collected_on or h.at <= k.recorded_at)";

    @Inject Caller caller;
    @Inject CaseAccess access;
    @Inject OrgUnits orgUnits;
    @Inject EntityManager entityManager;
    @Inject Clock clock;
    @Inject OfficerStandings standings;

    public Officer create(String agencyCode, String subject, String fullName) {
        if (!caller.scopeAs(Role.AGENCY_HEAD).covers(agencyCode)) {
            throw ProblemException.forbidden("Only a head of agency " + agencyCode + " (or above) adds its officers");
        }
        if (!orgUnits.isAgencyValidOn(agencyCode, LocalDate.now(clock))) {
            throw ProblemException.unprocessable("unknown-agency", "Agency " + agencyCode + " does not exist today");
        }
        // one record for a login in the agency's line: a token counts the records of every unit merged into its agency as
        // its own (Caller.ownUnits), so two there would be one person twice, and a deactivation of one would take the other's
        // powers. The line is every unit merged into the agency's last successor (LocalDate.MAX: a merger already
        // scheduled counts). Another agency's record under the login is that agency's (a staff member moved, or a record
        // made by mistake) and blocks nothing here.
        if (Officer.existsIn(subject.strip(), orgUnits.withPredecessors(orgUnits.representativeOn(agencyCode, LocalDate.MAX)))) {
            throw ProblemException.conflict("duplicate-officer", "Agency " + agencyCode + " already has an officer with login " + subject.strip());
        }
        Officer officer = new Officer(agencyCode, subject, fullName);
        officer.persist();
        standings.publishRegistered(officer);
        return officer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /**
     * The caller's own officer record: the one under their login in their token's agency line ({@link Caller#ownUnits}), as
     * the services match a token with its record; one per line.
     */
    public Officer ownRecord() {
        java.util.Set<String> line = caller.ownUnits();
        return (line.isEmpty() ? java.util.Optional.<Officer>empty()
                : Officer.<Officer>find("subject = ?1 and agencyCode in ?2", caller.subject(), line).firstResultOptional())
                .orElseThrow(() -> ProblemException.notFound("Officer " + caller.subject()));
    }

    public Officer get(UUID id) {
        Officer officer = Officer.<Officer>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Officer " + id));
        // the agency the officer is seconded to reads them too, and their workload, on the days of the secondment (domain.md
        // §8.7): before, any host of any secondment, past or future, read the officer's workload at home (red team of session 24)
        LocalDate today = LocalDate.now(clock);
        if (!caller.scope().covers(officer.agencyCode()) && OfficerSecondment.of(officer.id()).stream()
                .noneMatch(s -> caller.scope().covers(s.hostAgencyCode()) && !today.isBefore(s.from()) && !today.isAfter(s.to()))) {
            throw ProblemException.notFound("Officer " + id);
        }
        return officer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Officer> list(String agencyCode, Boolean active, int page, int size) {
        AgencyScope scope = caller.scope();
        var params = new java.util.HashMap<String, Object>();
        // the agency's own officers, and those seconded to it today
        StringBuilder own = new StringBuilder("1 = 1");
        scope.restrict(own, params, "scopeUnits", AgencyScope.Columns.of("agencyCode"));
        StringBuilder seconded = new StringBuilder("s.fromDate <= :today and s.toDate >= :today");
        scope.restrict(seconded, params, "scopeUnits", AgencyScope.Columns.of("s.hostAgencyCode"));
        if (agencyCode != null) {
            orgUnits.scopeOf(agencyCode).restrict(own, params, "agencyUnits", AgencyScope.Columns.of("agencyCode"));
            orgUnits.scopeOf(agencyCode).restrict(seconded, params, "agencyUnits", AgencyScope.Columns.of("s.hostAgencyCode"));
        }
        params.put("today", LocalDate.now(clock));
        StringBuilder query = new StringBuilder("((").append(own).append(") or id in (select s.officer.id from OfficerSecondment s where ")
                .append(seconded).append("))");
        if (active != null) {
            query.append(" and active = :active");
            params.put("active", active);
        }
        return Listing.page(Officer.class, query.toString(), params, "agencyCode, fullName, id", page, size);
    }

    /** Seconds an officer to another agency between two dates (a head of the officer's own agency, or above). */
    public OfficerSecondment second(UUID id, String hostAgencyCode, LocalDate from, LocalDate to, String decisionNumber) {
        Officer officer = get(id);
        if (!isHeadOfTheirAgencyOrAbove(officer)) {
            throw ProblemException.forbidden("Only a head of agency " + officer.agencyCode() + " (or above) seconds its officers");
        }
        if (!orgUnits.isAgencyValidOn(hostAgencyCode, from) || !orgUnits.isAgencyValidOn(hostAgencyCode, to)) {
            throw ProblemException.unprocessable("unknown-agency", "Agency " + hostAgencyCode + " does not exist from " + from + " to " + to);
        }
        OfficerSecondment secondment = OfficerSecondment.of(officer, hostAgencyCode, from, to, decisionNumber, caller.subject());
        secondment.persist();
        return secondment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** The officer's secondments; to a host, only its own (not where else the officer went or goes). */
    public java.util.List<OfficerSecondment> secondments(UUID id) {
        Officer officer = get(id);
        boolean home = caller.scope().covers(officer.agencyCode());
        return OfficerSecondment.of(officer.id()).stream().filter(s -> home || caller.scope().covers(s.hostAgencyCode())).toList();
    }

    /**
     * Deactivates an officer: a head of the officer's own agency, or above, as for adding and seconding them. Reading
     * an officer is not enough (a host agency reads the officers seconded to it; a provincial user reads the province's).
     */
    public Officer deactivate(UUID id, String ifMatch) {
        Officer officer = get(id);
        if (!isHeadOfTheirAgencyOrAbove(officer)) {
            throw ProblemException.forbidden("Only a head of agency " + officer.agencyCode() + " (or above) deactivates its officers");
        }
        Versions.requireMatch(ifMatch, officer.version(), "officer");
        officer.deactivate();
        // the other services take the officer's powers away too (the complaint service: handler, desk)
        standings.publish(officer);
        return officer;
    }

    /** Undoes a deactivation; the same heads. */
    public Officer reactivate(UUID id, String ifMatch) {
        Officer officer = get(id);
        if (!isHeadOfTheirAgencyOrAbove(officer)) {
            throw ProblemException.forbidden("Only a head of agency " + officer.agencyCode() + " (or above) reactivates its officers");
        }
        Versions.requireMatch(ifMatch, officer.version(), "officer");
        officer.reactivate();
        standings.publish(officer);
        return officer;
    }

    private boolean isHeadOfTheirAgencyOrAbove(Officer officer) {
        return caller.scopeAs(Role.AGENCY_HEAD).covers(officer.agencyCode());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Workload workload(UUID id) {
        Officer officer = get(id);
        if (access.limitedToAssignedCases() && !access.login().isRecordOf(officer)) {
            // an officer's figures are theirs and their heads': a colleague reads the list of officers, not their results
            throw ProblemException.forbidden("An officer reads their own workload only");
        }
        YearMonth month = YearMonth.now(clock);
        Object[] open = (Object[]) entityManager.createQuery(
                        "select count(c), coalesce(sum(case when c.status = :withConditions then 1 else 0 end), 0),"
                                + " coalesce(sum(cast(" + EnforcementCase.OUTSTANDING_JPQL + " as BigInteger)), 0)"
                                + " from EnforcementCase c where c.officer.id = :officer and c.status not in :finalStatuses")
                .setParameter("withConditions", CaseStatus.HAS_CONDITIONS)
                .setParameter("officer", officer.id())
                .setParameter("finalStatuses", CaseStatus.FINAL)
                .getSingleResult();
        // each collection to the officer who held its case on the day collected (the assignments in the case's history), as
        // the officers report credits it: a case handed over mid-month brings its earlier collections to no one's workload.
        // On the day of a handover, to whoever held it when the collection was recorded (HELD): a reassignment dated that
        // day took the collections recorded before it to the new officer.
        Number collected = (Number) entityManager.createNativeQuery("select coalesce(sum(k.amount), 0) from case_collection k"
                        + " where k.collected_on between :from and :to and k.case_id in (select h.case_id from case_history h"
                        + " where h.action = 'ASSIGNED' and (h.details::jsonb ->> 'officerId') = :officer)"
                        + " and (select h.details::jsonb ->> 'officerId' from case_history h where h.case_id = k.case_id"
                        + " and h.action = 'ASSIGNED' and " + ASSIGNED_ON + " <= k.collected_on"
                        + " order by " + HELD + " desc, case when " + HELD + " then " + ASSIGNED_ON + " end desc,"
                        + " case when " + HELD + " then h.id end desc, h.id limit 1) = :officer")
                .setParameter("officer", officer.id().toString())
                .setParameter("from", month.atDay(1))
                .setParameter("to", month.atEndOfMonth())
                .getSingleResult();
        return new Workload(officer.id(), ((Number) open[0]).longValue(), ((Number) open[1]).longValue(),
                exact(open[2]), exact(collected), month);
    }

    /** A sum as the database gives it (numeric), exact. */
    private static BigInteger exact(Object sum) {
        return new java.math.BigDecimal(sum.toString()).toBigIntegerExact();
    }
}
