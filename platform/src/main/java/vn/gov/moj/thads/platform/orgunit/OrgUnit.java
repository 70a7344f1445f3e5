package vn.gov.moj.thads.platform.orgunit;

import java.time.LocalDate;

/** An org unit of the enforcement system with its validity (domain.md §2). */
public record OrgUnit(String code, String name, Level level, String parentCode,
                      LocalDate validFrom, LocalDate validTo, String successorCode) {

    public enum Level { NATIONAL, PROVINCE, LOCAL }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
