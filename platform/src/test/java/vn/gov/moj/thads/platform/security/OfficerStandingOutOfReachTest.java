package vn.gov.moj.thads.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import vn.gov.moj.thads.platform.problem.Problem;
import vn.gov.moj.thads.platform.problem.ProblemMappers;

import javax.sql.DataSource;
import vn.gov.moj.thads.deploy.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An officer's request while the service's database is out of reach: the standing cannot be read, so the request is
 * not served, and it is answered 503 with Retry-After (the officer may try again), not 500 with an error id.
 */
class OfficerStandingOutOfReachTest {

    @Test
    void anOfficersRequestWhileTheDatabaseIsOutOfReachIsServiceUnavailableNotAnInternalError() throws Exception {
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setServerNames(new String[] {"127.0.0.1"});
        unreachable.setPortNumbers(new int[] {portNothingListensOn()});
        unreachable.setDatabaseName("thads");
        DeactivatedOfficers standings = new DeactivatedOfficers() {
            @Override
            protected String deactivatedAccountQuery() {
                return "select 1 from officer where subject = ? and not active";
            }

            @Override
            protected DataSource dataSource() {
                return unreachable;
            }
        };
        standings.orgUnits = new vn.gov.moj.thads.platform.orgunit.OrgUnits(java.util.Optional.empty());
        SecurityIdentity officer = QuarkusSecurityIdentity.builder().setPrincipal(tokenOf("officer-1", "19.05"))
                .addRole(Role.OFFICER).build();
        AuthenticationRequestContext onThisThread = new AuthenticationRequestContext() {
            @Override
            public Uni<SecurityIdentity> runBlocking(java.util.function.Supplier<SecurityIdentity> function) {
                return Uni.createFrom().item(function);
            }
        };

        Throwable failure = catchThrowable(() -> standings.augment(officer, onThisThread).await().indefinitely());
        assertThat(failure).as("no standing read, no officer's powers").isNotNull();

        Response answer = new ProblemMappers().unexpected(failure, null);
        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(((Problem) answer.getEntity()).type()).isEqualTo("urn:thads:problem:database-unavailable");
    }

    @Test
    void aFailureThatIsNotTheDatabasesStaysAnInternalError() {
        Response answer = new ProblemMappers().unexpected(new IllegalStateException("a fault of the code"), null);
        assertThat(answer.getStatus()).isEqualTo(500);
    }

    /** A verified token's principal naming its subject and agency. */
    private static org.eclipse.microprofile.jwt.JsonWebToken tokenOf(String subject, String agencyCode) {
        java.util.Map<String, Object> claims = java.util.Map.of("sub", subject, "agencyCode", agencyCode);
        return new org.eclipse.microprofile.jwt.JsonWebToken() {
            @Override
            public String getName() {
                return subject;
            }

            @Override
            public java.util.Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }

    private static int portNothingListensOn() {
        return FreePorts.next();
    }
}
