package org.ccmplatform.governance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ccmplatform.governance.PlanSnapshot.ActivitySnapshot;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.PageResponse;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Presidencies, the Coordination Committee of a term and the operational plans, for the Monitor and scripts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Presidency and Coordination Committee", description = "MSPs, Presidents, terms, committee, plans")
class GovernanceApiController {

    private final CommitteeRoster roster;
    private final CommitteeDesk committee;
    private final PlanDesk plans;
    private final StateRegister states;

    GovernanceApiController(CommitteeRoster roster, CommitteeDesk committee, PlanDesk plans, StateRegister states) {
        this.roster = roster;
        this.committee = committee;
        this.plans = plans;
        this.states = states;
    }

    record PresidencyResponse(String meeting, MeetingKind kind, int number, LocalDate startDate, LocalDate endDate,
            String place, String presidentState, String presidentName, LocalDate termFrom, LocalDate termTo,
            boolean current, String presidentDesignateState) {

        static PresidencyResponse of(Term t, boolean current) {
            StatesPartiesMeeting m = t.msp();
            return new PresidencyResponse(m.shortName(), m.kind(), m.ordinal(), m.startDate(), m.endDate(), m.place(),
                    iso3(m.presidentState()), m.presidentName(), t.from(), t.to(), current,
                    t.designate() == null ? null : t.designate().presidentState().iso3());
        }
    }

    record SeatResponse(String theme, String state, String organisation, String person) {

        static SeatResponse of(CommitteeSeat s) {
            return new SeatResponse(s.theme() == null ? null : s.theme().name(), iso3(s.state()),
                    s.organisation() == null ? null : s.organisation().name(), s.personName());
        }
    }

    record MeetingResponse(long id, String title, LocalDate date) {

        static MeetingResponse of(Meeting m) {
            return new MeetingResponse(m.id(), m.title(), m.day());
        }
    }

    record CommitteeResponse(PresidencyResponse term, List<SeatResponse> isuDirector,
            List<SeatResponse> coordinators, List<SeatResponse> standingInvitees,
            List<SeatResponse> occasionalInvitees, List<MeetingResponse> meetings) {}

    record ActivityResponse(int number, String title, String owner, LocalDate startDate, LocalDate endDate,
            ActivityStatus status, List<String> targetStates) {

        static ActivityResponse of(ActivitySnapshot a) {
            return new ActivityResponse(a.position(), a.title(), a.owner(), a.startDate(), a.endDate(), a.status(),
                    a.targets());
        }
    }

    record PlanResponse(long id, String term, Theme theme, boolean published, Integer revision,
            String executiveSummary, String objectives, String strategies, String expectedOutcomes, String budget,
            List<ActivityResponse> activities) {}

    @GetMapping("/presidencies")
    @Operation(summary = "Every MSP and Review Conference with its President and computed term",
            description = "The term runs from the last day of the meeting before to the last day of this one.")
    PageResponse<PresidencyResponse> presidencies(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        checkPage(page, size);
        Optional<Term> current = roster.currentTerm();
        List<PresidencyResponse> all = roster.terms().stream()
                .map(t -> PresidencyResponse.of(t, current.map(c -> c.id() == t.id()).orElse(false))).toList();
        return slice(all, page, size);
    }

    @GetMapping("/coordination-committee")
    @Operation(summary = "The Coordination Committee of a term (the current one without ?term)",
            description = "term: the MSP that ends it, as 7MSP or 2RC. Meetings are those the caller may read.")
    CommitteeResponse committee(@Parameter(description = "e.g. 7MSP") @RequestParam(required = false) String term,
            @AuthenticationPrincipal CurrentUser user) {
        Term chosen = term == null || term.isBlank() ? committee.term(null) : termNamed(term);
        CommitteeDesk.Committee c = committee.committee(chosen);
        boolean current = roster.currentTerm().map(t -> t.id() == chosen.id()).orElse(false);
        return new CommitteeResponse(PresidencyResponse.of(chosen, current),
                c.isuDirector().stream().map(SeatResponse::of).toList(),
                c.coordinators().values().stream().flatMap(List::stream).map(SeatResponse::of).toList(),
                c.standingInvitees().stream().map(SeatResponse::of).toList(),
                c.occasionalInvitees().stream().map(SeatResponse::of).toList(),
                committee.meetingsOf(chosen, user).stream().map(MeetingResponse::of).toList());
    }

    @GetMapping("/operational-plans")
    @Operation(summary = "Operational plans, by theme and target State",
            description = "Published plans (their published revision) for everyone; the committee (ISU, Presidency, "
                    + "coordinators) also gets drafts, as they stand now.")
    PageResponse<PlanResponse> operationalPlans(
            @Parameter(description = "e.g. UNIVERSALIZATION") @RequestParam(required = false) String theme,
            @Parameter(description = "ISO 3166-1 alpha-3 of a target State") @RequestParam(required = false)
            String state, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        checkPage(page, size);
        Theme chosen = theme == null || theme.isBlank() ? null : Theme.ofSlug(theme)
                .orElseThrow(() -> new RuleViolation("theme", "committee.theme.unknown", theme));
        String target = null;
        if (state != null && !state.isBlank()) {
            target = states.find(state.strip().toUpperCase(Locale.ROOT)).map(State::iso3)
                    .orElseThrow(() -> new RuleViolation("state", "state.unknown", state.strip()));
        }
        String wanted = target;
        List<PlanResponse> all = plans.listed(chosen, user).stream()
                .filter(p -> wanted == null || p.snapshot().activities().stream()
                        .anyMatch(a -> a.targets().contains(wanted)))
                .map(p -> new PlanResponse(p.plan().id(), p.plan().term().shortName(), p.plan().theme(),
                        p.plan().isPublished(), p.revision(), p.snapshot().executiveSummary(),
                        p.snapshot().objectives(), p.snapshot().strategies(), p.snapshot().expectedOutcomes(),
                        p.snapshot().budget(), p.snapshot().activities().stream().map(ActivityResponse::of).toList()))
                .toList();
        return slice(all, page, size);
    }

    private Term termNamed(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        if (!wanted.matches("\\d{1,3}(MSP|RC)")) {
            throw new RuleViolation("term", "committee.term.badName", name.strip());
        }
        return roster.terms().stream().filter(t -> t.msp().shortName().equals(wanted)).findFirst()
                .orElseThrow(() -> new NotFoundException("Term", wanted));
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new RuleViolation("size", "validation.range", 1, 500);
        }
    }

    private static <T> PageResponse<T> slice(List<T> all, int page, int size) {
        int from = Math.min(page * size, all.size());
        return PageResponse.of(new PageImpl<>(all.subList(from, Math.min(from + size, all.size())),
                PageRequest.of(page, size), all.size()), t -> t);
    }

    private static String iso3(State state) {
        return state == null ? null : state.iso3();
    }
}
