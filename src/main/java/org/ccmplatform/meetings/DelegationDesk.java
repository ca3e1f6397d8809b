package org.ccmplatform.meetings;

import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who takes part in a meeting: delegations of States and organisations, and the people in each. */
@Service
@Transactional(readOnly = true)
public class DelegationDesk {

    private final MeetingGate gate;
    private final Delegations delegations;
    private final Participants participants;
    private final StateRegister states;
    private final OrganisationDirectory organisations;

    DelegationDesk(MeetingGate gate, Delegations delegations, Participants participants, StateRegister states,
            OrganisationDirectory organisations) {
        this.gate = gate;
        this.delegations = delegations;
        this.participants = participants;
        this.states = states;
        this.organisations = organisations;
    }

    /** The delegations of a meeting planned on behalf of another module. */
    public java.util.List<Delegation> ofMeetingOnBehalf(Meeting meeting) {
        return delegations.findByMeetingOrderByPositionAsc(meeting);
    }

    @Transactional
    public Delegation invite(long meetingId, String stateIso3, Long organisationId, DelegationRole role,
            CurrentUser user) {
        return invite(gate.forRunning(meetingId, user), stateIso3, organisationId, role);
    }

    /** Invites a delegation to a meeting planned on behalf of another module (a coalition's members). */
    @Transactional
    public Delegation inviteOnBehalf(Meeting meeting, String stateIso3, Long organisationId, DelegationRole role) {
        return invite(meeting, stateIso3, organisationId, role);
    }

    private Delegation invite(Meeting meeting, String stateIso3, Long organisationId, DelegationRole role) {
        boolean hasState = stateIso3 != null && !stateIso3.isBlank();
        if (hasState == (organisationId != null)) {
            throw new RuleViolation("stateIso3", "delegation.stateOrOrganisation");
        }
        State state = hasState
                ? states.find(stateIso3).orElseThrow(() -> new RuleViolation("stateIso3", "state.unknown", stateIso3))
                : null;
        Organisation organisation = organisationId == null ? null : organisations.find(organisationId)
                .orElseThrow(() -> new RuleViolation("organisationId", "organisation.unknown", organisationId));
        boolean already = state != null ? delegations.findForState(meeting, state.id()).isPresent()
                : delegations.findForOrganisation(meeting, organisation.id()).isPresent();
        if (already) {
            throw new RuleViolation(state != null ? "stateIso3" : "organisationId", "delegation.duplicate");
        }
        return delegations.save(new Delegation(meeting, state, organisation, role, delegations.lastPosition(meeting) + 1));
    }

    /**
     * Makes a State or an organisation take part in a meeting planned on behalf of another module, in this role:
     * invited if it is not there yet, its role changed if it is.
     */
    @Transactional
    public void ensureOnBehalf(Meeting meeting, String stateIso3, Long organisationId, DelegationRole role) {
        java.util.Optional<Delegation> present = present(meeting, stateIso3, organisationId);
        if (present.isPresent()) {
            present.get().changeRole(role);
        } else {
            invite(meeting, stateIso3, organisationId, role);
        }
    }

    /** Withdraws a State's or an organisation's delegation, with its people, from a meeting planned on behalf. */
    @Transactional
    public void withdrawOnBehalf(Meeting meeting, String stateIso3, Long organisationId) {
        present(meeting, stateIso3, organisationId).ifPresent(delegation -> {
            participants.deleteByDelegation(delegation);
            delegations.delete(delegation);
        });
    }

    private java.util.Optional<Delegation> present(Meeting meeting, String stateIso3, Long organisationId) {
        if (stateIso3 != null) {
            return states.find(stateIso3).flatMap(state -> delegations.findForState(meeting, state.id()));
        }
        return delegations.findForOrganisation(meeting, organisationId);
    }

    @Transactional
    public void changeRole(long meetingId, long delegationId, DelegationRole role, CurrentUser user) {
        delegation(meetingId, delegationId, user).changeRole(role);
    }

    @Transactional
    public void withdraw(long meetingId, long delegationId, CurrentUser user) {
        Delegation delegation = delegation(meetingId, delegationId, user);
        participants.deleteByDelegation(delegation);
        delegations.delete(delegation);
    }

    @Transactional
    public Participant addPerson(long meetingId, long delegationId, String fullName, String functionTitle,
            String email, Attendance attendance, CurrentUser user) {
        Delegation delegation = delegation(meetingId, delegationId, user);
        return addPerson(delegation, fullName, functionTitle, email, attendance);
    }

    @Transactional
    public Participant addPersonOnBehalf(Delegation delegation, String fullName, String functionTitle, String email,
            Attendance attendance) {
        return addPerson(delegation, fullName, functionTitle, email, attendance);
    }

    private Participant addPerson(Delegation delegation, String fullName, String functionTitle, String email,
            Attendance attendance) {
        return participants.save(new Participant(delegation, fullName, functionTitle, email, attendance,
                participants.lastPosition(delegation) + 1));
    }

    @Transactional
    public void recordAttendance(long meetingId, long participantId, Attendance attendance, CurrentUser user) {
        person(meetingId, participantId, user).record(attendance);
    }

    @Transactional
    public void removePerson(long meetingId, long participantId, CurrentUser user) {
        participants.delete(person(meetingId, participantId, user));
    }

    private Delegation delegation(long meetingId, long delegationId, CurrentUser user) {
        Meeting meeting = gate.forRunning(meetingId, user);
        return delegations.findByIdAndMeeting(delegationId, meeting)
                .orElseThrow(() -> new NotFoundException("Delegation", delegationId));
    }

    private Participant person(long meetingId, long participantId, CurrentUser user) {
        Meeting meeting = gate.forRunning(meetingId, user);
        return participants.findInMeeting(participantId, meeting)
                .orElseThrow(() -> new NotFoundException("Participant", participantId));
    }
}
