package org.huzhu.domain.model.grant;

/** The lists of members a grant run hands to staff (SPEC.md §7). */
public enum StaffList {
    /** 回访: every CRITICAL or FEMALE claimant, and a high burden */
    FOLLOW_UP,
    /** members to consider for a hardship file */
    FILE_CANDIDATE
}
