package org.ccmplatform.meetings;

import java.util.List;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Role;

/**
 * Who may read and who may run a meeting. Public meetings are read by everyone; the others by their participants, the
 * ISU and the Presidency. A meeting is run by the delegations that chair it, facilitate it or are its secretariat, and
 * formal meetings (not a coalition's) by the ISU too.
 */
final class MeetingAccess {

    private MeetingAccess() {}

    static boolean canRead(Meeting meeting, List<Delegation> delegations, CurrentUser user) {
        if (meeting.visibility() == MeetingVisibility.PUBLIC) {
            return true;
        }
        if (user == null) {
            return false;
        }
        return user.isIsuAdmin() || user.has(Role.PRESIDENCY) || delegations.stream().anyMatch(d -> d.includes(user));
    }

    static boolean canRun(Meeting meeting, List<Delegation> delegations, CurrentUser user) {
        if (user == null) {
            return false;
        }
        if (user.isIsuAdmin() && !meeting.body().isCoalitionBody()) {
            return true;
        }
        return delegations.stream().anyMatch(d -> d.role().runsTheMeeting() && d.includes(user));
    }

    /** Who may plan a new meeting of a body (a coalition's meetings are planned from the coalition). */
    static boolean canPlan(MeetingBody body, CurrentUser user) {
        return user != null && !body.isCoalitionBody() && (user.isIsuAdmin() || user.has(Role.PRESIDENCY));
    }
}
