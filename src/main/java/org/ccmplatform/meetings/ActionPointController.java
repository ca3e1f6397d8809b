package org.ccmplatform.meetings;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.PlainTextValidator;
import org.ccmplatform.shared.PageActions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Action points: given on a meeting's page, followed up by their owners; "my action points" across all bodies. */
@Controller
@PreAuthorize("isAuthenticated()")
class ActionPointController {

    static final String MINE_VIEW = "meetings/my-action-points";
    static final String SHOW_VIEW = "meetings/action-point";
    static final int PAGE_SIZE = 25;

    private final ActionPointTracker tracker;
    private final MeetingPlanner planner;

    ActionPointController(ActionPointTracker tracker, MeetingPlanner planner) {
        this.tracker = tracker;
        this.planner = planner;
    }

    @PostMapping("/meetings/{meetingId}/action-points")
    String assign(@PathVariable long meetingId, @RequestParam(required = false) Long itemId,
            @RequestParam String text, @RequestParam(required = false) String ownerStateIso3,
            @RequestParam(required = false) Long ownerOrganisationId, @RequestParam(required = false) Long ownerUserId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/meetings/" + meetingId, "actionPoint.saved", () -> {
            PlainTextValidator.require("text", text, ActionPoint.MAX_TEXT);
            return tracker.assign(meetingId, itemId, text,
                    tracker.owner(ownerStateIso3, ownerOrganisationId, ownerUserId), dueDate, user);
        });
    }

    @GetMapping("/action-points/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ActionPoint point = tracker.readable(id, user);
        model.addAttribute("point", point);
        model.addAttribute("trail", tracker.trailOf(List.of(point)).getOrDefault(point.id(), List.of()));
        model.addAttribute("today", tracker.today());
        model.addAttribute("statuses", ActionPointStatus.values());
        model.addAttribute("mayUpdate", point.isOwnedBy(user) || runs(point, user));
        return SHOW_VIEW;
    }

    @PostMapping("/action-points/{id}/updates")
    String update(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam ActionPointStatus status, @RequestParam(required = false) String note,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/action-points/" + id, "actionPoint.updated", () -> {
            PlainTextValidator.require("note", note, ActionPoint.MAX_TEXT);
            return tracker.update(id, version, status, note, user);
        });
    }

    @GetMapping("/action-points/mine")
    String mine(@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        Page<ActionPoint> points = tracker.mine(user, all, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("points", points);
        model.addAttribute("all", all);
        model.addAttribute("today", tracker.today());
        return MINE_VIEW;
    }

    private boolean runs(ActionPoint point, CurrentUser user) {
        try {
            return planner.mayRun(point.meeting().id(), user);
        } catch (org.ccmplatform.shared.NotFoundException hidden) {
            return false;
        }
    }
}
