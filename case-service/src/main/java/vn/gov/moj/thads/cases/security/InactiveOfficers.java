package vn.gov.moj.thads.cases.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gov.moj.thads.platform.security.DeactivatedOfficers;

import javax.sql.DataSource;

/**
 * The officers their head deactivated: no OFFICER role on their tokens (before, they could still open cases and record
 * officers' work anywhere a role alone was asked; their own cases were already closed to them).
 */
@ApplicationScoped
public class InactiveOfficers extends DeactivatedOfficers {

    @Inject AgroalDataSource dataSource;

    @Override
    protected String deactivatedAccountQuery() {
        return "select 1 from officer where subject = ? and not active and agency_code = any(?) limit 1";
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
