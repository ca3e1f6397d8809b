package org.ccmplatform.sponsorship;

import java.util.List;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Money;

/** The programme's figures, computed from the recorded contributions and applications, never typed in. */
public final class SponsorshipReports {

    private SponsorshipReports() {}

    /**
     * One meeting: the delegates sponsored, the States they represent, what was allocated, what the recorded actual
     * costs came to and what the programme spent (actual where recorded, allocated otherwise). {@code applications}
     * holds only what the reader may see with names (all for the ISU, its own State's for a focal point, none for
     * the public).
     */
    public record MeetingReport(Meeting meeting, int delegates, List<State> states, Money allocated, Money actual,
            Money cost, List<SponsorshipApplication> applications) {

        public int stateCount() {
            return states.size();
        }
    }

    /** One meeting's line in a year's report. */
    public record MeetingLine(Meeting meeting, int delegates, int states, Money allocated, Money actual, Money cost) {}

    /**
     * One year: the balance carried in from the years before, the contributions and their donors, the delegates and
     * States sponsored, their cost, and the balance carried out (carried in + contributions − cost).
     */
    public record YearReport(int year, Money carriedIn, List<SponsorshipContribution> contributions,
            Money contributed, int donors, int delegates, int states, Money allocated, Money actual, Money cost,
            Money balance, List<MeetingLine> meetings) {

        /** What the programme may still allocate this year. */
        public Money available() {
            return balance;
        }
    }

    /** One year's line in the overview. */
    public record YearLine(int year, Money contributed, int donors, int delegates, int states, Money cost,
            Money balance) {}
}
