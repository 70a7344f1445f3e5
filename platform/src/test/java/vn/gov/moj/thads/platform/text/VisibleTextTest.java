package vn.gov.moj.thads.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a decision, judgment or receipt number, or a name, may hold, checked in one pass. */
class VisibleTextTest {

    private static boolean valid(String value, int max) {
        VisibleText.Check check = new VisibleText.Check();
        check.initialize(new VisibleText() {
            @Override public String message() { return ""; }
            @Override public int max() { return max; }
            @Override public Class<?>[] groups() { return new Class<?>[0]; }
            @SuppressWarnings("unchecked")
            @Override public Class<? extends jakarta.validation.Payload>[] payload() { return new Class[0]; }
            @Override public Class<? extends java.lang.annotation.Annotation> annotationType() { return VisibleText.class; }
        });
        return check.isValid(value, null);
    }

    @Test
    void aNumberHoldsSomethingVisibleAndNoControlCharacterAndFitsItsColumnOnceComposed() {
        assertThat(valid("123/2026/QĐ-CCTHADS", 100)).isTrue();
        assertThat(valid("15/2026/DS-ST\u00A0\t", 100)).as("pasted spaces are spaces").isTrue();
        assertThat(valid("\u200B\u00A0", 100)).as("nothing visible").isFalse();
        assertThat(valid("15/2026\u0007", 100)).as("a control character").isFalse();
        assertThat(valid("9".repeat(300_000) + "\u0001", 100)).isFalse();
        // each U+FB2C composes to three characters: 50 of them are 150 in a column of 100
        assertThat(valid("\uFB2C".repeat(50), 100)).isFalse();
        assertThat(valid("\uFB2C".repeat(30), 100)).isTrue();
        assertThat(valid(null, 100)).as("left to @NotBlank").isTrue();
        // an optional text sent blank means none (a court's otherObligations ""): refused in session 24's first form
        assertThat(valid("", 100)).as("blank: left to @NotBlank").isTrue();
        assertThat(valid(" \t", 100)).as("blank: left to @NotBlank").isTrue();
        // a word processor's soft line break and a form feed are line breaks, as \n is
        assertThat(valid("Bồi thường\u000Bthiệt hại\f", 100)).isTrue();
        assertThat(valid("Bồi thường\u001Bthiệt hại", 100)).as("an escape").isFalse();
        // letters and signs drawn as nothing (review of session 26: one as an obligation reached the public debtor list)
        for (String blank : new String[]{"\u2800", "\u3164", "\u115F", "\uFFA0", "\u3164\u2800 \u1160"}) {
            assertThat(valid(blank, 100)).as("drawn blank").isFalse();
        }
        assertThat(valid("Trả lại\u2800 xe máy", 100)).as("beside something visible").isTrue();
    }
}
