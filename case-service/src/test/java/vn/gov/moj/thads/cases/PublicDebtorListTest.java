package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static vn.gov.moj.thads.cases.Api.TODAY;

/** The public list: no token, debtors without conditions now, never an ID number or address. */
@QuarkusTest
class PublicDebtorListTest {

    private final Api.User head = Api.head("19.05");

    @Test
    void aDebtorWithoutConditionsIsListedUntilReclassified() {
        String marker = Api.unique("PL");
        var body = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 250_000_000L);
        body.put("debtors", List.of(Map.of("name", "Phạm Thị Ngọc Ánh " + marker, "type", "PERSON",
                "idNumber", "019190009999", "address", "Xóm Đồng Kem, xã Tân Cương")));
        String id = Api.open(head, body);
        given().queryParam("name", marker).get("/api/v1/public/debtors-without-conditions").then().statusCode(200)
                .body("total", equalTo(0));

        Api.transition(head, id, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.toString()))
                .then().statusCode(200);
        given().queryParam("name", "pham thi ngoc anh " + marker.toLowerCase()).queryParam("province", "19")
                .get("/api/v1/public/debtors-without-conditions").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].debtorName", equalTo("Phạm Thị Ngọc Ánh " + marker))
                .body("items[0].agencyCode", equalTo("19.05"))
                .body("items[0].agencyName", equalTo("Phòng Thi hành án dân sự khu vực 5 - Thái Nguyên"))
                .body("items[0].amountBand", equalTo("FROM_100_MILLION_TO_1_BILLION"))
                .body(not(containsString("019190009999")))
                .body(not(containsString("Đồng Kem")));
        given().queryParam("name", marker).queryParam("province", "01").get("/api/v1/public/debtors-without-conditions")
                .then().body("total", equalTo(0));

        Api.transition(head, id, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.toString()))
                .then().statusCode(200);
        given().queryParam("name", marker).get("/api/v1/public/debtors-without-conditions").then()
                .body("total", equalTo(0));
    }

    @Test
    void aFinalCaseLeavesTheList() {
        String marker = Api.unique("PL");
        var body = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 5_000_000L);
        body.put("debtors", List.of(Map.of("name", "Hoàng Văn Bảy " + marker, "type", "PERSON")));
        String id = Api.open(head, body);
        Api.transition(head, id, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.toString()))
                .then().statusCode(200);
        given().queryParam("name", marker).get("/api/v1/public/debtors-without-conditions").then()
                .body("items.amountBand", contains("UNDER_10_MILLION"));
        Api.transition(head, id, "closure", Map.of("outcome", "TERMINATED", "closedOn", TODAY.toString(), "reason", "x"))
                .then().statusCode(200);
        given().queryParam("name", marker).get("/api/v1/public/debtors-without-conditions").then()
                .body("total", equalTo(0));
    }
}
