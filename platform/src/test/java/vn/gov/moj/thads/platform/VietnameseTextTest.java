package vn.gov.moj.thads.platform;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

    @Test
    void namesAreFoldedWithoutDiacriticsCaseOrExtraSpaces() {
        assertThat(VietnameseText.folded("  Nguyễn Văn   Đức ")).isEqualTo("nguyen van duc");
        assertThat(VietnameseText.folded("ĐỖ THỊ HƯỜNG")).isEqualTo("do thi huong");
        assertThat(VietnameseText.folded("nguyen van duc")).isEqualTo("nguyen van duc");
    }

    @Test
    void aFoldedNameIsNeverLongerThanTheName() {
        // a Korean debtor's name: 300 characters fit the party's name, and must fit its search column too (the Hangul
        // syllables decomposed into three letters each and were not composed again: a 500)
        String hangul = "김".repeat(300);
        assertThat(VietnameseText.folded(hangul)).isEqualTo(hangul);
        assertThat(VietnameseText.folded("İ".repeat(300))).isEqualTo("i".repeat(300));
        assertThat(VietnameseText.folded("Kim Min-jun 김민준")).isEqualTo("kim min-jun 김민준");
    }

    @Test
    void aSearchPatternTakesWildcardsAndBackslashesLiterally() {
        assertThat(VietnameseText.containsPattern("50%_a\\b")).isEqualTo("%50\\%\\_a\\\\b%");
    }

    @Test
    void aDocumentNumberIsComparedAsItLooks() {
        String number = "15/2026/HNGĐ-ST Ư";
        assertThat(VietnameseText.visible(" 15/2026/HNGĐ-S\u200BT\u00A0\u00A0Ư\t")).isEqualTo(number);
        assertThat(VietnameseText.visible(java.text.Normalizer.normalize(number, java.text.Normalizer.Form.NFD))).isEqualTo(number);
        assertThat(VietnameseText.visible("123/2026/QĐ-CCTHADS")).isEqualTo("123/2026/QĐ-CCTHADS");
    }
}
