package org.ccmplatform.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.registry.ParticipationStatus;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.Role;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StaleEditException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar of Meetings of States Parties and Review Conferences and their Presidents, kept by the ISU and the
 * Presidency. Meetings never overlap and their numbers follow their dates, so that the terms computed from them
 * follow one another without a gap or an overlap.
 */
@Service
@Transactional(readOnly = true)
public class Presidencies {

    private final StatesPartiesMeetings msps;
    private final ProgrammeSlots slots;
    private final StateRegister states;
    private final CommitteeRoster roster;

    Presidencies(StatesPartiesMeetings msps, ProgrammeSlots slots, StateRegister states, CommitteeRoster roster) {
        this.msps = msps;
        this.slots = slots;
        this.states = states;
        this.roster = roster;
    }

    /** An MSP or Review Conference as the ISU enters it; the President is a State (ISO3) and a person. */
    public record MspDetails(MeetingKind kind, Integer ordinal, LocalDate startDate, LocalDate endDate, String place,
            String presidentIso3, String presidentName) {}

    /** A State's update in an MSP's programme. */
    public record SlotDetails(String stateIso3, Theme theme, LocalDate day, String topic) {}

    @Transactional
    public StatesPartiesMeeting record(MspDetails details, CurrentUser user) {
        keeper(user);
        return recordOnBehalf(details);
    }

    @Transactional
    public StatesPartiesMeeting recordOnBehalf(MspDetails details) {
        if (details.ordinal() == null) {
            throw new RuleViolation("ordinal", "validation.required");
        }
        StatesPartiesMeeting msp = new StatesPartiesMeeting(details.kind(), details.ordinal(), details.startDate(),
                details.endDate(), details.place());
        checkFitsCalendar(msp, null);
        msp.presidedBy(president(details, msp), details.presidentName());
        return msps.save(msp);
    }

    @Transactional
    public StatesPartiesMeeting describe(long id, long version, MspDetails details, CurrentUser user) {
        keeper(user);
        StatesPartiesMeeting msp = get(id);
        StaleEditException.check(version, msp.version());
        if (details.kind() != msp.kind() || details.ordinal() == null || details.ordinal() != msp.ordinal()) {
            throw new RuleViolation("ordinal", "msp.numberFixed", msp.shortName());
        }
        msp.schedule(details.startDate(), details.endDate(), details.place());
        checkFitsCalendar(msp, msp.id());
        msp.presidedBy(president(details, msp), details.presidentName());
        return msp;
    }

    @Transactional
    public ProgrammeSlot addSlot(long mspId, SlotDetails details, CurrentUser user) {
        keeper(user);
        return addSlotOnBehalf(get(mspId), details);
    }

    @Transactional
    public ProgrammeSlot addSlotOnBehalf(StatesPartiesMeeting msp, SlotDetails details) {
        State state = state(details.stateIso3(), "stateIso3");
        int position = details.day() == null ? 1 : slots.lastPosition(msp.id(), details.day()) + 1;
        return slots.save(new ProgrammeSlot(msp, state, details.theme(), details.day(), position, details.topic()));
    }

    public List<ProgrammeSlot> slotsOf(StatesPartiesMeeting msp) {
        return slots.of(msp.id());
    }

    public StatesPartiesMeeting get(long id) {
        return msps.findById(id).orElseThrow(() -> new NotFoundException("StatesPartiesMeeting", id));
    }

    public boolean mayKeep(CurrentUser user) {
        return user != null && (user.isIsuAdmin() || user.has(Role.PRESIDENCY));
    }

    /** Every term, newest first (the calendar page). */
    public List<Term> calendar() {
        List<Term> terms = new ArrayList<>(roster.terms());
        Collections.reverse(terms);
        return terms;
    }

    /**
     * Refuses a meeting whose dates overlap another's, or whose number does not follow the order of the dates
     * (the 8MSP before the 7MSP): either would make two presidential terms overlap.
     */
    private void checkFitsCalendar(StatesPartiesMeeting msp, Long self) {
        for (StatesPartiesMeeting other : msps.inOrder()) {
            if (other.id().equals(self)) {
                continue;
            }
            if (other.kind() == msp.kind() && other.ordinal() == msp.ordinal()) {
                throw new RuleViolation("ordinal", "msp.duplicate", other.shortName());
            }
            if (other.overlaps(msp.startDate(), msp.endDate())) {
                throw new RuleViolation("startDate", "msp.termOverlaps", other.shortName());
            }
            boolean before = other.endDate().isBefore(msp.startDate());
            if (other.kind() == msp.kind() && (other.ordinal() < msp.ordinal()) != before) {
                throw new RuleViolation("startDate", "msp.termOverlaps", other.shortName());
            }
        }
    }

    private State president(MspDetails details, StatesPartiesMeeting msp) {
        if (details.presidentIso3() == null || details.presidentIso3().isBlank()) {
            if (details.presidentName() != null && !details.presidentName().isBlank()) {
                throw new RuleViolation("presidentIso3", "validation.required");
            }
            return null;
        }
        State state = state(details.presidentIso3(), "presidentIso3");
        boolean party = states.participation(state, states.ccm())
                .map(p -> p.statusOn(msp.startDate()) == ParticipationStatus.STATE_PARTY).orElse(false);
        if (!party) {
            throw new RuleViolation("presidentIso3", "msp.presidentNotParty", state.iso3());
        }
        return state;
    }

    private State state(String iso3, String field) {
        if (iso3 == null || iso3.isBlank()) {
            throw new RuleViolation(field, "validation.required");
        }
        return states.find(iso3.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new RuleViolation(field, "state.unknown", iso3.strip()));
    }

    private void keeper(CurrentUser user) {
        if (!mayKeep(user)) {
            throw new AccessDeniedException("Only the ISU and the Presidency keep the calendar of MSPs");
        }
    }
}
