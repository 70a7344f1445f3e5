package vn.gov.moj.thads.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the number of a decision, judgment or receipt may hold: another script's look-alike letters are not among it. */
class DocumentNumberTest {

    private static boolean valid(String value) {
        DocumentNumber.Check check = new DocumentNumber.Check();
        check.initialize(new DocumentNumber() {
            @Override public String message() { return ""; }
            @Override public int max() { return 100; }
            @Override public Class<?>[] groups() { return new Class<?>[0]; }
            @SuppressWarnings("unchecked")
            @Override public Class<? extends jakarta.validation.Payload>[] payload() { return new Class[0]; }
            @Override public Class<? extends java.lang.annotation.Annotation> annotationType() { return DocumentNumber.class; }
        });
        return check.isValid(value, null);
    }

    @Test
    void aNumberIsWrittenInLatinLettersAsciiDigitsAndKeyboardSigns() {
        assertThat(valid("15/2026/DS-ST")).isTrue();
        assertThat(valid("123/2026/QĐ-CCTHADS (bổ sung)")).as("Vietnamese letters").isTrue();
        assertThat(valid("15/2026/HNGĐ-ST U\u031B")).as("a mark typed decomposed").isTrue();
        assertThat(valid("15/2026/DS-S\u200BT\u00A0")).as("invisible and no-break spaces, kept as visible() keeps them").isTrue();
        assertThat(valid("15/2026/D\u0405-\u0405\u0422")).as("Cyrillic DZE and TE").isFalse();
        assertThat(valid("\uFF11\uFF15/2026/DS-ST")).as("full-width digits").isFalse();
        assertThat(valid("\uD835\uDFCF5/2026/DS-ST")).as("a mathematical bold one").isFalse();
        assertThat(valid("15\u22152026/DS-ST")).as("a division slash").isFalse();
        assertThat(valid("15/2026/\u03A4S-ST")).as("Greek TAU").isFalse();
        assertThat(valid("15/2026\u0007")).as("still a visible text").isFalse();
        assertThat(valid(null)).as("left to @NotBlank").isTrue();
    }

    @Test
    void aTextThatTurnsItsReadingOrderIsTold() {
        assertThat(VietnameseText.turnsReadingOrder("Phùng \u202EiảhK năV")).isTrue();
        assertThat(VietnameseText.turnsReadingOrder("Nguyễn \u2067Văn\u2069 A")).isTrue();
        assertThat(VietnameseText.turnsReadingOrder("Nguyễn\u200E Văn A")).as("a left-to-right mark only marks").isFalse();
        assertThat(VietnameseText.visible("Phùng \u202EiảhK")).isEqualTo("Phùng iảhK");
    }
}
