package vn.gov.moj.thads.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A token of an officer the case service deactivated carries no OFFICER role in a service that knows it: the identity
 * provider may still sign them in (their account serves elsewhere, or is closed later), and without this they went on
 * opening cases, and in the complaint service reading a petitioner's identity as a handler and recording withdrawals.
 * Every check of the service (roles allowed, {@link Caller}'s scope) then sees a token without the role. An agency head's
 * role on the same token stays: it is the head's, not the officer title withdrawn.
 * <p>
 * A service that keeps officers' standing extends this with its own table (the case service its officers, the complaint
 * service what the officer events taught it); the lookup runs on a worker thread, once per request of an officer.
 */
public abstract class DeactivatedOfficers implements SecurityIdentityAugmentor {

    /**
     * One row when the account (the statement's first parameter) is a deactivated officer's of one of the units (the
     * second, a varchar array: the token's agency and the units whose records it took over). An officer record is its
     * agency's: a head elsewhere who made one for a login of another province, and deactivated it, took that person's
     * officer powers away in their own agency (red team of session 24).
     */
    protected abstract String deactivatedAccountQuery();

    @jakarta.inject.Inject OrgUnits orgUnits;

    protected abstract DataSource dataSource();

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Role.OFFICER) || isRefusedByItsShape(identity)) {
            return Uni.createFrom().item(identity);
        }
        String subject = Caller.subjectOf(identity);
        java.util.Optional<String> agency = Caller.agencyOf(identity);
        if (agency.isEmpty()) {
            return Uni.createFrom().item(withoutOfficerRole(identity)); // an officer of no agency has none to work in
        }
        String[] units = orgUnits.withPredecessors(agency.get()).toArray(String[]::new);
        return context.runBlocking(() -> isDeactivated(subject, units) ? withoutOfficerRole(identity) : identity);
    }

    /**
     * A token that {@link TokenShapeFilter} refuses with the OFFICER role (with a system's role, or naming the whole
     * country) is left as it came: without the role it could pass as a system's or a national token.
     */
    private static boolean isRefusedByItsShape(SecurityIdentity identity) {
        return Role.MACHINES.stream().anyMatch(identity::hasRole) || Caller.agencyOf(identity).filter(OrgUnits.NATIONAL::equals).isPresent();
    }

    private boolean isDeactivated(String subject, String[] units) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(deactivatedAccountQuery())) {
            statement.setString(1, subject);
            statement.setArray(2, connection.createArrayOf("varchar", units));
            try (ResultSet found = statement.executeQuery()) {
                return found.next();
            }
        } catch (SQLException e) {
            // not known: no answer rather than an officer's powers (the request fails as any would with the database down)
            throw new IllegalStateException("The officers' standing cannot be read", e);
        }
    }

    private static SecurityIdentity withoutOfficerRole(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes());
        identity.getRoles().stream().filter(role -> !Role.OFFICER.equals(role)).forEach(builder::addRole);
        return builder.build();
    }
}
