package vn.gov.moj.thads.cases.model;

import java.util.Map;
import java.util.Set;

/**
 * The caller as an officer: their login, in the agency their token names and the units it took over. An officer record
 * is its agency's, and a login is the person's only there (logins are the identity provider's; another agency may hold a
 * record under the same login, made for its own staff member or by mistake), so a record is the caller's when both match.
 */
public record OfficerLogin(String subject, Set<String> units) {

    /** Whether {@code officer} is the caller's record (active or not). */
    public boolean isRecordOf(Officer officer) {
        return officer.subject().equals(subject) && units.contains(officer.agencyCode());
    }

    /** Whether {@code officer} is the caller's record and in force: a deactivated officer holds no case. */
    public boolean holds(Officer officer) {
        return officer != null && officer.active() && isRecordOf(officer);
    }

    /**
     * {@link #holds} as a JPQL condition on the officer at {@code path} (say {@code c.officer}), its parameters put in
     * {@code params}; a token without an agency holds nothing.
     */
    public String heldBy(String path, Map<String, Object> params) {
        if (units.isEmpty()) {
            return "1 = 0";
        }
        params.put("loginSubject", subject);
        params.put("loginUnits", units);
        return path + ".subject = :loginSubject and " + path + ".active = true and " + path + ".agencyCode in :loginUnits";
    }
}
