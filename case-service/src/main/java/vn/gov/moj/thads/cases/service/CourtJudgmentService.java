package vn.gov.moj.thads.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.cases.model.CourtJudgment;
import vn.gov.moj.thads.cases.model.CourtJudgmentStatus;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.platform.security.Caller;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Court intake: judgments pushed by court systems, idempotent on court code + judgment number. */
@ApplicationScoped
@Transactional
public class CourtJudgmentService {

    /** The judgment, and whether this call created it (false: a resend of the first submission). */
    public record Intake(CourtJudgment judgment, boolean created) {
    }

    private final Caller caller;
    private final OrgUnits orgUnits;

    public CourtJudgmentService(Caller caller, OrgUnits orgUnits) {
        this.caller = caller;
        this.orgUnits = orgUnits;
    }

    public Intake submit(CourtJudgment submitted) {
        var existing = CourtJudgment.findByCourtAndNumber(submitted.courtCode(), submitted.number());
        if (existing.isPresent()) {
            return new Intake(existing.get(), false);
        }
        if (!orgUnits.isAgencyValidOn(submitted.agencyCode(), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))) {
            throw ProblemException.unprocessable("unknown-agency", "Agency " + submitted.agencyCode() + " does not exist today");
        }
        submitted.persist();
        return new Intake(submitted, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CourtJudgment get(UUID id) {
        CourtJudgment judgment = CourtJudgment.<CourtJudgment>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Court judgment " + id));
        if (!caller.scope().covers(judgment.agencyCode()) && !judgment.submittedByCaller(caller.subject())) {
            throw ProblemException.notFound("Court judgment " + id);
        }
        return judgment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CourtJudgment> list(String agencyCode, CourtJudgmentStatus status, int page, int size) {
        AgencyScope scope = caller.scope();
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope.nationwide()) {
            query.append(" and (agencyCode in :scopeUnits or provinceCode in :scopeUnits)");
            params.put("scopeUnits", scope.units().isEmpty() ? List.of("-") : scope.units());
        }
        if (agencyCode != null) {
            query.append(" and (agencyCode in :agencyUnits or provinceCode in :agencyUnits)");
            params.put("agencyUnits", orgUnits.scopeOf(agencyCode).units());
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        var found = CourtJudgment.<CourtJudgment>find(query + " order by receivedAt, id", params);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }
}
