package org.ccmplatform.coalitions;

import java.util.List;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Role;

/**
 * What a person may do in a coalition. Beyond its public summary, a coalition is read by its members, the ISU and the
 * Presidency; it is kept by its national authority, facilitator and secretariat (and the ISU); a concern is read by
 * the facilitator alone.
 */
record CoalitionAccess(List<CoalitionMember> members, CurrentUser user) {

    boolean readsEverything() {
        return user != null && (user.isIsuAdmin() || user.has(Role.PRESIDENCY) || isMember());
    }

    boolean isMember() {
        return members.stream().anyMatch(m -> m.includes(user));
    }

    boolean manages() {
        return user != null && (user.isIsuAdmin() || has(CoalitionRole.NATIONAL_AUTHORITY)
                || has(CoalitionRole.FACILITATOR) || has(CoalitionRole.SECRETARIAT));
    }

    /** The national authority, the facilitator and the secretariat plan and run the meetings; not the ISU. */
    boolean runsMeetings() {
        return members.stream().anyMatch(m -> m.role().runsMeetings() && m.includes(user));
    }

    boolean isNationalAuthority() {
        return has(CoalitionRole.NATIONAL_AUTHORITY);
    }

    boolean isFacilitator() {
        return has(CoalitionRole.FACILITATOR);
    }

    private boolean has(CoalitionRole role) {
        return members.stream().anyMatch(m -> m.role() == role && m.includes(user));
    }
}
