package vn.gov.moj.thads.reporting.api;

import vn.gov.moj.thads.reporting.model.AdministrativeFigures;
import vn.gov.moj.thads.reporting.model.Figures;

/**
 * A child unit. {@code ownCases}: a province's own cases beside its local offices (not
 * ranked); {@code existsOnAsOf} false: a unit that did not exist on the date but holds
 * records then (not ranked). Children always add up to their parent. {@code targetVersion} and {@code targetProvisional}:
 * the version of the unit's targets its results are compared with (domain.md §6: a report states which), null without one.
 */
public record ChildRow(String orgUnit, String orgUnitName, boolean ownCases, boolean existsOnAsOf, Figures cases, Figures money,
                       AdministrativeFigures administrative, Targets targets, Integer targetVersion, Boolean targetProvisional,
                       Integer rankByCaseRate, Integer rankByMoneyRate, boolean meetsAllTargets) {
    public ChildRow ranked(Integer byCases, Integer byMoney) {
        return new ChildRow(orgUnit, orgUnitName, ownCases, existsOnAsOf, cases, money, administrative, targets, targetVersion,
                targetProvisional, byCases, byMoney, meetsAllTargets);
    }

    public boolean rankable() {
        return !ownCases && existsOnAsOf;
    }
}
