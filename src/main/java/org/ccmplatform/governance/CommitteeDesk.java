package org.ccmplatform.governance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingFilter;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.ParticipationStatus;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Coordination Committee of each term: the President, the ISU Director, the President-designate, the thematic
 * coordinators (States Parties only) and the invited organisations. The ISU and the Presidency keep it.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeDesk {

    private final CommitteeRoster roster;
    private final CommitteeSeats seats;
    private final StateRegister states;
    private final OrganisationDirectory organisations;
    private final MeetingPlanner meetings;
    private final Presidencies presidencies;

    CommitteeDesk(CommitteeRoster roster, CommitteeSeats seats, StateRegister states,
            OrganisationDirectory organisations, MeetingPlanner meetings, Presidencies presidencies) {
        this.roster = roster;
        this.seats = seats;
        this.states = states;
        this.organisations = organisations;
        this.meetings = meetings;
        this.presidencies = presidencies;
    }

    /** A seat as the ISU enters it: a coordinator's State and theme, or an organisation, or the ISU Director. */
    public record SeatDetails(SeatKind kind, Theme theme, String stateIso3, Long organisationId, String personName) {}

    /** The committee of a term, as its page and the API show it. */
    public record Committee(Term term, Map<Theme, List<CommitteeSeat>> coordinators, List<CommitteeSeat> isuDirector,
            List<CommitteeSeat> standingInvitees, List<CommitteeSeat> occasionalInvitees) {

        public StatesPartiesMeeting president() {
            return term.msp();
        }

        public StatesPartiesMeeting presidentDesignate() {
            return term.designate();
        }
    }

    public Committee committee(Term term) {
        Map<Theme, List<CommitteeSeat>> coordinators = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            coordinators.put(theme, new ArrayList<>());
        }
        List<CommitteeSeat> all = roster.seatsOf(term);
        all.stream().filter(s -> s.seat() == SeatKind.COORDINATOR).forEach(s -> coordinators.get(s.theme()).add(s));
        return new Committee(term, coordinators, of(all, SeatKind.ISU_DIRECTOR), of(all, SeatKind.STANDING_INVITEE),
                of(all, SeatKind.OCCASIONAL_INVITEE));
    }

    /** The committee's meetings in the term, as the meetings module lets this reader see them. */
    public List<Meeting> meetingsOf(Term term, CurrentUser user) {
        return meetings.list(new MeetingFilter(EnumSet.of(MeetingBody.COORDINATION_COMMITTEE), term.from(),
                term.to()), user, PageRequest.of(0, 50)).getContent();
    }

    public Term term(Long id) {
        if (id == null) {
            return roster.currentTerm().or(() -> roster.terms().stream().reduce((a, b) -> b))
                    .orElseThrow(() -> new NotFoundException("Term", "current"));
        }
        return roster.term(id).orElseThrow(() -> new NotFoundException("Term", id));
    }

    @Transactional
    public CommitteeSeat seat(long termId, SeatDetails details, CurrentUser user) {
        if (!presidencies.mayKeep(user)) {
            throw new AccessDeniedException("Only the ISU and the Presidency keep the Coordination Committee");
        }
        return seatOnBehalf(term(termId), details);
    }

    @Transactional
    public CommitteeSeat seatOnBehalf(Term term, SeatDetails details) {
        if (details.kind() == null) {
            throw new RuleViolation("kind", "validation.required");
        }
        return switch (details.kind()) {
            case COORDINATOR -> coordinator(term, details);
            case ISU_DIRECTOR -> {
                if (details.personName() == null || details.personName().isBlank()) {
                    throw new RuleViolation("personName", "validation.required");
                }
                yield seats.save(new CommitteeSeat(term.msp(), SeatKind.ISU_DIRECTOR, null, null, null,
                        details.personName()));
            }
            case STANDING_INVITEE, OCCASIONAL_INVITEE -> seats.save(new CommitteeSeat(term.msp(), details.kind(),
                    null, null, organisation(details.organisationId()), details.personName()));
        };
    }

    @Transactional
    public void unseat(long seatId, CurrentUser user) {
        if (!presidencies.mayKeep(user)) {
            throw new AccessDeniedException("Only the ISU and the Presidency keep the Coordination Committee");
        }
        seats.delete(seats.findById(seatId).orElseThrow(() -> new NotFoundException("CommitteeSeat", seatId)));
    }

    private CommitteeSeat coordinator(Term term, SeatDetails details) {
        if (details.theme() == null) {
            throw new RuleViolation("theme", "validation.required");
        }
        if (details.stateIso3() == null || details.stateIso3().isBlank()) {
            throw new RuleViolation("stateIso3", "validation.required");
        }
        State state = states.find(details.stateIso3().strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new RuleViolation("stateIso3", "state.unknown", details.stateIso3().strip()));
        boolean party = states.participation(state, states.ccm())
                .map(p -> p.statusOn(term.from()) == ParticipationStatus.STATE_PARTY).orElse(false);
        if (!party) {
            throw new RuleViolation("stateIso3", "committee.coordinatorNotParty", state.iso3(), term.from());
        }
        if (seats.anyCoordinates(term.id(), details.theme(), List.of(state.id()))) {
            throw new RuleViolation("stateIso3", "committee.alreadyCoordinator", state.iso3());
        }
        return seats.save(new CommitteeSeat(term.msp(), SeatKind.COORDINATOR, details.theme(), state, null,
                details.personName()));
    }

    private Organisation organisation(Long id) {
        if (id == null) {
            throw new RuleViolation("organisationId", "validation.required");
        }
        return organisations.find(id).orElseThrow(() -> new RuleViolation("organisationId", "organisation.unknown", id));
    }

    private static List<CommitteeSeat> of(List<CommitteeSeat> all, SeatKind kind) {
        return all.stream().filter(s -> s.seat() == kind).toList();
    }
}
