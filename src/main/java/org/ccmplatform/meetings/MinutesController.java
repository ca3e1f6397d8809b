package org.ccmplatform.meetings;

import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.PlainTextValidator;
import org.ccmplatform.shared.PageActions;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agenda, the minutes under each item, decisions, approval and correction of minutes, and circulation. */
@Controller
@RequestMapping("/meetings/{meetingId}")
@PreAuthorize("isAuthenticated()")
class MinutesController {

    static final String MINUTES_FORM = "meetings/minutes-form";

    private final MeetingPlanner planner;
    private final MinutesDesk desk;
    private final Circulator circulator;

    MinutesController(MeetingPlanner planner, MinutesDesk desk, Circulator circulator) {
        this.planner = planner;
        this.desk = desk;
        this.circulator = circulator;
    }

    @PostMapping("/agenda")
    String addItem(@PathVariable long meetingId, @RequestParam(required = false) Long parentId,
            @RequestParam String title, @RequestParam(required = false) Long approvesMinutesOf,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/meetings/" + meetingId, "agenda.saved", () -> {
            PlainTextValidator.require("title", title, 300);
            return desk.addItem(meetingId, parentId, title, approvesMinutesOf, user);
        });
    }

    @GetMapping("/agenda/{itemId}/minutes")
    String minutesForm(@PathVariable long meetingId, @PathVariable long itemId,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        MeetingRecord record = planner.record(meetingId, user);
        if (!record.runnable()) {
            throw new AccessDeniedException("Only those who run the meeting write its minutes");
        }
        AgendaItem item = record.agenda().stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("AgendaItem", itemId));
        model.addAttribute("meeting", record.meeting());
        model.addAttribute("item", item);
        model.addAttribute("text", item.minutesText());
        model.addAttribute("version", item.version());
        return MINUTES_FORM;
    }

    @PostMapping("/agenda/{itemId}/minutes")
    String writeMinutes(@PathVariable long meetingId, @PathVariable long itemId, @RequestParam long version,
            @RequestParam(required = false) String text, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Meeting meeting = planner.record(meetingId, user).meeting();
        try {
            PlainTextValidator.require("text", text, AgendaItem.MAX_MINUTES);
            if (meeting.minutesAreFrozen()) {
                PlainTextValidator.require("reason", reason, MinutesDesk.MAX_REASON);
                desk.correct(meetingId, itemId, version, text, reason, user);
            } else {
                desk.writeMinutes(meetingId, itemId, version, text, user);
            }
            redirect.addFlashAttribute("saved", "minutes.saved");
            return "redirect:/meetings/" + meetingId + "#item-" + itemId;
        } catch (MinutesConflict conflict) {
            model.addAttribute("conflict", conflict);
            model.addAttribute("version", conflict.item().version());
            model.addAttribute("text", conflict.yours());
            model.addAttribute("item", conflict.item());
        } catch (RuleViolation refused) {
            model.addAttribute("problem", refused);
            model.addAttribute("version", version);
            model.addAttribute("text", text);
            model.addAttribute("item", planner.record(meetingId, user).agenda().stream()
                    .filter(i -> i.id() == itemId).findFirst()
                    .orElseThrow(() -> new NotFoundException("AgendaItem", itemId)));
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("reason", reason);
        return MINUTES_FORM;
    }

    @PostMapping("/agenda/{itemId}/approve")
    String approve(@PathVariable long meetingId, @PathVariable long itemId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/meetings/" + meetingId, "minutes.approved",
                () -> desk.approve(meetingId, itemId, user));
    }

    @PostMapping("/decisions")
    String decide(@PathVariable long meetingId, @RequestParam(required = false) Long itemId, @RequestParam String text,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/meetings/" + meetingId, "decision.saved", () -> {
            PlainTextValidator.require("text", text, 2000);
            return desk.decide(meetingId, itemId, text, user);
        });
    }

    @PostMapping("/circulate")
    String circulate(@PathVariable long meetingId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/meetings/" + meetingId, "circulation.sent",
                () -> circulator.circulate(meetingId, user));
    }
}
