package vn.gov.moj.thads.reporting.model;

/**
 * The administrative judgments an org unit monitors (domain.md §3: the authority complies, the
 * agency only monitors; never in the civil figures), for a work year as of a date: carried in,
 * newly accepted, their sum, those whose monitoring ended by the date, and those still monitored.
 */
public record AdministrativeFigures(long carriedIn, long newlyAccepted, long accepted, long finished, long monitored) {

    public static AdministrativeFigures of(long carriedIn, long newlyAccepted, long finished) {
        long accepted = Math.addExact(carriedIn, newlyAccepted);
        return new AdministrativeFigures(carriedIn, newlyAccepted, accepted, finished, Math.subtractExact(accepted, finished));
    }
}
