package org.ccmplatform.meetings;

import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.PageActions;
import org.ccmplatform.shared.PlainTextValidator;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms on a meeting's page that invite delegations, add people and record who came. */
@Controller
@RequestMapping("/meetings/{meetingId}")
@PreAuthorize("isAuthenticated()")
class ParticipantsController {

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("^[^@\\s<>]+@[^@\\s<>]+$");

    private final DelegationDesk desk;

    ParticipantsController(DelegationDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/delegations")
    String invite(@PathVariable long meetingId, @RequestParam(required = false) String stateIso3,
            @RequestParam(required = false) Long organisationId, @RequestParam DelegationRole role,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/meetings/" + meetingId, "delegation.saved",
                () -> desk.invite(meetingId, stateIso3, organisationId, role, user));
    }

    @PostMapping("/delegations/{delegationId}/role")
    String changeRole(@PathVariable long meetingId, @PathVariable long delegationId, @RequestParam DelegationRole role,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/meetings/" + meetingId, "delegation.saved", () -> {
            desk.changeRole(meetingId, delegationId, role, user);
            return role;
        });
    }

    @PostMapping("/delegations/{delegationId}/withdraw")
    String withdraw(@PathVariable long meetingId, @PathVariable long delegationId,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/meetings/" + meetingId, "delegation.withdrawn", () -> {
            desk.withdraw(meetingId, delegationId, user);
            return delegationId;
        });
    }

    @PostMapping("/delegations/{delegationId}/people")
    String addPerson(@PathVariable long meetingId, @PathVariable long delegationId, @RequestParam String fullName,
            @RequestParam(required = false) String functionTitle, @RequestParam(required = false) String email,
            @RequestParam(required = false) Attendance attendance, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/meetings/" + meetingId, "participant.saved", () -> {
            PlainTextValidator.require("fullName", fullName, 150);
            PlainTextValidator.require("functionTitle", functionTitle, 200);
            if (email != null && !email.isBlank() && (email.length() > 254 || !EMAIL.matcher(email.strip()).matches())) {
                throw new RuleViolation("email", "validation.email");
            }
            return desk.addPerson(meetingId, delegationId, fullName, functionTitle, email, attendance, user);
        });
    }

    @PostMapping("/people/{participantId}/attendance")
    String recordAttendance(@PathVariable long meetingId, @PathVariable long participantId,
            @RequestParam Attendance attendance, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/meetings/" + meetingId, "participant.saved", () -> {
            desk.recordAttendance(meetingId, participantId, attendance, user);
            return attendance;
        });
    }

    @PostMapping("/people/{participantId}/remove")
    String removePerson(@PathVariable long meetingId, @PathVariable long participantId,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/meetings/" + meetingId, "participant.removed", () -> {
            desk.removePerson(meetingId, participantId, user);
            return participantId;
        });
    }

}
