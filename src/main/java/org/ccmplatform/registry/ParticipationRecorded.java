package org.ccmplatform.registry;

import java.time.LocalDate;

/** A State's participation in a treaty was recorded or changed: its deposit, entry into force and withdrawal. */
public record ParticipationRecorded(String stateIso3, String treaty, LocalDate depositDate, LocalDate entryIntoForce,
        LocalDate withdrawalEffective) {}
