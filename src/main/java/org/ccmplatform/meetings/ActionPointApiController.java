package org.ccmplatform.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.PageResponse;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Action points for scripts: the caller's own, or a State's or an organisation's, in meetings the caller sees. */
@RestController
@RequestMapping("/api/v1/action-points")
@Tag(name = "Meetings")
@PreAuthorize("isAuthenticated()")
class ActionPointApiController {

    private final ActionPointTracker tracker;

    ActionPointApiController(ActionPointTracker tracker) {
        this.tracker = tracker;
    }

    @GetMapping
    @Operation(summary = "Action points by owner and status, soonest due first")
    PageResponse<MeetingApiController.ActionPointResponse> actionPoints(
            @Parameter(description = "me (the default: yours, your State's, your organisation's), a State's ISO3 "
                    + "code, or organisation:ID") @RequestParam(defaultValue = "me") String owner,
            @Parameter(description = "OPEN, IN_PROGRESS, DONE or DROPPED; pending ones when absent")
                    @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        if (page < 0) {
            throw new RuleViolation("page", "validation.min", 0);
        }
        if (size < 1 || size > MeetingApiController.MAX_PAGE_SIZE) {
            throw new RuleViolation("size", "validation.range", 1, MeetingApiController.MAX_PAGE_SIZE);
        }
        Set<ActionPointStatus> statuses = statuses(status);
        PageRequest paging = PageRequest.of(page, size);
        Page<ActionPoint> points;
        if ("me".equalsIgnoreCase(owner.strip())) {
            points = tracker.mine(user, statuses, paging);
        } else if (owner.strip().toLowerCase(Locale.ROOT).startsWith("organisation:")) {
            Long id = parseId(owner.strip().substring("organisation:".length()));
            points = tracker.ofOwner(tracker.owner(null, id, null), statuses, user, paging);
        } else {
            points = tracker.ofOwner(tracker.owner(owner.strip(), null, null), statuses, user, paging);
        }
        return PageResponse.of(points, a -> MeetingApiController.ActionPointResponse.of(a, locale, tracker.today()));
    }

    private static Set<ActionPointStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return EnumSet.of(ActionPointStatus.OPEN, ActionPointStatus.IN_PROGRESS);
        }
        try {
            return EnumSet.of(ActionPointStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("status", "filter.unknownValue", status, "OPEN, IN_PROGRESS, DONE, DROPPED");
        }
    }

    private static Long parseId(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new RuleViolation("owner", "filter.unknownValue", text, "organisation:ID");
        }
    }
}
