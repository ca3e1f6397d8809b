package org.ccmplatform.meetings;

import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.RuleViolation;

/** Who owns an action point: a State, an organisation, or a person (a user of the platform). */
public record ActionPointOwner(State state, Organisation organisation, Long userId, String personName) {

    public ActionPointOwner {
        int given = (state != null ? 1 : 0) + (organisation != null ? 1 : 0) + (userId != null ? 1 : 0);
        if (given == 0) {
            throw new RuleViolation("owner", "actionPoint.ownerRequired");
        }
        if (given > 1) {
            throw new RuleViolation("owner", "actionPoint.oneOwner");
        }
        if (userId != null && (personName == null || personName.isBlank())) {
            throw new RuleViolation("owner", "actionPoint.ownerRequired");
        }
    }

    public static ActionPointOwner of(State state) {
        return new ActionPointOwner(state, null, null, null);
    }

    public static ActionPointOwner of(Organisation organisation) {
        return new ActionPointOwner(null, organisation, null, null);
    }

    public static ActionPointOwner person(long userId, String name) {
        return new ActionPointOwner(null, null, userId, name);
    }

    /** A name for lists and e-mails when no language applies: the English name. */
    String label() {
        if (state != null) {
            return state.names().en();
        }
        return organisation != null ? organisation.name() : personName.strip();
    }
}
