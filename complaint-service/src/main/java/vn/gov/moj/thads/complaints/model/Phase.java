package vn.gov.moj.thads.complaints.model;

/**
 * When the act complained about took place, which sets the filing and resolution limits (Luật Thi
 * hành án dân sự arts. 140, 145): before any security or coercive measure, an account freeze
 * (phong tỏa tài khoản), another security measure (biện pháp bảo đảm), a coercive measure
 * (cưỡng chế), or after one.
 */
public enum Phase {
    BEFORE_MEASURES, ACCOUNT_FREEZE, SECURITY_MEASURE, COERCION, AFTER_COERCION;

    /** An account freeze is a security measure too: the first decision on it is final. */
    public boolean isSecurityMeasure() {
        return this == ACCOUNT_FREEZE || this == SECURITY_MEASURE;
    }
}
