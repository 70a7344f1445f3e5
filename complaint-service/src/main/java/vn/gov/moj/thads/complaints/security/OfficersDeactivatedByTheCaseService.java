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
        // a standing learnt before session 24 has no home agency: it counts for any, as it did
        return "select 1 from officer_account where subject = ? and not active"
                + " and (home_agency_code is null or home_agency_code = any(?)) limit 1";
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
