package org.ccmplatform.governance;

import java.time.LocalDate;

/**
 * A presidential term: from the last day of the MSP before to the last day of this MSP (decided at the First Review
 * Conference). The handover day belongs to the term that ends on it; the new President's term begins the day after.
 * {@code previous} is null for the first meeting recorded, whose term then begins with the meeting itself.
 */
public record Term(StatesPartiesMeeting msp, StatesPartiesMeeting previous, StatesPartiesMeeting next) {

    /** The last day of the meeting before (the day the President took over at its close). */
    public LocalDate from() {
        return previous == null ? msp.startDate() : previous.endDate();
    }

    public LocalDate to() {
        return msp.endDate();
    }

    public boolean covers(LocalDate day) {
        return previous == null ? !day.isBefore(msp.startDate()) && !day.isAfter(to())
                : day.isAfter(from()) && !day.isAfter(to());
    }

    public long id() {
        return msp.id();
    }

    /** The President-designate: the President recorded for the next meeting, if any. */
    public StatesPartiesMeeting designate() {
        return next != null && next.presidentState() != null ? next : null;
    }
}
