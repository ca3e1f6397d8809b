package org.ccmplatform.sponsorship;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.time.LocalDate;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingStatus;
import org.ccmplatform.meetings.MeetingVisibility;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.Money;

/** The programme's rules: it keeps its accounts in Swiss francs and sponsors delegates to formal, public meetings. */
public final class Sponsorship {

    public static final String CURRENCY = "CHF";

    /** The Convention entered into force on 1 August 2010; the programme records nothing earlier. */
    public static final int FIRST_YEAR = 2010;

    /** The meetings a delegate may be sponsored to: the formal, public meetings of the Convention. */
    public static final Set<MeetingBody> BODIES = EnumSet.of(MeetingBody.MEETING_OF_STATES_PARTIES,
            MeetingBody.REVIEW_CONFERENCE, MeetingBody.INTERSESSIONAL_MEETING);

    private Sponsorship() {}

    static Money francs(BigDecimal amount) {
        return new Money(amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2), CURRENCY);
    }

    static Money zero() {
        return francs(BigDecimal.ZERO);
    }

    /** A meeting the programme sponsors delegates to: formal and public, not cancelled, not over when applied for. */
    static void checkSponsorable(Meeting meeting, LocalDate appliedOn) {
        if (meeting == null) {
            throw new RuleViolation("meetingId", "validation.required");
        }
        if (!BODIES.contains(meeting.body()) || meeting.visibility() != MeetingVisibility.PUBLIC) {
            throw new RuleViolation("meetingId", "sponsorship.meetingNotSponsored");
        }
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new RuleViolation("meetingId", "sponsorship.meetingCancelled");
        }
        if (appliedOn.isAfter(meeting.endsAt().toLocalDate())) {
            throw new RuleViolation("meetingId", "sponsorship.meetingOver");
        }
    }

    /** A cost asked or spent: given, in francs, not negative. */
    static void checkFrancs(Money money, String field) {
        if (money == null) {
            throw new RuleViolation(field, "validation.required");
        }
        if (!CURRENCY.equals(money.currency())) {
            throw new RuleViolation(field, "sponsorship.inFrancs", CURRENCY);
        }
        if (money.amount().signum() < 0) {
            throw new RuleViolation(field, "sponsorship.negative");
        }
    }
}
