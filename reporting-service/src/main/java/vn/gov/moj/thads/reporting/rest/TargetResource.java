package vn.gov.moj.thads.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;
import vn.gov.moj.thads.reporting.model.Target;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The four targets, set by the level above: the ministry for the country and provinces, a province for its offices. */
@Path("/api/v1/targets")
@Tag(name = "Targets")
@RolesAllowed({Role.MINISTRY, Role.STATISTICS_CLIENT, Role.PROVINCE, Role.AGENCY_HEAD})
public class TargetResource {

    public record Targets(@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal caseRate,
                          @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal moneyRate,
                          @NotNull @DecimalMin("-100") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal carriedOverCaseReduction,
                          @NotNull @DecimalMin("-100") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal carriedOverMoneyReduction) {
    }

    public record TargetView(int workYear, String orgUnitCode, BigDecimal caseRate, BigDecimal moneyRate,
                             BigDecimal carriedOverCaseReduction, BigDecimal carriedOverMoneyReduction, String setBy, OffsetDateTime setAt) {
    }

    private final Caller caller;
    private final OrgUnits orgUnits;

    public TargetResource(Caller caller, OrgUnits orgUnits) {
        this.caller = caller;
        this.orgUnits = orgUnits;
    }

    @PUT
    @Path("/{workYear}/{orgUnitCode}")
    @Transactional
    @RolesAllowed({Role.MINISTRY, Role.PROVINCE})
    @Operation(summary = "Set an org unit's four targets for a work year")
    public TargetView set(@PathParam("workYear") int workYear, @PathParam("orgUnitCode") String orgUnitCode,
                          @Valid @NotNull Targets targets) {
        if (!OrgUnits.NATIONAL.equals(orgUnitCode) && !orgUnits.isKnown(orgUnitCode)) {
            throw ProblemException.notFound("Org unit " + orgUnitCode);
        }
        boolean localOffice = orgUnitCode.contains(".");
        boolean allowed = localOffice
                ? caller.hasRole(Role.MINISTRY) || (caller.hasRole(Role.PROVINCE) && caller.scope().covers(orgUnitCode))
                : caller.hasRole(Role.MINISTRY);
        if (!allowed) {
            throw ProblemException.forbidden("Targets of " + orgUnitCode + " are set by the level above it");
        }
        Target target = Target.<Target>findByIdOptional(new Target.Key(workYear, orgUnitCode))
                .orElseGet(() -> new Target(workYear, orgUnitCode));
        target.set(targets.caseRate(), targets.moneyRate(), targets.carriedOverCaseReduction(),
                targets.carriedOverMoneyReduction(), caller.subject());
        target.persist();
        return view(target);
    }

    @GET
    @Path("/{workYear}")
    @Operation(summary = "The targets of a work year in the caller's scope")
    public List<TargetView> list(@PathParam("workYear") int workYear) {
        return Target.ofYear(workYear).stream()
                .filter(t -> caller.scope().nationwide() || caller.scope().covers(t.orgUnitCode()))
                .map(TargetResource::view).toList();
    }

    private static TargetView view(Target t) {
        return new TargetView(t.workYear(), t.orgUnitCode(), t.caseRate(), t.moneyRate(), t.carriedOverCaseReduction(),
                t.carriedOverMoneyReduction(), t.setBy(), t.setAt());
    }
}
