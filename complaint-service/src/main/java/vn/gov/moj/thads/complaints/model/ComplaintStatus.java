package vn.gov.moj.thads.complaints.model;

import java.util.EnumSet;
import java.util.Set;

public enum ComplaintStatus {
    RECEIVED, ACCEPTED, TRANSFERRED, RESOLVED, WITHDRAWN;

    public static final Set<ComplaintStatus> OPEN = EnumSet.of(RECEIVED, ACCEPTED, TRANSFERRED);
}
