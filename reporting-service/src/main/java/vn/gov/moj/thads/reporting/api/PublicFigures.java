package vn.gov.moj.thads.reporting.api;

import vn.gov.moj.thads.reporting.model.Figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Open data (issue 17, item 6): the signed figures of every province per closed period of a work year. No
 * personal data: no case, no person, not who signed (only when, and the digest of what was signed).
 * {@code workYears}: every work year with a signed province period, to ask for by {@code workYear}.
 */
public record PublicFigures(Integer workYear, List<Integer> workYears, List<Row> periods) {

    public record Row(String province, String provinceName, int workYear, LocalDate asOf, OffsetDateTime closedAt, Figures cases,
                      Figures money, String digest) {
    }
}
