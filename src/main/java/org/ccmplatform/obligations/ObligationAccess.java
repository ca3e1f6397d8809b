package org.ccmplatform.obligations;

import org.ccmplatform.registry.State;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who keeps a State's obligations: the ISU, and the State's own focal point. */
final class ObligationAccess {

    private ObligationAccess() {}

    static boolean mayKeep(State state, CurrentUser user) {
        return user != null && (user.isIsuAdmin() || (user.has(Role.FOCAL_POINT) && user.actsForState(state.id())));
    }

    static void checkKeeps(State state, CurrentUser user) {
        if (!mayKeep(state, user)) {
            throw new AccessDeniedException("Only the ISU and the State's focal point keep its obligations");
        }
    }
}
