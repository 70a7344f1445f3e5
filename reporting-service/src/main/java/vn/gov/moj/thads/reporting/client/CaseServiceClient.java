package vn.gov.moj.thads.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.math.BigInteger;
import java.util.Map;

/**
 * The case service's own counts, for reconciliation: the one synchronous call between services.
 * The caller's token (and request id) are passed on, so the case service checks the scope itself.
 */
@RegisterRestClient(configKey = "case-service")
@RegisterClientHeaders
@Path("/api/v1/cases")
public interface CaseServiceClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code reducedAmount}: relieved by reductions and exemptions; null from a case service before session 24. */
    record StatusCount(long cases, BigInteger moneyAmount, BigInteger collectedAmount, BigInteger reducedAmount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Counts(String orgUnit, Map<String, StatusCount> byStatus) {
    }

    @GET
    @Path("/counts")
    Counts counts(@QueryParam("orgUnit") String orgUnit);
}
