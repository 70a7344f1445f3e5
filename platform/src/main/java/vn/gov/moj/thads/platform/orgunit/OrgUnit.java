package vn.gov.moj.thads.platform.orgunit;

import java.time.LocalDate;
import java.util.List;

/**
 * An org unit of the enforcement system (domain.md §2): one code for as long as the unit exists
 * ({@code validFrom} to {@code validTo}, open-ended when null), the unit it merged into when it
 * closed ({@code successorCode}), and its names over time: code 15 is "Yên Bái" until 2025-06-30
 * and "Lào Cai" from 2025-07-01.
 */
public record OrgUnit(String code, Level level, String parentCode, LocalDate validFrom, LocalDate validTo,
                      String successorCode, List<NamePeriod> names) {

    public enum Level { NATIONAL, PROVINCE, LOCAL }

    /** A name and the dates it was in use (both inclusive; {@code to} null while in use). */
    public record NamePeriod(String name, LocalDate from, LocalDate to) {
        boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    public OrgUnit {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Org unit " + code + " has no name");
        }
    }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** Closed before {@code date}: from then on its cases count in its successor. */
    public boolean endedBefore(LocalDate date) {
        return validTo != null && validTo.isBefore(date);
    }

    /**
     * The unit's name on {@code date}; before the unit existed its first name, after it closed
     * its last (a closed unit is still reported on for history, under the name it closed with).
     */
    public String nameOn(LocalDate date) {
        for (NamePeriod period : names) {
            if (period.covers(date)) {
                return period.name();
            }
        }
        return names.get(0).from() != null && date.isBefore(names.get(0).from()) ? names.get(0).name()
                : names.get(names.size() - 1).name();
    }
}
