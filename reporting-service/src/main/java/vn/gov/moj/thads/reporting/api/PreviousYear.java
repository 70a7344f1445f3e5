package vn.gov.moj.thads.reporting.api;

import vn.gov.moj.thads.reporting.model.Figures;

import java.time.LocalDate;

/** The same date last year, with the units the report's own date has (domain.md §2). */
public record PreviousYear(int workYear, LocalDate asOf, Figures cases, Figures money) {
}
