package org.ccmplatform.coalitions;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.ccmplatform.meetings.ActionPointStatus;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingDetails;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.PageActions;
import org.ccmplatform.shared.PlainTextValidator;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms of a coalition's page: members, planning a meeting, mid-term updates, concerns. */
@Controller
@RequestMapping("/coalitions/{id}")
@PreAuthorize("isAuthenticated()")
class CoalitionWorkController {

    private final CoalitionRegister register;
    private final CoalitionCalendar calendar;
    private final MidTermDesk midTerm;
    private final ConcernDesk concerns;

    CoalitionWorkController(CoalitionRegister register, CoalitionCalendar calendar, MidTermDesk midTerm,
            ConcernDesk concerns) {
        this.register = register;
        this.calendar = calendar;
        this.midTerm = midTerm;
        this.concerns = concerns;
    }

    @PostMapping("/members")
    String addMember(@PathVariable long id, @RequestParam(required = false) String stateIso3,
            @RequestParam(required = false) Long organisationId, @RequestParam CoalitionRole role,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, back(id), "coalition.member.saved",
                () -> register.addMember(id, stateIso3, organisationId, role, user));
    }

    @PostMapping("/members/{memberId}/role")
    String changeRole(@PathVariable long id, @PathVariable long memberId, @RequestParam CoalitionRole role,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, back(id), "coalition.member.saved", () -> {
            register.changeRole(id, memberId, role, user);
            return role;
        });
    }

    @PostMapping("/members/{memberId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long memberId,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, back(id), "coalition.member.removed", () -> {
            register.removeMember(id, memberId, user);
            return memberId;
        });
    }

    @PostMapping("/meetings")
    String planMeeting(@PathVariable long id, @RequestParam MeetingBody body, @RequestParam String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endTime,
            @RequestParam(defaultValue = "UTC") String timeZone, @RequestParam(required = false) String place,
            @RequestParam(defaultValue = "false") boolean online,
            @RequestParam(required = false) Set<Language> languages, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, back(id), "meeting.saved", () -> {
            PlainTextValidator.require("title", title, 200);
            PlainTextValidator.require("place", place, 200);
            if (day == null || startTime == null || endTime == null) {
                throw new RuleViolation("day", "coalition.meeting.when");
            }
            return calendar.plan(id, new MeetingDetails(body, title, day.atTime(startTime), day.atTime(endTime),
                    zone(timeZone), place, online, languages == null ? EnumSet.of(Language.EN) : languages, null),
                    user);
        });
    }

    @PostMapping("/mid-term")
    String postMidTerm(@PathVariable long id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, back(id), "midTerm.saved", () -> {
            Map<Long, MidTermDesk.PointUpdate> updates = new HashMap<>();
            form.forEach((name, value) -> {
                if (name.startsWith("status-")) {
                    long point = actionPointId(name.substring("status-".length()));
                    String note = form.get("note-" + point);
                    PlainTextValidator.require("note", note, 2000);
                    updates.put(point, new MidTermDesk.PointUpdate(status(value), note));
                }
            });
            PlainTextValidator.require("summary", form.get("summary"), 4000);
            return midTerm.post(id, updates, form.get("summary"), user);
        });
    }

    @PostMapping("/concerns")
    String raiseConcern(@PathVariable long id, @RequestParam(required = false) String text,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, back(id), "concern.raised", () -> {
            PlainTextValidator.require("text", text, Concern.MAX_TEXT);
            return concerns.raise(id, text, user);
        });
    }

    @PostMapping("/concerns/{concernId}/agenda")
    String putOnAgenda(@PathVariable long id, @PathVariable long concernId, @RequestParam long meetingId,
            @RequestParam String title, @RequestParam(required = false) String note,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, back(id), "concern.onAgenda", () -> {
            PlainTextValidator.require("title", title, 300);
            PlainTextValidator.require("note", note, 2000);
            return concerns.putOnAgenda(id, concernId, meetingId, title, note, user);
        });
    }

    @PostMapping("/concerns/{concernId}/close")
    String closeConcern(@PathVariable long id, @PathVariable long concernId,
            @RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, back(id), "concern.closed", () -> {
            PlainTextValidator.require("note", note, 2000);
            concerns.close(id, concernId, note, user);
            return concernId;
        });
    }

    private static String back(long id) {
        return "redirect:/coalitions/" + id;
    }

    private static ActionPointStatus status(String value) {
        try {
            return ActionPointStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("status", "filter.unknownValue", value, "OPEN, IN_PROGRESS, DONE, DROPPED");
        }
    }

    /** The action point a field of the mid-term form is for; a field that names none is bad input. */
    private static long actionPointId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RuleViolation("status", "error.badRequest");
        }
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new RuleViolation("timeZone", "meeting.timeZone.unknown", text);
        }
    }

}
