package vn.gov.moj.thads.cases.service;

import vn.gov.moj.thads.cases.model.CaseFlag;
import vn.gov.moj.thads.cases.model.CaseStatus;
import vn.gov.moj.thads.cases.model.Category;
import vn.gov.moj.thads.cases.model.Pipeline;

import java.util.UUID;

/** The filters of the case list; null means "any". */
public record CaseSearch(String agencyCode, CaseStatus status, Category category, CaseFlag flag, UUID officerId,
                         Integer workYear, String text, String sort, int page, int size, Pipeline pipeline) {

    /** The same filters in another pipeline (or none). */
    public CaseSearch in(Pipeline other) {
        return new CaseSearch(agencyCode, status, category, flag, officerId, workYear, text, sort, page, size, other);
    }
}
