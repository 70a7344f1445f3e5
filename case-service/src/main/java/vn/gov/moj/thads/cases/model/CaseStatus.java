package vn.gov.moj.thads.cases.model;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of domain.md §3. COMPLETED, TERMINATED and DELEGATED are final. */
public enum CaseStatus {
    RECEIVED, HAS_CONDITIONS, NO_CONDITIONS, POSTPONED, SUSPENDED, COMPLETED, TERMINATED, DELEGATED;

    public static final Set<CaseStatus> FINAL = EnumSet.of(COMPLETED, TERMINATED, DELEGATED);
    /** Where enforcement work happens: verification, collection, actions, pauses, delegation. */
    public static final Set<CaseStatus> ACTIVE = EnumSet.of(RECEIVED, HAS_CONDITIONS, NO_CONDITIONS);
    public static final Set<CaseStatus> PAUSED = EnumSet.of(POSTPONED, SUSPENDED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
