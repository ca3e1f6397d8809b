package org.ccmplatform.registry;

import java.time.LocalDate;

/** What the depositary records of one State under one treaty: signature, deposit, withdrawal, and the source. */
public record ParticipationRecord(
        LocalDate signatureDate,
        LocalDate depositDate,
        DepositType depositType,
        LocalDate withdrawalNotified,
        String source) {}
