package vn.gov.moj.thads.platform.event;

import java.util.UUID;

/**
 * The schema of every event on {@value Topics#OFFICER_EVENTS}: an officer's record and standing as the case service keeps
 * them, so that the other services know whose officer an account is (the reporting service's officer targets) and take a
 * deactivated officer's powers away too (the complaint service's handlers and desk). The
 * CloudEvents {@code type} is the record's simple name; {@code subject} is the officer id; the envelope's agency is the
 * officer's. The account (the token's subject) is what a consumer matches callers by, as in CaseAssigned; no name.
 * {@code version} is the officer record's version after the change: a consumer keeps the standing of the highest (event
 * times come from the clocks of several pods, and a deactivation seconds after a reactivation could read as older).
 */
public final class OfficerEvents {

    public static final int SCHEMA_VERSION = 1;
    /** Officers are kept by the case service. */
    public static final String SOURCE = CaseEvents.SOURCE;

    private OfficerEvents() {
    }

    /** An event of this topic: whose standing changed, and to what. */
    public sealed interface OfficerEvent permits OfficerRegistered, OfficerDeactivated, OfficerReactivated {
        UUID officerId();

        String officerSubject();

        String agencyCode();

        long version();

        /** The standing after the event. */
        default boolean active() {
            return !(this instanceof OfficerDeactivated);
        }
    }

    /** The agency's head registered the officer: the record's agency is the officer's (their targets are set there). */
    public record OfficerRegistered(UUID officerId, String officerSubject, String agencyCode, long version) implements OfficerEvent {
    }

    /** The head withdrew the officer (title withdrawn, moved, left): they no longer work on anything until reactivated. */
    public record OfficerDeactivated(UUID officerId, String officerSubject, String agencyCode, long version) implements OfficerEvent {
    }

    /** Back at work (a deactivation by mistake, a return from leave). */
    public record OfficerReactivated(UUID officerId, String officerSubject, String agencyCode, long version) implements OfficerEvent {
    }

    /** The event of an officer's standing as it is now. */
    public static OfficerEvent of(UUID officerId, String officerSubject, String agencyCode, boolean active, long version) {
        return active ? new OfficerReactivated(officerId, officerSubject, agencyCode, version)
                : new OfficerDeactivated(officerId, officerSubject, agencyCode, version);
    }

    /** The event classes by CloudEvents {@code type} (the record's simple name). */
    public static final java.util.Map<String, Class<? extends OfficerEvent>> TYPES = java.util.Map.of(
            OfficerRegistered.class.getSimpleName(), OfficerRegistered.class,
            OfficerDeactivated.class.getSimpleName(), OfficerDeactivated.class,
            OfficerReactivated.class.getSimpleName(), OfficerReactivated.class);
}
