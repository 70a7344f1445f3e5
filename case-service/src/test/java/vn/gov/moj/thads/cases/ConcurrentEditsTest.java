package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.cases.Api.TODAY;

/** Two people editing one case at once never lose each other's change. */
@QuarkusTest
class ConcurrentEditsTest {

    private final Api.User head = Api.head("19.05");

    @Test
    void theSecondWriteWithAStaleVersionIsRefused() {
        String id = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(5), 90_000_000L));
        String readByBoth = Api.etag(head, id);

        head.request().header("If-Match", readByBoth)
                .body(Map.of("amount", 10_000_000L, "collectedOn", TODAY.toString(), "receiptNumber", Api.unique("BL")))
                .post("/api/v1/cases/" + id + "/collections").then().statusCode(200).header("ETag", "\"1\"");
        head.request().header("If-Match", readByBoth)
                .body(Map.of("amount", 20_000_000L, "collectedOn", TODAY.toString(), "receiptNumber", Api.unique("BL")))
                .post("/api/v1/cases/" + id + "/collections").then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:stale-version"))
                .body("currentVersion", equalTo(1));

        head.request().get("/api/v1/cases/" + id).then().body("collectedAmount", equalTo(10_000_000)).body("version", equalTo(1));
    }

    @Test
    void aWriteWithoutIfMatchIsRefused() {
        String id = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(5), 90_000_000L));
        head.request().body(Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.toString(), "decisionNumber", Api.unique("CĐK"), "decisionDate", TODAY.toString()))
                .post("/api/v1/cases/" + id + "/verifications").then().statusCode(428)
                .body("type", equalTo("urn:thads:problem:precondition-required"));
        head.request().get("/api/v1/cases/" + id).then().body("status", equalTo("RECEIVED"));
    }
}
