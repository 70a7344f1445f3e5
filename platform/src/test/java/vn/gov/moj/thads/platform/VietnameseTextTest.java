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
    void aSearchPatternTakesWildcardsAndBackslashesLiterally() {
        assertThat(VietnameseText.containsPattern("50%_a\\b")).isEqualTo("%50\\%\\_a\\\\b%");
    }
}
