package org.ccmplatform.coalitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.accounts.UserAccount;
import org.ccmplatform.meetings.ActionPointTracker;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.meetings.MeetingStatus;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.ParticipationStatus;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateProfile;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Documents;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StaleEditException;
import org.ccmplatform.shared.StoredDocument;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coalitions and their members: created by the ISU or the State's national authority, kept by those who run it. */
@Service
@Transactional(readOnly = true)
public class CoalitionRegister {

    private final Coalitions coalitions;
    private final CoalitionMembers members;
    private final CoalitionMeetings links;
    private final MidTermUpdates midTermUpdates;
    private final Concerns concerns;
    private final StateRegister states;
    private final OrganisationDirectory organisations;
    private final MeetingPlanner meetings;
    private final ActionPointTracker actionPoints;
    private final AccountService accounts;
    private final Documents documents;
    private final MembershipAtMeetings meetingsInStep;
    private final Clock clock;

    CoalitionRegister(Coalitions coalitions, CoalitionMembers members, CoalitionMeetings links,
            MidTermUpdates midTermUpdates, Concerns concerns, StateRegister states,
            OrganisationDirectory organisations, MeetingPlanner meetings, ActionPointTracker actionPoints,
            AccountService accounts, Documents documents, MembershipAtMeetings meetingsInStep, Clock clock) {
        this.coalitions = coalitions;
        this.members = members;
        this.links = links;
        this.midTermUpdates = midTermUpdates;
        this.concerns = concerns;
        this.states = states;
        this.organisations = organisations;
        this.meetings = meetings;
        this.actionPoints = actionPoints;
        this.accounts = accounts;
        this.documents = documents;
        this.meetingsInStep = meetingsInStep;
        this.clock = clock;
    }

    public Page<Coalition> list(CoalitionStatus status, Pageable pageable) {
        return coalitions.list(status, pageable);
    }

    /** The State a user acts for, if any: a focal point proposes coalitions for it. */
    public java.util.Optional<String> stateOf(CurrentUser user) {
        return states.find(user.stateId()).map(State::iso3);
    }

    public Coalition get(long id) {
        return coalitions.findById(id).orElseThrow(() -> new NotFoundException("Coalition", id));
    }

    public List<CoalitionMember> membersOf(Coalition coalition) {
        return members.ofCoalition(coalition);
    }

    /** The coalition as this reader may see it. */
    public CoalitionView view(long id, CurrentUser user) {
        Coalition coalition = get(id);
        List<CoalitionMember> all = members.ofCoalition(coalition);
        CoalitionAccess access = new CoalitionAccess(all, user);
        LocalDate today = LocalDate.now(clock);
        StateProfile.TreatyStanding ccm = states.profile(coalition.state().iso3()).standings().stream()
                .filter(s -> s.treaty().code().equals("CCM")).findFirst().orElse(null);
        List<Meeting> held = meetings.byIds(links.meetingIdsOf(coalition.id())).stream()
                .sorted(Comparator.comparing(Meeting::startsAt).reversed())
                .toList();
        LocalDate lastHeld = held.stream()
                .filter(m -> m.status() == MeetingStatus.HELD && m.body() == MeetingBody.COALITION_MEETING)
                .map(Meeting::day).findFirst().orElse(null);
        if (!access.readsEverything()) {
            return new CoalitionView(coalition, ccm, false, false, false, false, false, false, List.of(), all.size(),
                    List.of(), null, null, false, List.of(), List.of(), List.of(), Map.of(), today);
        }
        List<Concern> visibleConcerns = access.isFacilitator()
                ? concerns.findTop100ByCoalitionOrderByRaisedAtDesc(coalition)
                : access.isMember() ? concerns.findTop100ByCoalitionAndRaisedByUserIdOrderByRaisedAtDesc(coalition,
                        user.id()) : List.of();
        Map<Long, String> authors = access.isFacilitator() ? authorsOf(visibleConcerns) : Map.of();
        return new CoalitionView(coalition, ccm, true, access.manages(), access.runsMeetings(),
                access.isNationalAuthority(), access.isFacilitator(), access.isMember(), all, all.size(), held,
                lastHeld, coalition.nextMeetingDue(lastHeld), coalition.hasNotMetWithinItsRhythm(lastHeld, today),
                actionPoints.pendingOf(held.stream().map(Meeting::id).toList()),
                midTermUpdates.findTop20ByCoalitionOrderByPostedAtDesc(coalition), visibleConcerns, authors, today);
    }

    private Map<Long, String> authorsOf(List<Concern> raised) {
        Map<Long, String> authors = new java.util.HashMap<>();
        for (Concern concern : raised) {
            authors.put(concern.id(), accounts.find(concern.raisedBy()).map(UserAccount::displayName).orElse("?"));
        }
        return authors;
    }

    /** The ISU, or a focal point of the State concerned, proposes a coalition with its national authority. */
    @Transactional
    public Coalition create(String stateIso3, CoalitionDetails details, String authorityIso3,
            Long authorityOrganisationId, CurrentUser user) {
        State state = states.find(stateIso3)
                .orElseThrow(() -> new RuleViolation("stateIso3", "state.unknown", String.valueOf(stateIso3)));
        if (user == null || !(user.isIsuAdmin() || (user.has(org.ccmplatform.shared.Role.FOCAL_POINT)
                && user.actsForState(state.id())))) {
            throw new AccessDeniedException("Only the ISU or the State's focal point proposes a coalition");
        }
        checkObligations(state, details);
        Coalition coalition = coalitions.save(new Coalition(state, details));
        join(coalition, authorityIso3, authorityOrganisationId, CoalitionRole.NATIONAL_AUTHORITY);
        return coalition;
    }

    @Transactional
    public Coalition describe(long id, long version, CoalitionDetails details, CurrentUser user) {
        Coalition coalition = managed(id, user);
        StaleEditException.check(version, coalition.version());
        checkObligations(coalition.state(), details);
        coalition.describe(details);
        return coalition;
    }

    @Transactional
    public StoredDocument attachStrategy(long id, String fileName, byte[] content, CurrentUser user) {
        Coalition coalition = managed(id, user);
        StoredDocument document = documents.keepPdf("strategy", fileName, content, user.getUsername());
        coalition.attachStrategy(document.id());
        return document;
    }

    @Transactional
    public CoalitionMember addMember(long id, String stateIso3, Long organisationId, CoalitionRole role,
            CurrentUser user) {
        return join(managed(id, user), stateIso3, organisationId, role);
    }

    @Transactional
    public void changeRole(long id, long memberId, CoalitionRole role, CurrentUser user) {
        Coalition coalition = managed(id, user);
        CoalitionMember member = member(coalition, memberId);
        if (member.role() == CoalitionRole.NATIONAL_AUTHORITY && role != CoalitionRole.NATIONAL_AUTHORITY) {
            throw new RuleViolation("role", "coalition.member.authorityRequired");
        }
        if (role == CoalitionRole.NATIONAL_AUTHORITY && member.role() != CoalitionRole.NATIONAL_AUTHORITY) {
            throw new RuleViolation("role", "coalition.member.oneAuthority");
        }
        member.changeRole(role);
        meetingsInStep.joined(member);
    }

    @Transactional
    public void removeMember(long id, long memberId, CurrentUser user) {
        Coalition coalition = managed(id, user);
        CoalitionMember member = member(coalition, memberId);
        if (member.role() == CoalitionRole.NATIONAL_AUTHORITY) {
            throw new RuleViolation("role", "coalition.member.authorityRequired");
        }
        meetingsInStep.left(member);
        members.delete(member);
    }

    CoalitionMember join(Coalition coalition, String stateIso3, Long organisationId, CoalitionRole role) {
        boolean hasState = stateIso3 != null && !stateIso3.isBlank();
        if (hasState == (organisationId != null)) {
            throw new RuleViolation("member", "coalition.member.stateOrOrganisation");
        }
        State state = hasState ? states.find(stateIso3)
                .orElseThrow(() -> new RuleViolation("member", "state.unknown", stateIso3)) : null;
        Organisation organisation = organisationId == null ? null : organisations.find(organisationId)
                .orElseThrow(() -> new RuleViolation("member", "organisation.unknown", organisationId));
        boolean twice = state != null ? members.hasState(coalition, state.id())
                : members.hasOrganisation(coalition, organisation.id());
        if (twice) {
            throw new RuleViolation("member", "coalition.member.twice");
        }
        if (role == CoalitionRole.NATIONAL_AUTHORITY && members.ofCoalition(coalition).stream()
                .anyMatch(m -> m.role() == CoalitionRole.NATIONAL_AUTHORITY)) {
            throw new RuleViolation("role", "coalition.member.oneAuthority");
        }
        CoalitionMember member = members.save(new CoalitionMember(coalition, state, organisation, role));
        meetingsInStep.joined(member);
        return member;
    }

    /** The coalition, for someone who keeps it (the ISU, the national authority, the facilitator, the secretariat). */
    Coalition managed(long id, CurrentUser user) {
        Coalition coalition = get(id);
        if (!new CoalitionAccess(members.ofCoalition(coalition), user).manages()) {
            throw new AccessDeniedException("Only those who run the coalition keep it");
        }
        return coalition;
    }

    private CoalitionMember member(Coalition coalition, long memberId) {
        return members.findByIdAndCoalition(memberId, coalition)
                .orElseThrow(() -> new NotFoundException("CoalitionMember", memberId));
    }

    /** Another treaty's obligation only where the State is a party to that treaty. */
    private void checkObligations(State state, CoalitionDetails details) {
        if (details.obligations() == null) {
            return;
        }
        StateProfile profile = states.profile(state.iso3());
        for (CoveredObligation obligation : details.obligations()) {
            if (obligation.needsParticipation() && profile.standings().stream()
                    .noneMatch(s -> s.treaty().code().equals(obligation.treaty())
                            && s.status() == ParticipationStatus.STATE_PARTY)) {
                throw new RuleViolation("obligations", "coalition.obligations.notParty",
                        new DefaultMessageSourceResolvable(new String[] {"treaty." + obligation.treaty() + ".short"},
                                obligation.treaty()));
            }
        }
    }
}
