package vn.gov.moj.thads.complaints.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A token of an officer the case service deactivated carries no OFFICER role here: the identity provider may still sign
 * them in (their account serves elsewhere, or is closed later), and without this they went on reading a denouncer's
 * identity as a petition's handler and recording withdrawals and petitions at their agency's desk. Their standing is
 * learnt from the officer events (OfficerEventConsumer); every check of the service (roles allowed, {@link Caller}'s
 * scope, the petition's handlers and desk) then sees a token without the role. An agency head's own role stays: it is
 * the head's, not the officer title the case service withdrew.
 */
@ApplicationScoped
public class DeactivatedOfficers implements SecurityIdentityAugmentor {

    private static final String DEACTIVATED = "select 1 from officer_account where subject = ? and not active limit 1";

    @Inject AgroalDataSource dataSource;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Role.OFFICER)) {
            return Uni.createFrom().item(identity);
        }
        String subject = Caller.subjectOf(identity);
        return context.runBlocking(() -> isDeactivated(subject) ? withoutOfficerRole(identity) : identity);
    }

    private boolean isDeactivated(String subject) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(DEACTIVATED)) {
            statement.setString(1, subject);
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
