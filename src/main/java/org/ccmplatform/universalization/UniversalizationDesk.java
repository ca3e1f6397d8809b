package org.ccmplatform.universalization;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StaleEditException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of universalization: assessing a State not party, recording its votes, logging the engagement with
 * it and setting targets, for the ISU, the Presidency and the coordinators of universalization; and reading a
 * State's engagement log as the reader may see it.
 */
@Service
@Transactional(readOnly = true)
public class UniversalizationDesk {

    /** How many entries of a State's log a page shows: the latest. */
    static final int LOG_LIMIT = 200;

    private final UniversalizationProfiles profiles;
    private final UngaVotes votes;
    private final Engagements engagements;
    private final UniversalizationTargets targets;
    private final StateRegister states;
    private final OrganisationDirectory organisations;
    private final EngagementAccess access;

    UniversalizationDesk(UniversalizationProfiles profiles, UngaVotes votes, Engagements engagements,
            UniversalizationTargets targets, StateRegister states, OrganisationDirectory organisations,
            EngagementAccess access) {
        this.profiles = profiles;
        this.votes = votes;
        this.engagements = engagements;
        this.targets = targets;
        this.states = states;
        this.organisations = organisations;
        this.access = access;
    }

    public record ProfileDetails(Category category, boolean producer, boolean holder, String note, String source) {}

    public record VoteDetails(int year, Vote vote, String source) {}

    public record EngagementDetails(EngagementKind kind, Engager engager, String engagerIso3,
            Long engagerOrganisationId, String engagerName, LocalDate day, String what, String outcome,
            boolean confidential) {}

    public record TargetDetails(LocalDate targetDate, int count, String description, String source) {}

    public LocalDate today() {
        return states.today();
    }

    public boolean keeps(CurrentUser user) {
        return access.keeps(user);
    }

    /** A State's engagement log as this person may read it: nothing for anonymous visitors. */
    public List<Engagement> log(String iso3, CurrentUser user) {
        if (user == null) {
            return List.of();
        }
        return access.visible(engagements.ofState(states.get(iso3), PageRequest.of(0, LOG_LIMIT)), user);
    }

    /**
     * Records the assessment of a State. The version is the one the form was opened with; null when the State had
     * no profile then, so that finding one now is a conflict too.
     */
    @Transactional
    public UniversalizationProfile assess(String iso3, Long version, ProfileDetails details, CurrentUser user) {
        keeper(user);
        State state = states.get(iso3);
        UniversalizationProfile profile = profiles.findByState(state).orElse(null);
        if (profile != null && (version == null || version != profile.version())) {
            throw new StaleEditException();
        }
        if (profile == null && version != null) {
            throw new StaleEditException();
        }
        return assessOnBehalf(state, profile, details, user.getUsername());
    }

    @Transactional
    public UniversalizationProfile assessOnBehalf(String iso3, ProfileDetails details, String by) {
        State state = states.get(iso3);
        return assessOnBehalf(state, profiles.findByState(state).orElse(null), details, by);
    }

    private UniversalizationProfile assessOnBehalf(State state, UniversalizationProfile existing,
            ProfileDetails details, String by) {
        UniversalizationProfile profile = existing == null ? new UniversalizationProfile(state) : existing;
        profile.assess(details.category(), details.producer(), details.holder(), details.note(), details.source(),
                by);
        return profiles.save(profile);
    }

    @Transactional
    public UngaVote vote(String iso3, VoteDetails details, CurrentUser user) {
        keeper(user);
        return voteOnBehalf(iso3, details, user.getUsername());
    }

    /** One vote per State and year: a second one for the same year is refused and nothing changes. */
    @Transactional
    public UngaVote voteOnBehalf(String iso3, VoteDetails details, String by) {
        State state = states.get(iso3);
        if (votes.existsByStateAndYear(state, details.year())) {
            throw new RuleViolation("year", "universalization.vote.duplicate", state.iso3(),
                    String.valueOf(details.year()));
        }
        return votes.save(new UngaVote(state, details.year(), details.vote(), details.source(), by,
                today().getYear()));
    }

    /** Corrects a State's vote of a year, as it stood when the form was opened; a stale form is a conflict. */
    @Transactional
    public UngaVote correctVote(String iso3, int year, long version, Vote vote, String source, CurrentUser user) {
        keeper(user);
        State state = states.get(iso3);
        UngaVote recorded = votes.findByStateAndYear(state, year)
                .orElseThrow(() -> new RuleViolation("year", "universalization.vote.notRecorded", state.iso3(),
                        String.valueOf(year)));
        StaleEditException.check(version, recorded.version());
        recorded.correct(vote, source, user.getUsername());
        return recorded;
    }

    @Transactional
    public Engagement engage(String iso3, EngagementDetails details, CurrentUser user) {
        keeper(user);
        return engageOnBehalf(iso3, details, user.getUsername());
    }

    @Transactional
    public Engagement engageOnBehalf(String iso3, EngagementDetails details, String by) {
        State state = states.get(iso3);
        State engagerState = details.engagerIso3() == null || details.engagerIso3().isBlank() ? null
                : states.find(details.engagerIso3()).orElseThrow(() -> new RuleViolation("engagerState",
                        "state.unknown", details.engagerIso3()));
        Organisation organisation = details.engagerOrganisationId() == null ? null
                : organisations.find(details.engagerOrganisationId()).orElseThrow(() -> new RuleViolation(
                        "engagerOrganisation", "universalization.engager.unknownOrganisation",
                        String.valueOf(details.engagerOrganisationId())));
        return engagements.save(new Engagement(state, details.kind(), new Engagement.By(details.engager(),
                engagerState, organisation, details.engagerName()), details.day(), details.what(),
                details.outcome(), details.confidential(), by, today()));
    }

    @Transactional
    public UniversalizationTarget target(TargetDetails details, CurrentUser user) {
        keeper(user);
        return targetOnBehalf(details, user.getUsername());
    }

    @Transactional
    public UniversalizationTarget targetOnBehalf(TargetDetails details, String by) {
        return targets.save(new UniversalizationTarget(details.targetDate(), details.count(), details.description(),
                details.source(), by));
    }

    void keeper(CurrentUser user) {
        if (!access.keeps(user)) {
            throw new AccessDeniedException("Only the ISU, the Presidency and the coordinators of universalization "
                    + "keep the universalization records");
        }
    }
}
