package vn.gov.moj.thads.reporting.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Each officer of an agency for a month. */
public record Officers(String agency, YearMonth month, int workYear, LocalDate asOf, List<OfficerRow> officers) {
}
