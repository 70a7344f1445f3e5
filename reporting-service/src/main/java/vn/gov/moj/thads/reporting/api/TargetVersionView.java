package vn.gov.moj.thads.reporting.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import vn.gov.moj.thads.reporting.model.TargetRates;
import vn.gov.moj.thads.reporting.model.TargetVersion;

import java.time.OffsetDateTime;

/** One version of a unit's targets for a work year: which, its rates, whether provisional, why, who set it and when. */
public record TargetVersionView(int workYear, String orgUnitCode, int version, @JsonUnwrapped TargetRates rates, boolean provisional,
                                String reason, String setBy, OffsetDateTime setAt) {
    public static TargetVersionView of(TargetVersion v) {
        return v == null ? null : new TargetVersionView(v.workYear(), v.orgUnitCode(), v.version(), v.rates(), v.provisional(),
                v.reason(), v.setBy(), v.setAt());
    }
}
