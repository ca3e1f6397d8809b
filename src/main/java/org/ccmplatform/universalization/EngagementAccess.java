package org.ccmplatform.universalization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccmplatform.governance.CommitteeRoster;
import org.ccmplatform.governance.Term;
import org.ccmplatform.governance.Theme;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who reads and keeps the engagement log. The ISU, the Presidency and the coordinators of universalization keep
 * it (and the categories, votes and targets). Signed-in people read its entries that are not confidential; a
 * confidential entry is read only by the ISU, the Presidency, the coordinators of universalization of the current
 * term, and those of the term in which the engagement took place. Anonymous visitors read no entry at all.
 */
@Component
class EngagementAccess {

    private final CommitteeRoster roster;

    EngagementAccess(CommitteeRoster roster) {
        this.roster = roster;
    }

    boolean keeps(CurrentUser user) {
        return user != null && (user.isIsuAdmin() || user.has(Role.PRESIDENCY) || coordinatesNow(user));
    }

    /** The entries of a log that this person may read, in the log's order. */
    List<Engagement> visible(List<Engagement> log, CurrentUser user) {
        if (user == null) {
            return List.of();
        }
        if (keeps(user) || log.stream().noneMatch(Engagement::confidential)) {
            return log;
        }
        if (!user.has(Role.COORDINATOR) || user.stateId() == null) {
            return log.stream().filter(e -> !e.confidential()).toList();
        }
        List<Term> terms = roster.terms();
        Map<Long, Boolean> coordinated = new HashMap<>();
        return log.stream().filter(e -> !e.confidential() || terms.stream().filter(t -> t.covers(e.day()))
                .findFirst()
                .map(t -> coordinated.computeIfAbsent(t.id(), id -> roster.coordinates(user, Theme.UNIVERSALIZATION,
                        t)))
                .orElse(false)).toList();
    }

    private boolean coordinatesNow(CurrentUser user) {
        return user.has(Role.COORDINATOR) && roster.coordinates(user, Theme.UNIVERSALIZATION);
    }
}
