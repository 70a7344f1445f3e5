package vn.gov.moj.thads.reporting.model;

/**
 * The administrative judgments an org unit monitors (domain.md §3: the authority complies, the
 * agency only monitors; never in the civil figures), for a work year as of a date: carried in,
 * newly accepted, their sum; complied (the authority complied in the period: the monitoring
 * ended), compelled (a court decision compelling compliance dated in the period), reported to the
 * higher authority in the period; finished (monitoring ended by the date: complied, or an
 * administrative case closed or handed to another agency) and those still monitored.
 */
public record AdministrativeFigures(long carriedIn, long newlyAccepted, long accepted, long complied, long compelled, long reported,
                                    long finished, long monitored) {

    public static AdministrativeFigures of(long carriedIn, long newlyAccepted, long finished, long complied, long compelled, long reported) {
        long accepted = Math.addExact(carriedIn, newlyAccepted);
        return new AdministrativeFigures(carriedIn, newlyAccepted, accepted, complied, compelled, reported, finished,
                Math.subtractExact(accepted, finished));
    }
}
