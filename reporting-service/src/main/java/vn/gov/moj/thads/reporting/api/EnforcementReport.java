package vn.gov.moj.thads.reporting.api;

import vn.gov.moj.thads.reporting.model.AdministrativeFigures;
import vn.gov.moj.thads.reporting.model.Figures;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code includedUnits}: the units whose records the figures hold on the as-of date (the unit
 * and those merged into it before then). {@code administrative}: the administrative judgments
 * monitored, never in the civil figures (domain.md §3). {@code targetVersion}: the version of the
 * targets the results are compared against (null: no targets).
 */
public record EnforcementReport(String orgUnit, String orgUnitName, int workYear, LocalDate asOf, List<String> includedUnits,
                                Figures cases, Figures money, AdministrativeFigures administrative, Targets targets,
                                TargetVersionView targetVersion, PreviousYear previousYear, Change change) {
}
