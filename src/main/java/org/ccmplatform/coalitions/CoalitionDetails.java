package org.ccmplatform.coalitions;

import java.time.LocalDate;
import java.util.Set;

/** What describes a coalition, as entered in its form. */
public record CoalitionDetails(String name, CoalitionStatus status, LocalDate startDate, Cadence cadence,
        Set<CoveredObligation> obligations, String strategyLink, String objectives) {}
