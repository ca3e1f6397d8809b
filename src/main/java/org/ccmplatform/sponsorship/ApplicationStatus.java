package org.ccmplatform.sponsorship;

/**
 * Where an application stands. Submitted, then selected (the asked costs are allocated) or not selected (with the
 * ISU's reasons); a selected delegate's actual costs are recorded after the meeting. A submitted or selected
 * application may be withdrawn, which frees its allocation.
 */
public enum ApplicationStatus {
    SUBMITTED,
    SELECTED,
    NOT_SELECTED,
    COSTS_RECORDED,
    WITHDRAWN;

    /** The delegate is sponsored: the application counts in the reports and costs the programme. */
    public boolean isSponsored() {
        return this == SELECTED || this == COSTS_RECORDED;
    }
}
