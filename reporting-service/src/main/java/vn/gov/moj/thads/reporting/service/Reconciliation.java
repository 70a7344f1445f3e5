package vn.gov.moj.thads.reporting.service;

import vn.gov.moj.thads.reporting.model.CountedFigures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.reporting.client.CaseServiceClient;

import java.math.BigInteger;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The view's cases of an org unit, per current status and with their money, beside the case
 * service's own counts (domain.md §6: the totals must reconcile). A difference is either events
 * not yet consumed (it disappears on the next check) or a lost or duplicated fact (it does not).
 */
@ApplicationScoped
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class);

    /**
     * One status's cases and money both ways. The money reduced is compared too (session 24): a reduction or exemption the
     * view missed changes money done and money without conditions, and left the rest equal.
     */
    public record Line(String status, long viewCases, long serviceCases, BigInteger viewMoney, BigInteger serviceMoney,
                       BigInteger viewCollected, BigInteger serviceCollected, BigInteger viewReduced, BigInteger serviceReduced,
                       boolean matches) {
    }

    public record Result(String orgUnit, OffsetDateTime checkedAt, boolean reconciled, List<Line> lines, List<Line> differences) {
    }

    @Inject EntityManager em;
    @Inject OrgUnits orgUnits;
    @Inject
    @RestClient
    CaseServiceClient caseService;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Result reconcile(String orgUnit) {
        Map<String, CaseServiceClient.StatusCount> theirs = serviceCounts(orgUnit);
        Map<String, CaseServiceClient.StatusCount> ours = viewCounts(orgUnit);
        List<Line> lines = new ArrayList<>();
        CaseServiceClient.StatusCount none = new CaseServiceClient.StatusCount(0, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO);
        for (String status : new TreeSet<>(union(ours.keySet(), theirs.keySet()))) {
            var v = ours.getOrDefault(status, none);
            var s = theirs.getOrDefault(status, none);
            // a case service of an earlier version, during a rolling update, counts no money reduced: not compared then
            boolean reducedMatch = s.reducedAmount() == null || s.reducedAmount().equals(v.reducedAmount());
            lines.add(new Line(status, v.cases(), s.cases(), v.moneyAmount(), s.moneyAmount(), v.collectedAmount(), s.collectedAmount(),
                    v.reducedAmount(), s.reducedAmount(), v.cases() == s.cases() && v.moneyAmount().equals(s.moneyAmount())
                    && v.collectedAmount().equals(s.collectedAmount()) && reducedMatch));
        }
        List<Line> differences = lines.stream().filter(l -> !l.matches()).toList();
        return new Result(orgUnit, OffsetDateTime.now(clock), differences.isEmpty(), lines, differences);
    }

    private Map<String, CaseServiceClient.StatusCount> serviceCounts(String orgUnit) {
        try {
            CaseServiceClient.Counts counts = caseService.counts(orgUnit);
            return counts.byStatus() == null ? Map.of() : counts.byStatus();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 403 || status == 404) {
                throw new ProblemException(status, status == 403 ? "forbidden" : "not-found", status == 403 ? "Forbidden" : "Not found",
                        "The case service refused the counts of " + orgUnit);
            }
            throw unavailable(e);
        } catch (ProcessingException e) {
            throw unavailable(e);
        }
    }

    private static ProblemException unavailable(RuntimeException e) {
        LOG.warnf("Case service unavailable for reconciliation: %s", e.getClass().getSimpleName());
        return new ProblemException(503, "case-service-unavailable", "Service unavailable",
                "The case service did not answer; reconciliation needs its counts. Try again shortly.");
    }

    @SuppressWarnings("unchecked")
    private Map<String, CaseServiceClient.StatusCount> viewCounts(String orgUnit) {
        // today's statuses: the unit with every unit merged into it, as the case service counts them
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new java.util.HashMap<>();
        orgUnits.scopeOf(orgUnit).restrict(where, params, "units", new AgencyScope.Columns("agency_code", "province_code"));
        var query = em.createNativeQuery("select coalesce(status, 'UNKNOWN'), count(*), coalesce(sum(money_amount), 0),"
                + " coalesce(sum(collected_amount), 0), coalesce(sum(r.reduced), 0) from case_fact f left join"
                + " (select case_id, sum(amount) as reduced from case_reduction group by case_id) r on r.case_id = f.case_id"
                + where + " group by 1");
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<String, CaseServiceClient.StatusCount> counts = new TreeMap<>();
        for (Object[] r : rows) {
            // the sums are numeric: read exactly, at any size
            counts.put((String) r[0], new CaseServiceClient.StatusCount(((Number) r[1]).longValue(), CountedFigures.exact(r[2]),
                    CountedFigures.exact(r[3]), CountedFigures.exact(r[4])));
        }
        return counts;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
