package org.ccmplatform.assistance;

import java.time.LocalDate;

/** Which funding gaps to compute: of one State or one coalition or all, one year or all, in which currency, when. */
public record GapQuery(String stateIso3, Long coalitionId, Integer year, String currency, LocalDate asOf) {}
