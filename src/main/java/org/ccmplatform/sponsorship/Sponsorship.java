package org.ccmplatform.sponsorship;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.shared.Money;

/** The programme's constants: it keeps its accounts in Swiss francs and sponsors delegates to formal meetings. */
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
}
