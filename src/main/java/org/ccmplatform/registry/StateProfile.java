package org.ccmplatform.registry;

import java.time.LocalDate;
import java.util.List;

/** A State with its participation in every treaty the platform carries, as on one day. */
public record StateProfile(State state, List<TreatyStanding> standings, LocalDate today) {

    /** A treaty and the State's participation in it, if it has any. */
    public record TreatyStanding(Treaty treaty, Participation participation, LocalDate today) {

        public ParticipationStatus status() {
            return participation == null ? ParticipationStatus.NOT_PARTY : participation.statusOn(today);
        }

        public boolean withdrawn() {
            return participation != null && participation.isWithdrawnOn(today);
        }

        public boolean inForce() {
            return participation != null && participation.isInForceOn(today);
        }
    }
}
