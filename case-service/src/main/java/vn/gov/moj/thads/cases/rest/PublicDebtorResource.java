package vn.gov.moj.thads.cases.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.moj.thads.cases.service.PublicDebtorService;
import vn.gov.moj.thads.platform.api.Page;

/** Public, no token: debtors currently without conditions to enforce. No ID numbers, no addresses. */
@Path("/api/v1/public/debtors-without-conditions")
@Tag(name = "Public")
@PermitAll
public class PublicDebtorResource {

    @Inject PublicDebtorService service;

    @GET
    @Operation(summary = "Search the public list of debtors without conditions to enforce, by name (with or without diacritics) and province",
            description = "A name has a word of at least 3 letters. The list shows the first 1,000 matches (a page starts within them) and"
                    + " counts its total up to 1,000: a total of 1,001 means more than 1,000; narrow the search by name or province.")
    public Page<PublicDebtorService.PublicDebtor> list(@QueryParam("name") String name, @QueryParam("province") String province,
                                                       @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                                                       @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.list(name, province, page, size);
    }
}
