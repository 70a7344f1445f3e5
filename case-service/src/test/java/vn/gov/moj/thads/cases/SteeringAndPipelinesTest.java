package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.cases.Api.TODAY;

/**
 * Steering committee directions and coercion plans (issue 16, item 6) and the pipelines heads
 * review on the dashboard (item 5), through the API. Agency 01.03 is this test's alone, so its
 * counts are worked out by hand from the cases below.
 */
@QuarkusTest
class SteeringAndPipelinesTest {

    private static final String AGENCY = "01.03";

    private final Api.User head = Api.head(AGENCY);

    private String withConditions(String... categories) {
        Map<String, Object> body = Api.caseBody(AGENCY, Api.unique("QĐ"), TODAY.minusDays(60), 900_000_000L);
        body.put("categories", List.of(categories));
        String id = Api.open(head, body);
        Api.transition(head, id, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.minusDays(50).toString()))
                .then().statusCode(200);
        return id;
    }

    @Test
    void aCoercionDatedWhileTheCaseWasSuspendedIsRefusedOnceItResumes() {
        // the attack: suspended, resumed, then a plan, its approval and the coercion all dated inside the suspension
        String id = withConditions();
        Api.transition(head, id, "suspension", Map.of("date", TODAY.minusDays(30).toString(), "reason", "Kháng nghị giám đốc thẩm"))
                .then().statusCode(200);
        Api.transition(head, id, "resumption", Map.of("date", TODAY.minusDays(10).toString(), "reason", "Hết căn cứ tạm đình chỉ"))
                .then().statusCode(200);
        Api.User officer = Api.assignNewOfficer(head, id, AGENCY);
        Api.transition(officer, id, "coercion-plans", Map.of("plannedFor", TODAY.minusDays(18).toString(), "proposedOn",
                TODAY.minusDays(20).toString(), "content", "Cưỡng chế kê biên")).then().statusCode(422)
                .body("errors[0].field", equalTo("proposedOn")).body("statusOnDate", equalTo("SUSPENDED"));
        Api.transition(officer, id, "actions", Map.of("type", "SEIZURE", "date", TODAY.minusDays(15).toString())).then().statusCode(422)
                .body("errors[0].field", equalTo("date"));
        // after the resumption: recorded (and the plan carried out, leaving the agency's pipelines as they were)
        String plan = Api.transition(officer, id, "coercion-plans", Map.of("plannedFor", TODAY.minusDays(5).toString(), "proposedOn",
                TODAY.minusDays(8).toString(), "content", "Cưỡng chế kê biên")).then().statusCode(201).extract().path("id");
        Api.transition(head, id, "coercion-plans/" + plan + "/approval", Map.of("approvedOn", TODAY.minusDays(7).toString()))
                .then().statusCode(200);
        Api.transition(officer, id, "actions", Map.of("type", "COERCION", "date", TODAY.minusDays(5).toString())).then().statusCode(200);
    }

    @Test
    void aHeadWhoPlansACoercionDoesNotApproveIt() {
        // one person's word would be the whole coercion: the plan, its approval and (the head works the case) the act
        String id = withConditions();
        String plan = Api.transition(head, id, "coercion-plans", Map.of("plannedFor", TODAY.plusDays(7).toString(),
                "content", "Cưỡng chế giao tài sản")).then().statusCode(201).extract().path("id");
        Api.transition(head, id, "coercion-plans/" + plan + "/approval", Map.of()).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:plan-approved-by-its-proposer"));
        Api.transition(head, id, "actions", Map.of("type", "COERCION", "date", TODAY.toString())).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:coercion-plan-not-approved"));
        // another head of the agency approves it; then it is carried out (and leaves the agency's pipelines as it found them)
        Api.transition(Api.head(AGENCY), id, "coercion-plans/" + plan + "/approval", Map.of()).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        Api.transition(head, id, "actions", Map.of("type", "COERCION", "date", TODAY.toString())).then().statusCode(200);
    }

    @Test
    void aCoercionCarriedOutLastWeekIsRecordedWithItsOwnDates() {
        // before: a plan's proposal took today's date and its day could not be past, so only a coercion of today could be recorded
        String id = withConditions();
        Api.User officer = Api.assignNewOfficer(head, id, AGENCY);
        LocalDate lastWeek = TODAY.minusDays(7);
        String plan = Api.transition(officer, id, "coercion-plans", Map.of("plannedFor", lastWeek.toString(), "proposedOn",
                lastWeek.minusDays(2).toString(), "content", "Cưỡng chế giao tài sản")).then().statusCode(201)
                .body("proposedOn", equalTo(lastWeek.minusDays(2).toString())).extract().path("id");
        Api.transition(head, id, "coercion-plans/" + plan + "/approval", Map.of("approvedOn", lastWeek.minusDays(1).toString()))
                .then().statusCode(200).body("approvedOn", equalTo(lastWeek.minusDays(1).toString()));
        Api.transition(officer, id, "actions", Map.of("type", "COERCION", "date", lastWeek.toString())).then().statusCode(200);
        head.request().get("/api/v1/cases/" + id + "/coercion-plans").then().body("status", contains("CARRIED_OUT"))
                .body("carriedOutOn", contains(lastWeek.toString()));
        // a proposal in the future, or before the decision; a plan for a day before its proposal
        Api.transition(officer, id, "coercion-plans", Map.of("plannedFor", TODAY.plusDays(3).toString(), "proposedOn",
                TODAY.plusDays(1).toString(), "content", "x")).then().statusCode(422).body("errors[0].field", equalTo("proposedOn"));
        Api.transition(officer, id, "coercion-plans", Map.of("plannedFor", TODAY.toString(), "proposedOn", "2000-01-03",
                "content", "x")).then().statusCode(422).body("errors[0].field", equalTo("proposedOn"));
        Api.transition(officer, id, "coercion-plans", Map.of("plannedFor", lastWeek.minusDays(1).toString(), "proposedOn",
                lastWeek.toString(), "content", "x")).then().statusCode(422).body("errors[0].field", equalTo("plannedFor"));
    }

    private void act(String id, String type, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "date", TODAY.minusDays(10).toString()));
        body.putAll(extra);
        Api.transition(head, id, "actions", body).then().statusCode(200);
    }

    private JsonPath pipelines(Api.User user) {
        return user.request().queryParam("agency", AGENCY).get("/api/v1/cases/pipelines").then().statusCode(200).extract().jsonPath();
    }

    private static long total(JsonPath pipelines, String pipeline) {
        return pipelines.getLong("find { it.pipeline == '" + pipeline + "' }.total");
    }

    @Test
    void pipelinesDirectionsAndCoercionPlansAsAnAgencyHeadSeesThem() {
        String seized = withConditions("BANK_CREDIT");
        act(seized, "SEIZURE", Map.of());
        String valued = withConditions();
        act(valued, "SEIZURE", Map.of());
        act(valued, "VALUATION", Map.of());
        String unsold = withConditions();
        act(unsold, "SEIZURE", Map.of());
        act(unsold, "VALUATION", Map.of());
        act(unsold, "AUCTION", Map.of("auctionResult", "UNSOLD"));
        String sold = withConditions();
        act(sold, "SEIZURE", Map.of());
        act(sold, "AUCTION", Map.of("auctionResult", "SOLD"));
        String complex = withConditions("COMPLEX");
        String coerced = withConditions();

        // a direction on the COMPLEX case, its deadline passed yesterday
        String direction = Api.transition(head, complex, "directions", Map.of("directedOn", TODAY.minusDays(30).toString(),
                        "body", "Ban chỉ đạo THADS thành phố Hà Nội", "content", "Tổ chức cưỡng chế giao tài sản trước ngày hạn",
                        "deadline", TODAY.minusDays(1).toString()))
                .then().statusCode(201).body("overdue", equalTo(true)).extract().path("id");
        // a direction on a case that is not COMPLEX, due in ten days: on the dashboard, not in the COMPLEX pipeline
        String second = Api.transition(head, valued, "directions", Map.of("directedOn", TODAY.minusDays(2).toString(),
                        "body", "Ban chỉ đạo THADS thành phố Hà Nội", "content", "Thẩm định giá lại tài sản",
                        "deadline", TODAY.plusDays(10).toString()))
                .then().statusCode(201).body("overdue", equalTo(false)).extract().path("id");
        // a coercion plan proposed by the case's officer
        Api.User officer = Api.assignNewOfficer(head, coerced, AGENCY);
        String plan = Api.transition(officer, coerced, "coercion-plans", Map.of("plannedFor", TODAY.plusDays(7).toString(),
                "content", "Cưỡng chế kê biên quyền sử dụng đất")).then().statusCode(201).body("status", equalTo("PROPOSED"))
                .extract().path("id");

        // by hand: one case in each asset pipeline, the COMPLEX case with its open direction, the planned coercion
        JsonPath counts = pipelines(head);
        assertThat(List.of(total(counts, "SEIZED_NOT_VALUED"), total(counts, "VALUED_NOT_AUCTIONED"), total(counts, "AUCTION_UNSOLD"),
                total(counts, "SOLD_NOT_HANDED_OVER"), total(counts, "COMPLEX_DIRECTION_OPEN"), total(counts, "COERCION_PLANNED")))
                .containsExactly(1L, 1L, 1L, 1L, 1L, 1L);
        assertThat(counts.getLong("find { it.pipeline == 'AUCTION_UNSOLD' }.byAgency.'01.03'")).isEqualTo(1L);
        // the list behind a pipeline, filterable like the case list
        head.request().queryParam("agency", AGENCY).queryParam("pipeline", "AUCTION_UNSOLD").get("/api/v1/cases")
                .then().statusCode(200).body("items.id", contains(unsold));
        head.request().queryParam("agency", AGENCY).queryParam("pipeline", "SEIZED_NOT_VALUED").queryParam("category", "BANK_CREDIT")
                .get("/api/v1/cases").then().body("items.id", contains(seized));
        head.request().queryParam("pipeline", "SEIZED").get("/api/v1/cases").then().statusCode(400);

        // the dashboard: the same counts and the two open directions by deadline, the first overdue
        head.request().queryParam("agency", AGENCY).get("/api/v1/cases/dashboard").then().statusCode(200)
                .body("openDirections", equalTo(2)).body("overdueDirections", equalTo(1))
                .body("directions.id", contains(direction, second)).body("directions[0].caseId", equalTo(complex))
                .body("directions.overdue", contains(true, false))
                .body("pipelines.find { it.pipeline == 'COERCION_PLANNED' }.total", equalTo(1));

        // a coercion needs the head's approval of its plan; the officer cannot approve
        Api.transition(officer, coerced, "actions", Map.of("type", "COERCION", "date", TODAY.toString())).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:coercion-plan-not-approved"));
        Api.transition(officer, coerced, "coercion-plans/" + plan + "/approval", Map.of()).then().statusCode(403);
        Api.transition(head, coerced, "coercion-plans/" + plan + "/approval", Map.of()).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedOn", equalTo(TODAY.toString()));
        Api.transition(head, coerced, "coercion-plans/" + plan + "/approval", Map.of()).then().statusCode(409);
        Api.transition(officer, coerced, "actions", Map.of("type", "COERCION", "date", TODAY.toString())).then().statusCode(200);
        head.request().get("/api/v1/cases/" + coerced + "/coercion-plans").then().body("status", contains("CARRIED_OUT"));
        // a second coercion needs a plan of its own
        Api.transition(officer, coerced, "actions", Map.of("type", "COERCION", "date", TODAY.toString())).then().statusCode(422);

        // the direction's outcome; the sold asset handed over
        Api.transition(head, complex, "directions/" + direction + "/outcome", Map.of("resolvedOn", TODAY.toString(),
                "outcome", "Đã cưỡng chế giao tài sản")).then().statusCode(200).body("overdue", equalTo(false));
        Api.transition(head, complex, "directions/" + direction + "/outcome", Map.of("resolvedOn", TODAY.toString(),
                "outcome", "x")).then().statusCode(409);
        act(sold, "ASSET_HANDOVER", Map.of());
        counts = pipelines(head);
        assertThat(List.of(total(counts, "SEIZED_NOT_VALUED"), total(counts, "VALUED_NOT_AUCTIONED"), total(counts, "AUCTION_UNSOLD"),
                total(counts, "SOLD_NOT_HANDED_OVER"), total(counts, "COMPLEX_DIRECTION_OPEN"), total(counts, "COERCION_PLANNED")))
                .containsExactly(1L, 1L, 1L, 0L, 0L, 0L);
        head.request().queryParam("agency", AGENCY).get("/api/v1/cases/dashboard").then().body("openDirections", equalTo(1))
                .body("overdueDirections", equalTo(0)).body("directions.id", contains(second));
        head.request().get("/api/v1/cases/" + complex + "/directions").then().body("outcome", contains("Đã cưỡng chế giao tài sản"));

        // a case that ends leaves every pipeline
        Api.transition(head, seized, "closure", Map.of("outcome", "TERMINATED", "closedOn", TODAY.toString(), "reason", "x"))
                .then().statusCode(200);
        assertThat(total(pipelines(head), "SEIZED_NOT_VALUED")).isZero();

        // another agency's head sees none of it; the officer only their own case
        JsonPath foreign = pipelines(Api.head("01.01"));
        assertThat(foreign.getList("total", Long.class)).containsOnly(0L);
        JsonPath own = pipelines(officer);
        assertThat(total(own, "VALUED_NOT_AUCTIONED")).isZero();

        // a case that ends takes its unresolved directions off the dashboard (domain.md §8.5: cases not final)
        Api.transition(head, valued, "closure", Map.of("outcome", "TERMINATED", "closedOn", TODAY.toString(), "reason", "x"))
                .then().statusCode(200);
        head.request().queryParam("agency", AGENCY).get("/api/v1/cases/dashboard").then().body("openDirections", equalTo(0))
                .body("overdueDirections", equalTo(0)).body("directions", org.hamcrest.Matchers.hasSize(0));
        // nor can a plan proposed before the case ended be approved after it
        String latePlan = Api.transition(officer, coerced, "coercion-plans", Map.of("plannedFor", TODAY.plusDays(9).toString(),
                "content", "Cưỡng chế lần hai")).then().statusCode(201).extract().path("id");
        Api.transition(head, coerced, "closure", Map.of("outcome", "TERMINATED", "closedOn", TODAY.toString(), "reason", "x"))
                .then().statusCode(200);
        Api.transition(head, coerced, "coercion-plans/" + latePlan + "/approval", Map.of()).then().statusCode(409)
                .body("currentStatus", equalTo("TERMINATED"));
    }

    @Test
    void anAssetActionRecordedLateDoesNotMoveTheStageALaterOneSet() {
        // an office of its own (79.03), so that the other test's pipeline totals stay exact
        Api.User own = Api.head("79.03");
        String id = Api.open(own, Api.caseBody("79.03", Api.unique("QĐ"), TODAY.minusDays(60), 900_000_000L));
        Api.transition(own, id, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.minusDays(50).toString()))
                .then().statusCode(200);
        Api.transition(own, id, "actions", Map.of("type", "VALUATION", "date", TODAY.minusDays(10).toString())).then().statusCode(200);
        // the seizure that came before the valuation, typed in afterwards
        Api.transition(own, id, "actions", Map.of("type", "SEIZURE", "date", TODAY.minusDays(20).toString())).then().statusCode(200);
        JsonPath counts = own.request().queryParam("agency", "79.03").get("/api/v1/cases/pipelines").then().statusCode(200)
                .extract().jsonPath();
        assertThat(List.of(total(counts, "SEIZED_NOT_VALUED"), total(counts, "VALUED_NOT_AUCTIONED"))).containsExactly(0L, 1L);
        // a later seizure (of another asset) does move it, and a persuasion moves nothing
        Api.transition(own, id, "actions", Map.of("type", "SEIZURE", "date", TODAY.minusDays(5).toString())).then().statusCode(200);
        Api.transition(own, id, "actions", Map.of("type", "PERSUASION", "date", TODAY.minusDays(1).toString())).then().statusCode(200);
        counts = own.request().queryParam("agency", "79.03").get("/api/v1/cases/pipelines").then().statusCode(200).extract().jsonPath();
        assertThat(List.of(total(counts, "SEIZED_NOT_VALUED"), total(counts, "VALUED_NOT_AUCTIONED"))).containsExactly(1L, 0L);
    }

    @Test
    void directionsAreTheHeadsAndPlansNeedACaseWithConditions() {
        String id = withConditions("COMPLEX");
        Map<String, Object> direction = Map.of("directedOn", TODAY.minusDays(3).toString(), "body", "Ban chỉ đạo THADS thành phố",
                "content", "Báo cáo kết quả", "deadline", TODAY.plusDays(10).toString());
        Api.User officer = Api.assignNewOfficer(head, id, AGENCY);
        Api.transition(officer, id, "directions", direction).then().statusCode(403);
        Api.head("01.01").request().header("If-Match", Api.etag(head, id)).body(direction)
                .post("/api/v1/cases/" + id + "/directions").then().statusCode(404);
        Api.head("01.01").request().get("/api/v1/cases/" + id + "/directions").then().statusCode(404);
        Api.province("01").request().header("If-Match", Api.etag(head, id)).body(direction)
                .post("/api/v1/cases/" + id + "/directions").then().statusCode(403);
        // a deadline before the direction; a direction in the future
        Api.transition(head, id, "directions", Map.of("directedOn", TODAY.minusDays(3).toString(), "body", "B", "content", "C",
                "deadline", TODAY.minusDays(4).toString())).then().statusCode(422).body("errors[0].field", equalTo("deadline"));
        Api.transition(head, id, "directions", Map.of("directedOn", TODAY.plusDays(1).toString(), "body", "B", "content", "C",
                "deadline", TODAY.plusDays(4).toString())).then().statusCode(422).body("errors[0].field", equalTo("directedOn"));
        Api.transition(head, id, "directions", Map.of("directedOn", TODAY.toString(), "content", "C",
                "deadline", TODAY.toString())).then().statusCode(400);
        Api.transition(head, id, "directions/" + java.util.UUID.randomUUID() + "/outcome", Map.of("resolvedOn", TODAY.toString(),
                "outcome", "x")).then().statusCode(404);
        // a coercion plan for a date already past; a plan on a case not verified with conditions
        Api.transition(officer, id, "coercion-plans", Map.of("plannedFor", TODAY.minusDays(1).toString(), "content", "x"))
                .then().statusCode(422);
        String received = Api.open(head, Api.caseBody(AGENCY, Api.unique("QĐ"), TODAY.minusDays(5), 1_000_000L));
        Api.transition(head, received, "coercion-plans", Map.of("plannedFor", TODAY.plusDays(1).toString(), "content", "x"))
                .then().statusCode(409).body("currentStatus", equalTo("RECEIVED"));
        Api.head("01.01").request().header("If-Match", Api.etag(head, id))
                .body(Map.of("plannedFor", TODAY.plusDays(1).toString(), "content", "x"))
                .post("/api/v1/cases/" + id + "/coercion-plans").then().statusCode(404);
    }
}
