package org.ccmplatform.assistance;

import org.ccmplatform.registry.State;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Role;

/**
 * Who reads assistance figures. A need marked not public is seen by the ISU, the Presidency and coordinators, donors,
 * and the focal point of its own State; everything else is public.
 */
public record Reader(CurrentUser user, boolean seesAll, Long ownState) {

    public static Reader of(CurrentUser user) {
        if (user == null) {
            return new Reader(null, false, null);
        }
        boolean all = user.isIsuAdmin() || user.has(Role.DONOR) || user.has(Role.PRESIDENCY)
                || user.has(Role.COORDINATOR);
        return new Reader(user, all, user.has(Role.FOCAL_POINT) ? user.stateId() : null);
    }

    public static Reader isu() {
        return new Reader(null, true, null);
    }

    public boolean sees(Need need) {
        return need.isPublic() || seesAll || (ownState != null && ownState.equals(need.state().id()));
    }

    /** The ISU and the State's own focal point post and edit its needs. */
    public boolean keeps(State state) {
        return user != null && (user.isIsuAdmin() || (user.has(Role.FOCAL_POINT) && user.actsForState(state.id())));
    }
}
