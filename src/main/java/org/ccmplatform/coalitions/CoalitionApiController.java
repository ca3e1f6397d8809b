package org.ccmplatform.coalitions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.PageResponse;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coalitions for scripts. Everyone reads a coalition's public summary; its members and roles, its cadence and its
 * open action points go to its members, the ISU and the Presidency. Concerns never appear here.
 */
@RestController
@RequestMapping("/api/v1/coalitions")
@Tag(name = "Country Coalitions")
class CoalitionApiController {

    private final CoalitionRegister register;

    CoalitionApiController(CoalitionRegister register) {
        this.register = register;
    }

    record CoalitionSummary(long id, String name, String stateIso3, CoalitionStatus status, LocalDate startDate,
            Set<CoveredObligation> obligations, Cadence cadence) {

        static CoalitionSummary of(Coalition c) {
            return new CoalitionSummary(c.id(), c.name(), c.state().iso3(), c.status(), c.startDate(),
                    c.obligations(), c.cadence());
        }
    }

    record MemberResponse(String name, String stateIso3, Long organisationId, CoalitionRole role) {}

    record CoalitionResponse(CoalitionSummary coalition, int memberCount, List<MemberResponse> members,
            LocalDate lastMeetingHeld, LocalDate nextMeetingDue, boolean notMetWithinRhythm,
            Integer openActionPoints, List<Long> meetingIds) {}

    @GetMapping
    @Operation(summary = "Coalitions (public summaries), by status")
    PageResponse<CoalitionSummary> coalitions(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new RuleViolation("size", "validation.range", 1, 200);
        }
        CoalitionStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = CoalitionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("status", "filter.unknownValue", status,
                        "PROPOSED, ACTIVE, COMPLETED, DORMANT");
            }
        }
        return PageResponse.of(register.list(wanted, PageRequest.of(page, size)), CoalitionSummary::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One coalition: members and roles, next meeting due and open action points for those "
            + "who may read them")
    CoalitionResponse coalition(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        CoalitionView view = register.view(id, user);
        return new CoalitionResponse(CoalitionSummary.of(view.coalition()), view.memberCount(),
                view.full() ? view.members().stream().map(m -> new MemberResponse(m.name(locale),
                        m.state() == null ? null : m.state().iso3(),
                        m.organisation() == null ? null : m.organisation().id(), m.role())).toList() : null,
                view.lastHeld(), view.nextDue(), view.overdue(),
                view.full() ? view.openActionPoints().size() : null,
                view.full() ? view.meetings().stream().map(m -> m.id()).toList() : null);
    }
}
