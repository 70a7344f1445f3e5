package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.moj.thads.cases.Api.TODAY;

/**
 * A page of the case list shows every case's parties (in their order, by name and type only), categories
 * and officer as the case has them, however the page loads them; the same page for a head (a scope of
 * two units, 48 with Quảng Nam merged into it), filtered by status, through the pages, and for the ministry
 * picking the agency. Provinces: 48 (and 49, merged into it).
 */
@QuarkusTest
class CaseListPageTest {

    private final Api.User head = Api.head("48");

    private static Map<String, Object> party(String name, String type, String idNumber) {
        return Map.of("name", name, "type", type, "idNumber", idNumber, "address", "Số " + idNumber + ", Hải Châu, Đà Nẵng");
    }

    private static Map<String, Object> body(String decisionNumber, long money, List<String> categories, List<Map<String, Object>> creditors,
                                            List<Map<String, Object>> debtors) {
        Map<String, Object> body = new HashMap<>(Api.caseBody("48", decisionNumber, TODAY.minusDays(12), money));
        body.put("categories", categories);
        if (categories.contains("STATE_BUDGET")) {
            body.put("kind", "EX_OFFICIO"); // the state's claims are enforced ex officio
        }
        body.put("creditors", creditors);
        body.put("debtors", debtors);
        return body;
    }

    private static String[] names(String... names) {
        return names;
    }

    private static void assertParties(ValidatableResponse page, String path, String[] names, String[] types) {
        page.body(path + ".name", contains((Object[]) names))
                .body(path + ".type", contains((Object[]) types))
                .body(path + ".idNumber", contains(Arrays.stream(names).map(n -> nullValue()).toList()))
                .body(path + ".address", contains(Arrays.stream(names).map(n -> nullValue()).toList()));
    }

    @Test
    void aPageShowsEachCasesPartiesCategoriesAndOfficer() {
        String batch = Api.unique("TRANG");
        String first = Api.open(head, body(batch + "-1", 800_000_000L, List.of("STATE_BUDGET", "BANK_CREDIT"),
                List.of(party("Ngân hàng Nông nghiệp", "ORGANIZATION", "0100686174"), party("Trần Thị Mai", "PERSON", "048190000111")),
                List.of(party("Lê Văn Hùng", "PERSON", "048085000222"), party("Công ty TNHH Sông Hàn", "ORGANIZATION", "0401234567"),
                        party("Phạm Thị Lan", "PERSON", "048190000333"))));
        String second = Api.open(head, body(batch + "-2", 5_000_000L, List.of(),
                List.of(party("Nguyễn Văn An", "PERSON", "048080000444")),
                List.of(party("Võ Thị Bích", "PERSON", "048195000555"), party("Hồ Văn Cường", "PERSON", "048070000666"))));
        String third = Api.open(head, body(batch + "-3", 20_000_000L, List.of("BANK_CREDIT"),
                List.of(party("Quỹ tín dụng Thanh Khê", "ORGANIZATION", "0400111222"), party("Đặng Văn Dũng", "PERSON", "048060000777"),
                        party("Bùi Thị Hoa", "PERSON", "048198000888")),
                List.of(party("Trương Văn Khoa", "PERSON", "048075000999"))));
        Api.transition(head, third, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.minusDays(2).toString()))
                .then().statusCode(200);
        String officer = Api.createOfficer(head, "48");
        Api.transition(head, first, "assignment", Map.of("officerId", officer)).then().statusCode(200);
        Api.transition(head, third, "assignment", Map.of("officerId", officer)).then().statusCode(200);

        for (int call = 0; call < 2; call++) { // the second call reads the same page again
            ValidatableResponse page = head.request().queryParam("q", batch).queryParam("sort", "decisionNumber,asc")
                    .get("/api/v1/cases").then().statusCode(200)
                    .body("total", equalTo(3))
                    .body("items.id", contains(first, second, third))
                    .body("items.categories", contains(List.of("BANK_CREDIT", "LARGE_VALUE", "STATE_BUDGET"), List.of(), List.of("BANK_CREDIT")))
                    .body("items.officerId", contains(officer, null, officer))
                    .body("items.status", contains("RECEIVED", "RECEIVED", "HAS_CONDITIONS"));
            assertParties(page, "items[0].creditors", names("Ngân hàng Nông nghiệp", "Trần Thị Mai"), names("ORGANIZATION", "PERSON"));
            assertParties(page, "items[0].debtors", names("Lê Văn Hùng", "Công ty TNHH Sông Hàn", "Phạm Thị Lan"),
                    names("PERSON", "ORGANIZATION", "PERSON"));
            assertParties(page, "items[1].creditors", names("Nguyễn Văn An"), names("PERSON"));
            assertParties(page, "items[1].debtors", names("Võ Thị Bích", "Hồ Văn Cường"), names("PERSON", "PERSON"));
            assertParties(page, "items[2].creditors", names("Quỹ tín dụng Thanh Khê", "Đặng Văn Dũng", "Bùi Thị Hoa"),
                    names("ORGANIZATION", "PERSON", "PERSON"));
            assertParties(page, "items[2].debtors", names("Trương Văn Khoa"), names("PERSON"));
        }

        ValidatableResponse received = head.request().queryParam("q", batch).queryParam("status", "RECEIVED")
                .queryParam("sort", "decisionNumber,desc").get("/api/v1/cases").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(second, first))
                .body("items.categories", contains(List.of(), List.of("BANK_CREDIT", "LARGE_VALUE", "STATE_BUDGET")))
                .body("items.officerId", contains(null, officer));
        assertParties(received, "items[1].debtors", names("Lê Văn Hùng", "Công ty TNHH Sông Hàn", "Phạm Thị Lan"),
                names("PERSON", "ORGANIZATION", "PERSON"));

        head.request().queryParam("q", batch).queryParam("sort", "decisionNumber,asc").queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/cases").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains(third))
                .body("items[0].creditors.name", contains("Quỹ tín dụng Thanh Khê", "Đặng Văn Dũng", "Bùi Thị Hoa"));

        Api.ministry().request().queryParam("agency", "48").queryParam("q", batch).queryParam("status", "HAS_CONDITIONS")
                .get("/api/v1/cases").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(third))
                .body("items[0].categories", contains("BANK_CREDIT"))
                .body("items[0].debtors.name", contains("Trương Văn Khoa"));
    }
}
