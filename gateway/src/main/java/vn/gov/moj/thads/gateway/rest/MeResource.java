package vn.gov.moj.thads.gateway.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.gateway.proxy.ServiceProxy;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who the front end is signed in as, from the verified token, so it can show the right menus. An OFFICER role whose
 * officer record the head deactivated is left out, as every service leaves it out (the case service says which: before
 * session 29 the menus offered a deactivated officer what every service then refused, 403).
 */
@Path("/api/v1/me")
@Tag(name = "Session")
public class MeResource {

    private static final Logger LOG = Logger.getLogger(MeResource.class);

    public record Me(String subject, Set<String> roles, String agencyCode) {
    }

    @Inject Caller caller;
    @Inject SecurityIdentity identity;
    @Inject ServiceProxy services;

    @GET
    @Authenticated
    @Operation(summary = "The caller's subject, roles and agency; no OFFICER role for a deactivated officer")
    public Uni<Me> me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        Me asSigned = new Me(caller.subject(), roles, caller.agencyCode().orElse(null));
        if (!roles.contains(Role.OFFICER)) {
            return Uni.createFrom().item(asSigned);
        }
        return Uni.createFrom().completionStage(() -> services.read("case-service", "/api/v1/officers/me", authorization).toCompletionStage())
                .map(body -> {
                    if (!Boolean.FALSE.equals(new JsonObject(body).getBoolean("active"))) {
                        return asSigned;
                    }
                    Set<String> standing = new TreeSet<>(roles);
                    standing.remove(Role.OFFICER);
                    return new Me(asSigned.subject(), standing, asSigned.agencyCode());
                })
                // no record (404), or the case service out of reach: the roles as signed (every service still checks the standing)
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("Officer standing not read for /me: %s", failure.getMessage());
                    return asSigned;
                });
    }
}
