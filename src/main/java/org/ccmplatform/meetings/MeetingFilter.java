package org.ccmplatform.meetings;

import java.time.LocalDate;
import java.util.Set;

/** Which meetings a list shows: some bodies, in a period. */
public record MeetingFilter(Set<MeetingBody> bodies, LocalDate from, LocalDate to) {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);
}
