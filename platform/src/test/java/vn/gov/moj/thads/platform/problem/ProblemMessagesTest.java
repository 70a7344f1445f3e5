package vn.gov.moj.thads.platform.problem;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Problem details in Vietnamese by default and in English on request, the same type in both: no Quarkus. */
class ProblemMessagesTest {

    private static final Problem VALIDATION = new Problem("urn:thads:problem:validation", "Invalid request", 400,
            "The request has invalid fields", "/api/v1/x", List.of(new Problem.FieldError("asOf", "is required"),
            new Problem.FieldError("page", "must be a whole number from 0 to 1000000"),
            new Problem.FieldError("workYear", "size must be between 0 and 10")), Map.of("extra", 1));

    @Test
    void vietnameseUnlessEnglishIsPreferred() {
        assertThat(ProblemMessages.choose(null)).isEqualTo(ProblemMessages.VIETNAMESE);
        assertThat(ProblemMessages.choose("")).isEqualTo(ProblemMessages.VIETNAMESE);
        assertThat(ProblemMessages.choose("en")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.choose("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.choose("vi;q=0.5, en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.choose("en;q=0.5, vi")).isEqualTo(ProblemMessages.VIETNAMESE);
        // a language the catalogue does not have, a wildcard, an unreadable header: Vietnamese
        assertThat(ProblemMessages.choose("fr")).isEqualTo(ProblemMessages.VIETNAMESE);
        assertThat(ProblemMessages.choose("*")).isEqualTo(ProblemMessages.VIETNAMESE);
        assertThat(ProblemMessages.choose(";;q=x")).isEqualTo(ProblemMessages.VIETNAMESE);
    }

    @Test
    void aValidationProblemInVietnameseHasTheSameTypeFieldsAndMembers() {
        Problem vi = ProblemMessages.localize(VALIDATION, ProblemMessages.VIETNAMESE);
        assertThat(vi.type()).isEqualTo("urn:thads:problem:validation");
        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.title()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(vi.detail()).isEqualTo("Yêu cầu có trường dữ liệu không hợp lệ");
        assertThat(vi.errors()).containsExactly(new Problem.FieldError("asOf", "là bắt buộc"),
                new Problem.FieldError("page", "phải là số nguyên từ 0 đến 1000000"),
                new Problem.FieldError("workYear", "độ dài phải từ 0 đến 10"));
        assertThat(vi.properties()).isEqualTo(Map.of("extra", 1));
        assertThat(vi.instance()).isEqualTo("/api/v1/x");
        assertThat(ProblemMessages.localize(VALIDATION, Locale.ENGLISH)).isEqualTo(VALIDATION);
    }

    @Test
    void variablePartsAreKeptAndUnknownTextStaysAsWritten() {
        Problem notFound = new Problem("urn:thads:problem:not-found", "Not found", 404, "Org unit 99 was not found", null, List.of(), Map.of());
        // "Org unit {0}" is a term of the catalogue: the variable part is in Vietnamese too
        assertThat(ProblemMessages.localize(notFound, ProblemMessages.VIETNAMESE))
                .extracting(Problem::title, Problem::detail).containsExactly("Không tìm thấy", "Không tìm thấy đơn vị 99");
        // a domain rule: its title by status, its detail by its slug's pattern, its members as they are
        Problem rule = new Problem("urn:thads:problem:over-collection", "Unprocessable request", 422,
                "Collecting 5000 VND would exceed the 3000 VND outstanding", null, List.of(), Map.of("outstandingAmount", 3000L));
        assertThat(ProblemMessages.localize(rule, ProblemMessages.VIETNAMESE))
                .extracting(Problem::title, Problem::detail, Problem::properties).containsExactly("Yêu cầu không thể xử lý",
                        "Số tiền thu 5000 đồng vượt quá số tiền còn phải thi hành 3000 đồng", Map.of("outstandingAmount", 3000L));
        // a text the catalogue does not know stays as written
        Problem unknown = new Problem("urn:thads:problem:over-collection", "Unprocessable request", 422,
                "Collections would exceed the money to enforce", null, List.of(), Map.of());
        assertThat(ProblemMessages.localize(unknown, ProblemMessages.VIETNAMESE).detail()).isEqualTo("Collections would exceed the money to enforce");
        // a pattern matches all of a text or nothing
        Problem partly = new Problem("urn:thads:problem:validation", "Invalid request", 400, "The request has invalid fields, and more",
                null, List.of(new Problem.FieldError("x", "is required, or not")), Map.of());
        Problem vi = ProblemMessages.localize(partly, ProblemMessages.VIETNAMESE);
        assertThat(vi.detail()).isEqualTo("The request has invalid fields, and more");
        assertThat(vi.errors().get(0).message()).isEqualTo("is required, or not");
    }

    @Test
    void theMostSpecificPatternWinsAndVerbsAreTranslated() {
        assertThat(ProblemMessages.field("must be one of a, b, optionally followed by ,asc or ,desc"))
                .isEqualTo("phải là một trong các giá trị a, b, có thể kèm ,asc hoặc ,desc");
        assertThat(ProblemMessages.field("must be one of a, b")).isEqualTo("phải là một trong các giá trị a, b");
        assertThat(ProblemMessages.field("must not be before 2026-01-02, the date of the last recorded change"))
                .isEqualTo("không được trước ngày 2026-01-02, ngày của thay đổi gần nhất được ghi nhận");
        assertThat(ProblemMessages.detail("illegal-transition", "A case in status CLOSED cannot be the subject of AUCTION", List.of()))
                .isEqualTo("Không thể thực hiện AUCTION đối với việc thi hành án đang ở trạng thái CLOSED");
        // a date out of range: the field's name, then its message in Vietnamese
        Problem date = ProblemException.dateOutOfRange("closedOn", "must not be in the future").toProblem(null);
        Problem vi = ProblemMessages.localize(date, ProblemMessages.VIETNAMESE);
        assertThat(vi.detail()).isEqualTo("closedOn không được là ngày trong tương lai");
        assertThat(vi.errors()).containsExactly(new Problem.FieldError("closedOn", "không được là ngày trong tương lai"));
    }

    @Test
    void bothLanguagesHaveTheSamePatternsAndVietnameseHasEveryTitle() {
        List<String> english = ProblemMessages.keys().get(0);
        List<String> vietnamese = ProblemMessages.keys().get(1);
        assertThat(vietnamese).containsAll(english);
        assertThat(vietnamese).contains("validation.title", "malformed-body.title", "unauthenticated.title", "forbidden.title",
                "not-found.title", "conflict.title", "400.title", "401.title", "403.title", "404.title", "409.title", "422.title");
    }
}
