package org.ccmplatform.registry;

import java.time.LocalDate;

/** A line of the States list: the State and its participation in the treaty being looked at (or none). */
public record StateRow(State state, Participation participation, LocalDate today) {

    public ParticipationStatus status() {
        return participation == null ? ParticipationStatus.NOT_PARTY : participation.statusOn(today);
    }

    public boolean withdrawn() {
        return participation != null && participation.isWithdrawnOn(today);
    }
}
