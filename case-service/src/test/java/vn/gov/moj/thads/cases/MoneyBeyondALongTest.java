package vn.gov.moj.thads.cases;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.cases.Api.TODAY;

/**
 * An agency's or an officer's money summed over cases passes a long (2^63 − 1 = 9,223,372,036,854,775,807) with about
 * 9,224 cases at the amount bound of 10^15 VND, which one insider can open. The counts the reporting service reconciles
 * with and an officer's workload answered 500 past it; now they are exact.
 */
@QuarkusTest
class MoneyBeyondALongTest {

    private static final long BOUND = 1_000_000_000_000_000L;
    /** 9,300 × 10^15, by hand. */
    private static final BigInteger ALL = new BigInteger("9300000000000000000");

    @Inject AgroalDataSource dataSource;

    @Test
    void theCountsAndAnOfficersWorkloadPastALongAreExact() throws Exception {
        // Lâm Đồng (68), no other test's: one case at the bound through the API, held by an officer
        Api.User head = Api.head("68");
        String caseId = Api.open(head, Api.caseBody("68", Api.unique("QĐ"), TODAY.minusDays(3), BOUND));
        Api.assignNewOfficer(head, caseId, "68");
        String officerId = head.request().get("/api/v1/cases/" + caseId).then().extract().path("officerId");
        // and 9,299 more like it, written straight into the table: 9,300 openings through the API would take minutes
        try (Connection c = dataSource.getConnection()) {
            String columns;
            try (ResultSet r = c.createStatement().executeQuery("select string_agg(quote_ident(column_name), ', ' order by ordinal_position)"
                    + " from information_schema.columns where table_name = 'enforcement_case' and is_generated = 'NEVER'"
                    + " and column_name not in ('id', 'decision_number')")) {
                r.next();
                columns = r.getString(1);
            }
            try (PreparedStatement copy = c.prepareStatement("insert into enforcement_case (id, decision_number, " + columns + ")"
                    + " select gen_random_uuid(), decision_number || '-' || g, " + columns
                    + " from enforcement_case cross join generate_series(1, 9299) g where id = ?")) {
                copy.setObject(1, java.util.UUID.fromString(caseId));
                copy.executeUpdate();
            }
        }

        head.request().queryParam("orgUnit", "68").get("/api/v1/cases/counts").then().statusCode(200)
                .body("byStatus.RECEIVED.cases", equalTo(9_300)).body("byStatus.RECEIVED.moneyAmount", equalTo(ALL))
                .body("byStatus.RECEIVED.collectedAmount", equalTo(0));
        Api.ministry().request().queryParam("orgUnit", "VN").get("/api/v1/cases/counts").then().statusCode(200);
        head.request().get("/api/v1/officers/" + officerId + "/workload").then().statusCode(200)
                .body("openCases", equalTo(9_300)).body("outstandingAmount", equalTo(ALL)).body("collectedThisMonth", equalTo(0));
    }
}
