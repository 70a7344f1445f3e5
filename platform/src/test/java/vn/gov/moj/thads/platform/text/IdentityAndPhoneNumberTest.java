package vn.gov.moj.thads.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The papers people carry and the numbers they dial, and what only looks like them. Plain JUnit. */
class IdentityAndPhoneNumberTest {

    @Test
    void identityNumbersAsPapersCarryThem() {
        for (String number : new String[]{"019085001234", "012345678", "C1234567", "0101234567-001", " 019 085 001 234 ",
                "A123456(7)", "12/2020/GP", "", null}) {
            assertThat(IdentityNumber.Check.isIdentityNumber(number)).as(number).isTrue();
        }
        for (String number : new String[]{"\u202e111000990100", "=HYPERLINK(\"x\")", "0190\u200b85", "МЕ123456", "-1", "1".repeat(51)}) {
            assertThat(IdentityNumber.Check.isIdentityNumber(number)).as(number).isFalse();
        }
    }

    /** Review of session 26: a regular expression of groups overflowed the stack on 6 KB of "1 " (500). */
    @Test
    void aLongValueIsRefusedInOnePass() {
        assertThat(IdentityNumber.Check.isIdentityNumber("1 ".repeat(3000) + "1")).isFalse();
        assertThat(IdentityNumber.Check.isIdentityNumber("1".repeat(10_000_000))).isFalse();
        assertThat(PhoneNumber.Check.isPhoneNumber("1 ".repeat(3000) + "1")).isFalse();
    }

    @Test
    void phoneNumbersAsDialled() {
        for (String number : new String[]{"0912345678", "+84 912 345 678", "(0208) 385 1234", "(+84) 912.345.678", "", null}) {
            assertThat(PhoneNumber.Check.isPhoneNumber(number)).as(number).isTrue();
        }
        for (String number : new String[]{"\u202e0912345678", "091+2345", "call me", "()", "+"}) {
            assertThat(PhoneNumber.Check.isPhoneNumber(number)).as(number).isFalse();
        }
    }
}
