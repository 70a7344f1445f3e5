package vn.gov.moj.thads.complaints.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gov.moj.thads.platform.security.DeactivatedOfficers;

import javax.sql.DataSource;

/** The officers deactivated as the officer events told this service (OfficerEventConsumer): no OFFICER role here either. */
@ApplicationScoped
public class OfficersDeactivatedByTheCaseService extends DeactivatedOfficers {

    @Inject AgroalDataSource dataSource;

    @Override
    protected String deactivatedAccountQuery() {
        return "select 1 from officer_account where subject = ? and not active limit 1";
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
