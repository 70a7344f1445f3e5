package vn.gov.moj.thads.cases.model;

/**
 * Security measures (biện pháp bảo đảm, Luật THADS art. 66–69): freezing an account (phong tỏa tài
 * khoản), temporarily seizing assets or papers (tạm giữ), stopping the registration of a transfer
 * of the debtor's assets (tạm dừng việc đăng ký, chuyển quyền sở hữu, sử dụng, thay đổi hiện trạng).
 */
public enum SecurityMeasureType {
    ACCOUNT_FREEZE, TEMPORARY_SEIZURE, TRANSFER_REGISTRATION_STOP
}
