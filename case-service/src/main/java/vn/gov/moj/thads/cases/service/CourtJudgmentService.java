package vn.gov.moj.thads.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.cases.model.CourtJudgment;
import vn.gov.moj.thads.cases.model.CourtJudgmentStatus;
import vn.gov.moj.thads.cases.repository.Listing;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.event.EventChecks;
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
 * Court intake: judgments pushed by court systems. A court system submits only for the courts its
 * token names ({@code courtCodes}), to the agencies of the territory it names ({@code agencyCode}: a province, VN for
 * the whole country), and reads only their judgments. Idempotent per court, number
 * and content: an identical resend answers the first record; a different content for the same
 * number is a conflict that shows nothing of what is stored. Staff read the judgments of their
 * scope; an officer who works only on assigned cases reads a judgment only through such a case.
 */
@ApplicationScoped
@Transactional
public class CourtJudgmentService {

    private static final AgencyScope.Columns JUDGMENTS = new AgencyScope.Columns("agencyCode", "provinceCode");

    /** The judgment, and whether this call created it (false: a resend of the first submission). */
    public record Intake(CourtJudgment judgment, boolean created) {
    }

    @Inject Caller caller;
    @Inject CaseAccess access;
    @Inject OrgUnits orgUnits;
    @Inject Clock clock;
    @Inject jakarta.persistence.EntityManager entityManager;

    public Intake submit(CourtJudgment submitted) {
        if (!caller.courtCodes().contains(submitted.judgment().courtCode())) {
            throw ProblemException.forbidden("This court system does not submit for court " + submitted.judgment().courtCode());
        }
        // a compromised court system must not fill another province's intake: it sends to the agencies of its territory
        if (!caller.scopeAs(Role.COURT_CLIENT).covers(submitted.agencyCode())) {
            throw ProblemException.forbidden("This court system does not submit to agency " + submitted.agencyCode()
                    + ", outside the territory its token names");
        }
        // A court system that retries while its first call is still running: the second waits for the first to commit and
        // then answers its record (200), instead of both missing the lookup and the second failing on the unique index
        // with a bare 409 (review of session 13). The lock is the transaction's, on this court and number only.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "court-judgment:" + submitted.judgment().courtCode() + "/" + submitted.judgment().number())
                .getSingleResult();
        var existing = CourtJudgment.findByCourtAndNumber(submitted.judgment().courtCode(), submitted.judgment().number());
        if (existing.isPresent()) {
            if (!existing.get().sameContentAs(submitted)) {
                throw ProblemException.conflict("judgment-resubmitted-differently", "Judgment " + submitted.judgment().number() + " of court "
                        + submitted.judgment().courtCode() + " was already submitted with other content; a correction is made with the agency");
            }
            return new Intake(existing.get(), false);
        }
        LocalDate today = LocalDate.now(clock);
        // a judgment is sent once it has taken effect: one dated to come would wait in the intake, and no case could be
        // opened from it until then (review of session 20); checked after the retry's answer above, so that a resend of
        // what was stored before the check still gets its record
        LocalDate effective = submitted.judgment().effectiveDate();
        if (effective.isAfter(today) || effective.isBefore(EventChecks.EARLIEST_BUSINESS_DATE)) {
            throw ProblemException.dateOutOfRange("effectiveDate", "must be between " + EventChecks.EARLIEST_BUSINESS_DATE + " and today");
        }
        if (!orgUnits.isAgencyValidOn(submitted.agencyCode(), today)) {
            throw ProblemException.unprocessable("unknown-agency", "Agency " + submitted.agencyCode() + " does not exist today");
        }
        submitted.persist();
        return new Intake(submitted, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CourtJudgment get(UUID id) {
        CourtJudgment judgment = CourtJudgment.<CourtJudgment>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Court judgment " + id));
        boolean court = caller.courtCodes().contains(judgment.judgment().courtCode());
        // an officer seconded to the judgment's agency reads it through the host's case assigned to them (domain.md §8.3,
        // §8.7): listScope holds their host agencies (404 before, red team of session 24)
        boolean staff = access.listScope().covers(judgment.agencyCode())
                && (!access.limitedToAssignedCases() || judgment.enforcedByCaseOf(access.login()));
        if (!court && !staff) {
            throw ProblemException.notFound("Court judgment " + id);
        }
        return judgment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CourtJudgment> list(String agencyCode, CourtJudgmentStatus status, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        // an officer's list holds the judgments of the host's cases assigned to them too, as reading one does (listScope)
        access.listScope().restrict(query, params, agencyCode == null ? null : orgUnits.scopeOf(agencyCode), JUDGMENTS);
        if (access.limitedToAssignedCases()) {
            query.append(" and id in (select c.courtJudgmentId from EnforcementCase c where ")
                    .append(access.login().heldBy("c.officer", params)).append(")");
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        return Listing.page(CourtJudgment.class, query.toString(), params, "receivedAt, id", page, size);
    }
}
