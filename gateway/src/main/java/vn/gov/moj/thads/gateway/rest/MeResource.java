package vn.gov.moj.thads.gateway.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.moj.thads.platform.security.Caller;

import java.util.Set;
import java.util.TreeSet;

/** Who the front end is signed in as, from the verified token, so it can show the right menus. */
@Path("/api/v1/me")
@Tag(name = "Session")
public class MeResource {

    public record Me(String subject, Set<String> roles, String agencyCode) {
    }

    @Inject Caller caller;
    @Inject SecurityIdentity identity;

    @GET
    @Authenticated
    @Operation(summary = "The caller's subject, roles and agency")
    public Me me() {
        return new Me(caller.subject(), new TreeSet<>(identity.getRoles()), caller.agencyCode().orElse(null));
    }
}
