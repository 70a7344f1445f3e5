package vn.gov.moj.thads.platform.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.Response;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.api.QueryParams;
import vn.gov.moj.thads.platform.api.Versions;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.outbox.Outbox;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A stand-in service for the platform tests: a state change that publishes an event. */
@Path("/api/v1/probes")
public class ProbeResource {

    public enum Colour { RED, GREEN }

    public record ProbeRequest(@NotBlank String id, @NotBlank String label, @NotNull Colour colour, @Positive long amount,
                               java.time.LocalDate on) {
    }

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final EventCodec codec;
    private final Caller caller;

    public ProbeResource(EntityManager entityManager, Outbox outbox, EventCodec codec, Caller caller) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.codec = codec;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed(Role.OFFICER)
    public Response create(@Valid @NotNull ProbeRequest request) {
        entityManager.createNativeQuery("insert into probe (id, label) values (?1, ?2)")
                .setParameter(1, request.id()).setParameter(2, request.label()).executeUpdate();
        outbox.publish("thads.probe-events", EventEnvelope.of("/thads/platform-test", "ProbeCreated", 1,
                request.id(), "19.05", "19", OffsetDateTime.now(), codec.tree(Map.of("label", request.label()))));
        if (request.label().startsWith("fail")) {
            throw ProblemException.unprocessable("probe-refused", "Refused after the event was written");
        }
        return Response.status(201).build();
    }

    /** A list as every service pages one, filtered by a date. */
    @GET
    @RolesAllowed(Role.OFFICER)
    public Page<Object> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size,
                             @QueryParam("from") String from) {
        QueryParams.dateOf(from, "from");
        List<?> rows = entityManager.createNativeQuery("select label from probe order by id")
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(List.copyOf(rows), rows.size(), page, size);
    }

    /** Work year Y runs from 1 October Y-1; a year beyond java.time's range is the caller's mistake. */
    @GET
    @Path("/work-years/{year}")
    @RolesAllowed(Role.OFFICER)
    public Map<String, Object> workYear(@PathParam("year") String year) {
        Integer y = QueryParams.integerOf(year, "year");
        return Map.of("starts", java.time.LocalDate.of(y - 1, 10, 1).toString());
    }

    /** A change that needs the version the caller read, as every service's changes do. */
    @PUT
    @Path("/{id}/label")
    @RolesAllowed(Role.OFFICER)
    public Response relabel(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        Versions.requireMatch(ifMatch, 3, "probe");
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.OFFICER)
    public Map<String, Object> read(@PathParam("id") String id) {
        var rows = entityManager.createNativeQuery("select label from probe where id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Probe " + id);
        }
        return Map.of("id", id, "label", rows.get(0));
    }

    /** Typed parameters, and a text filter that reaches the database. */
    @GET
    @Path("/typed/{year}")
    @RolesAllowed(Role.OFFICER)
    public Map<String, Object> typed(@PathParam("year") int year, @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("active") Boolean active, @QueryParam("owner") UUID owner,
                                     @QueryParam("label") String label) {
        Number count = (Number) entityManager.createNativeQuery("select count(*) from probe where label = ?1")
                .setParameter(1, label == null ? "" : label).getSingleResult();
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("year", year);
        answer.put("page", page);
        answer.put("active", active);
        answer.put("owner", owner);
        answer.put("count", count.longValue());
        return answer;
    }

    @GET
    @Path("/owners/{owner}")
    @RolesAllowed(Role.OFFICER)
    public Map<String, Object> owner(@PathParam("owner") UUID owner) {
        return Map.of("owner", owner.toString());
    }

    @GET
    @Path("/scope/{agency}")
    @RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD, Role.PROVINCE, Role.MINISTRY, Role.STATISTICS_CLIENT, Role.COURT_CLIENT})
    public Map<String, Object> covers(@PathParam("agency") String agency) {
        return Map.of("covers", caller.scope().covers(agency));
    }

    /** A statement for a database out of reach (a port nothing listens on): what every service meets while its database restarts. */
    @GET
    @Path("/unreachable-database")
    @RolesAllowed(Role.OFFICER)
    public String unreachableDatabase() throws java.sql.SQLException {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + portNothingListensOn() + "/thads", "thads", "thads")) {
            return "reached";
        }
    }

    static int portNothingListensOn() {
        return vn.gov.moj.thads.deploy.FreePorts.next();
    }
}
