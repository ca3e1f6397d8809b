package org.ccmplatform.obligations;

import java.time.LocalDate;

/** Where an obligation stood on a past day: its deadline then (after the extensions decided by then) and status. */
public record ObligationStanding(Obligation obligation, LocalDate deadline, ObligationStatus status) {}
