package vn.gov.moj.thads.reporting.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.moj.thads.platform.api.QueryParams;
import vn.gov.moj.thads.platform.api.Versions;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;
import vn.gov.moj.thads.reporting.model.OfficerTarget;
import vn.gov.moj.thads.reporting.model.OfficerTargetVersion;
import vn.gov.moj.thads.reporting.model.SignedPeriod;
import vn.gov.moj.thads.reporting.model.Target;
import vn.gov.moj.thads.reporting.model.TargetRates;
import vn.gov.moj.thads.reporting.model.TargetVersion;
import vn.gov.moj.thads.reporting.api.TargetVersionView;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The four targets, set by the level above: the ministry for the country and provinces, a province for its offices. */
@Path("/api/v1/targets")
@Tag(name = "Targets")
@RolesAllowed({Role.MINISTRY, Role.STATISTICS_CLIENT, Role.PROVINCE, Role.AGENCY_HEAD})
// JSON whatever the Accept: without it, a PUT's Response was negotiated to the spreadsheet type and written with
// toString (./run --demo's load failed on it)
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {

    public record TargetView(int workYear, String orgUnitCode, @JsonUnwrapped TargetRates rates, String setBy, OffsetDateTime setAt) {
    }

    public record OfficerTargets(@NotBlank String agencyCode, @NotNull @Valid TargetRates targets) {
    }

    /** An officer's targets for a month; {@code version}: which version they are (every one is kept). */
    public record OfficerTargetView(LocalDate month, UUID officerId, String agencyCode, @JsonUnwrapped TargetRates rates,
                                    String setBy, OffsetDateTime setAt, Integer version) {
    }

    @Inject Caller caller;
    @Inject vn.gov.moj.thads.reporting.repository.OfficerAccounts accounts;
    @Inject OrgUnits orgUnits;
    @Inject java.time.Clock clock;
    @ConfigProperty(name = "thads.targets.officer-months-back-for-heads") int officerMonthsBack;

    @PUT
    @Path("/{workYear}/{orgUnitCode}")
    @Transactional
    @RolesAllowed({Role.MINISTRY, Role.PROVINCE})
    @Operation(summary = "Set an org unit's four targets for a work year: a new version, kept with who, when, why (reason,"
            + " up to 1000 characters) and whether it is provisional (provisional=true). Answered with the version as ETag;"
            + " If-Match with the version read (the last of /versions) refuses the change (412) when another was made since")
    public Response set(@PathParam("workYear") @Min(2000) @Max(2100) int workYear, @PathParam("orgUnitCode") String orgUnitCode,
                        @QueryParam("provisional") @DefaultValue("false") boolean provisional, @QueryParam("reason") @Size(max = 1000) String reason,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TargetRates targets) {
        if (!OrgUnits.NATIONAL.equals(orgUnitCode) && !orgUnits.isKnown(orgUnitCode)) {
            throw ProblemException.notFound("Org unit " + orgUnitCode);
        }
        boolean localOffice = orgUnitCode.contains(".");
        boolean allowed = localOffice
                ? caller.hasRole(Role.MINISTRY) || caller.scopeAs(Role.PROVINCE).covers(orgUnitCode)
                : caller.hasRole(Role.MINISTRY);
        if (!allowed) {
            throw ProblemException.forbidden("Targets of " + orgUnitCode + " are set by the level above it");
        }
        Target target = Target.<Target>findByIdOptional(new Target.Key(workYear, orgUnitCode), LockModeType.PESSIMISTIC_WRITE)
                .orElseGet(() -> new Target(workYear, orgUnitCode));
        TargetVersion latest = TargetVersion.latest(workYear, orgUnitCode);
        if (!caller.hasRole(Role.MINISTRY) && latest != null) {
            requireNotLoweredOnceSigned(workYear, orgUnitCode, latest.rates(), targets);
        }
        if (ifMatch != null) {
            // optional, so that callers of before keep working: two statisticians changing the same targets at once
            // each keep the version they read, and the second is told instead of silently replacing the first's
            Versions.requireMatch(ifMatch, latest == null ? 0 : latest.version(), "target");
        }
        target.set(targets, caller.subject());
        target.persist();
        TargetVersion set = TargetVersion.next(workYear, orgUnitCode, latest, targets, provisional, reason, caller.subject());
        set.persist();
        return Response.ok(view(target)).tag(new EntityTag(String.valueOf(set.version()))).build();
    }

    /**
     * Once the office's (or the province's) period of the year is signed, the province no longer lowers the office's
     * targets: lowered, a signed "not met" read "met" in every report, with no late entry to show it (the versions were
     * kept). It still sets them for the first time and raises them: refusing every change, the office's head, by closing a
     * month of a provisional year, locked the province out of its own offices' targets (review of session 31). The
     * ministry may still lower them, as a new version.
     */
    private void requireNotLoweredOnceSigned(int workYear, String orgUnitCode, TargetRates current, TargetRates proposed) {
        List<String> lowered = proposed.loweredFrom(current);
        if (lowered.isEmpty()) {
            return;
        }
        boolean signed = SignedPeriod.find("workYear = ?1 and orgUnitCode in ?2", workYear,
                List.of(orgUnitCode, OrgUnits.provinceOf(orgUnitCode))).firstResultOptional().isPresent();
        if (signed) {
            throw ProblemException.unprocessable("targets-judged", "The targets of " + orgUnitCode + " for work year " + workYear
                    + " judge figures already signed; only the ministry lowers them now").with("lowered", lowered);
        }
    }

    @GET
    @Path("/{workYear}/{orgUnitCode}/versions")
    @Operation(summary = "Every version of an org unit's targets for a work year, the first first: who set it, when, why, provisional")
    public List<TargetVersionView> versions(@PathParam("workYear") @Min(2000) @Max(2100) int workYear,
                                            @PathParam("orgUnitCode") String orgUnitCode) {
        if (!OrgUnits.NATIONAL.equals(orgUnitCode) && !orgUnits.isKnown(orgUnitCode)) {
            throw ProblemException.notFound("Org unit " + orgUnitCode);
        }
        if (!caller.scope().nationwide() && (OrgUnits.NATIONAL.equals(orgUnitCode) || !caller.scope().covers(orgUnitCode))) {
            throw ProblemException.forbidden("Targets of " + orgUnitCode + " are outside your scope");
        }
        return TargetVersion.history(workYear, orgUnitCode).stream().map(TargetVersionView::of).toList();
    }

    @GET
    @Path("/{workYear}")
    @Operation(summary = "The targets of a work year in the caller's scope")
    public List<TargetView> list(@PathParam("workYear") @Min(2000) @Max(2100) int workYear) {
        return Target.ofYear(workYear).stream()
                .filter(t -> caller.scope().nationwide() || caller.scope().covers(t.orgUnitCode()))
                .map(TargetResource::view).toList();
    }

    @PUT
    @Path("/officers/{month}/{officerId}")
    @Transactional
    @RolesAllowed({Role.MINISTRY, Role.PROVINCE, Role.AGENCY_HEAD})
    @Operation(summary = "Set an officer's four targets for a month (YYYY-MM), by the head of the officer's agency or above")
    public OfficerTargetView setForOfficer(@PathParam("month") String month, @PathParam("officerId") String officerId,
                                           @Valid @NotNull OfficerTargets body) {
        YearMonth yearMonth = QueryParams.monthOf(QueryParams.required(month, "month"), "month");
        UUID officer = QueryParams.uuidOf(QueryParams.required(officerId, "officerId"), "officerId");
        String agency = body.agencyCode().strip();
        if (!orgUnits.isKnown(agency) || OrgUnits.NATIONAL.equals(agency)) {
            throw ProblemException.invalidField("agencyCode", "is not a known agency");
        }
        if (!caller.scope().covers(agency) && !caller.scope().nationwide()) {
            throw ProblemException.forbidden("Officers of " + agency + " are outside your scope");
        }
        OfficerTarget.requireSettable(yearMonth, LocalDate.now(clock), caller.hasRole(Role.MINISTRY), officerMonthsBack);
        if (accounts.isAccountOf(officer, caller.subject())) {
            // a head is an enforcement officer too, with cases and targets of their own: those are set above them
            throw ProblemException.forbidden("Your own targets are set by the head above you, your province or the ministry");
        }
        // an officer of another agency's record, or known to work on other agencies' cases only, is not this agency's
        // (review of session 13: a head set targets for another agency's officer, who then showed in the head's officers
        // report, and the officer's own head was refused; red team of session 26: for a new officer, with no case yet)
        Optional<String> recordAgency = accounts.agencyOf(officer);
        // the officer's record known, another agency's cases count in the months they are held; unknown, any case they held
        OfficerPlace place = new OfficerPlace(recordAgency, recordAgency.isPresent()
                ? OfficerTarget.agenciesOfCasesHeldIn(officer, yearMonth.atDay(1)) : OfficerTarget.agenciesOfCasesAssignedTo(officer));
        if (place.unknown()) {
            // nothing says whose officer this is: any head could take the targets of an officer registered a second ago
            // elsewhere, or of no officer at all (session 29; before, such targets were kept and gave way later)
            throw new ProblemException(404, "officer-not-known", "Not found", "No record or case of officer " + officer
                    + " has reached the reports yet; a new officer's record reaches them within seconds");
        }
        if (!place.isOf(agency, orgUnits)) {
            throw ProblemException.unprocessable("officer-of-another-agency", "Officer " + officer + " has been assigned no case of agency " + agency);
        }
        // locked: two heads setting the same targets at once each write a version of their own, one after the other
        OfficerTarget target = OfficerTarget.<OfficerTarget>findByIdOptional(new OfficerTarget.Key(yearMonth.atDay(1), officer),
                        LockModeType.PESSIMISTIC_WRITE)
                .orElseGet(() -> new OfficerTarget(yearMonth.atDay(1), officer));
        // targets set by an agency the officer is not of (before the officer could be placed) give way, and are not the own
        // head's to keep as a floor
        boolean setElsewhere = target.agencyCode() != null && !place.isOf(target.agencyCode(), orgUnits);
        // the officer's own agency sets them over a host's: nothing ends a host's hold when a secondment does (a case of
        // the host's left with the officer kept the own head out for good: review of session 31)
        boolean ownAgencys = place.recordAgency().filter(orgUnits.withPredecessors(agency)::contains).isPresent();
        if (target.agencyCode() != null && !target.agencyCode().equals(agency) && !setElsewhere && !ownAgencys
                && !caller.scope().covers(target.agencyCode()) && !caller.scope().nationwide()) {
            throw ProblemException.forbidden("Officer " + officer + " has targets of another agency for " + yearMonth);
        }
        if (isOwnHeadOf(agency) && !setElsewhere) {
            target.requireNotLoweredByOwnHead(body.targets(), LocalDate.now(clock));
        }
        OfficerTargetVersion version = target.set(agency, body.targets(), caller.subject());
        target.persist();
        version.persist();
        return view(target);
    }

    @GET
    @Path("/officers/{month}/{officerId}/versions")
    @Operation(summary = "Every version of an officer's targets for a month (YYYY-MM), the first first: who set it and when")
    public List<OfficerTargetView> officerVersions(@PathParam("month") String month, @PathParam("officerId") String officerId) {
        YearMonth yearMonth = QueryParams.monthOf(QueryParams.required(month, "month"), "month");
        UUID officer = QueryParams.uuidOf(QueryParams.required(officerId, "officerId"), "officerId");
        List<OfficerTargetVersion> history = OfficerTargetVersion.history(yearMonth.atDay(1), officer);
        // the officer's own agency reads every version, another's set before the officer could be placed too
        boolean ownOfficer = accounts.agencyOf(officer).filter(caller.scope()::covers).isPresent();
        if (!caller.scope().nationwide() && !ownOfficer && history.stream().anyMatch(v -> !caller.scope().covers(v.agencyCode()))) {
            throw ProblemException.forbidden("Officer " + officer + " has targets outside your scope for " + yearMonth);
        }
        return history.stream().map(v -> new OfficerTargetView(v.month(), v.officerId(), v.agencyCode(), v.rates(), v.setBy(),
                v.setAt(), v.version())).toList();
    }

    @GET
    @Path("/officers/{month}")
    @Operation(summary = "The officers' targets of an agency for a month (YYYY-MM)")
    public List<OfficerTargetView> officers(@PathParam("month") String month, @QueryParam("agency") String agency) {
        if (agency == null || agency.isBlank()) {
            throw ProblemException.invalidField("agency", "is required");
        }
        if (!caller.scope().nationwide() && !caller.scope().covers(agency.strip())) {
            throw ProblemException.forbidden("Officers of " + agency + " are outside your scope");
        }
        YearMonth yearMonth = QueryParams.monthOf(QueryParams.required(month, "month"), "month");
        return OfficerTarget.ofAgency(yearMonth.atDay(1), agency.strip()).stream().map(TargetResource::view).toList();
    }

    /**
     * Where an officer works, as far as the view knows: the agency of their record (the officer events) and the agencies of
     * the cases assigned to them. An agency may set their targets when it is the record's (or took it over), or, for an
     * officer seconded, one whose cases they work on; with neither known (no event read, no case yet), any.
     */
    record OfficerPlace(java.util.Optional<String> recordAgency, java.util.Set<String> worked) {

        /** Neither the officer's record nor any case of theirs has reached the view. */
        boolean unknown() {
            return recordAgency.isEmpty() && worked.isEmpty();
        }

        boolean isOf(String agency, OrgUnits orgUnits) {
            java.util.Set<String> line = orgUnits.withPredecessors(agency);
            return recordAgency.filter(line::contains).isPresent() || worked.stream().anyMatch(line::contains);
        }
    }

    /**
     * The head of the officer's agency itself (or of the unit that took over its records), whatever other role the token
     * carries: a provincial director heading agency 19 is its officers' own head. Not the ministry, nor the provincial
     * agency's head over an office, nor a provincial user who heads no agency.
     */
    private boolean isOwnHeadOf(String agency) {
        if (caller.hasRole(Role.MINISTRY) || !caller.hasRole(Role.AGENCY_HEAD)) {
            return false;
        }
        return caller.ownUnits().contains(agency);
    }

    private static OfficerTargetView view(OfficerTarget t) {
        return new OfficerTargetView(t.month(), t.officerId(), t.agencyCode(), t.rates(), t.setBy(), t.setAt(), t.version());
    }

    private static TargetView view(Target t) {
        return new TargetView(t.workYear(), t.orgUnitCode(), t.rates(), t.setBy(), t.setAt());
    }
}
