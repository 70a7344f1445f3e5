package vn.gov.moj.thads.reporting.api;

import java.time.LocalDate;
import java.util.List;

/** The children of a unit as of a date, ranked, and how many meet all four targets. */
public record Children(String orgUnit, int workYear, LocalDate asOf, List<ChildRow> children, long meetingAllTargets) {
}
