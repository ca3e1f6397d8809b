package org.ccmplatform.meetings;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.PageActions;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Meeting pages: the list, one meeting with everything it holds, planning and changing a meeting. */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    static final String LIST_VIEW = "meetings/meetings";
    static final String SHOW_VIEW = "meetings/meeting";
    static final String FORM_VIEW = "meetings/meeting-form";
    static final int PAGE_SIZE = 25;

    private final MeetingPlanner planner;
    private final MeetingChoices choices;
    private final MinutesPdf pdf;
    private final java.time.Clock clock;

    MeetingController(MeetingPlanner planner, MeetingChoices choices, MinutesPdf pdf, java.time.Clock clock) {
        this.planner = planner;
        this.choices = choices;
        this.pdf = pdf;
        this.clock = clock;
    }

    @InitBinder("meetingForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) String body, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        MeetingBody wanted = MeetingQuery.body(body, model);
        LocalDate fromDay = MeetingQuery.day(from, model);
        LocalDate toDay = MeetingQuery.day(to, model);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            model.addAttribute("filterProblem", "meeting.filter.toBeforeFrom");
            toDay = null;
        }
        Set<MeetingBody> bodies = wanted == null ? EnumSet.allOf(MeetingBody.class) : EnumSet.of(wanted);
        model.addAttribute("meetings", planner.list(new MeetingFilter(bodies, fromDay, toDay), user,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("bodies", MeetingBody.values());
        model.addAttribute("body", wanted);
        model.addAttribute("from", fromDay);
        model.addAttribute("to", toDay);
        model.addAttribute("mayPlan", user != null && (user.isIsuAdmin()
                || user.has(org.ccmplatform.shared.Role.PRESIDENCY)));
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        MeetingRecord record = planner.record(id, user);
        model.addAttribute("record", record);
        model.addAttribute("meeting", record.meeting());
        if (record.runnable()) {
            choices.fill(model, record.meeting());
        }
        return SHOW_VIEW;
    }

    @GetMapping("/new")
    @PreAuthorize("isAuthenticated()")
    String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        checkMayPlan(user);
        model.addAttribute("meetingForm", new MeetingForm());
        return form(model, null, user);
    }

    @PostMapping("/new")
    @PreAuthorize("isAuthenticated()")
    String processCreationForm(@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        checkMayPlan(user);
        return FormErrors.save(result, () -> onFormFields(() -> planner.plan(form.details(), user)))
                .map(meeting -> saved(redirect, meeting))
                .orElseGet(() -> form(model, null, user));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("isAuthenticated()")
    String initUpdateForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        MeetingRecord record = runnable(id, user);
        model.addAttribute("meetingForm", MeetingForm.of(record.meeting()));
        return form(model, record.meeting(), user);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("isAuthenticated()")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        Meeting meeting = runnable(id, user).meeting();
        return FormErrors.save(result,
                        () -> onFormFields(() -> planner.describe(id, form.getVersion(), form.details(), user)))
                .map(described -> saved(redirect, described))
                .orElseGet(() -> form(model, meeting, user));
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("isAuthenticated()")
    String changeStatus(@PathVariable long id, @RequestParam MeetingStatus status,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/meetings/" + id, "meeting.statusSaved",
                () -> planner.changeStatus(id, status, user));
    }

    @PostMapping("/{id}/next")
    @PreAuthorize("isAuthenticated()")
    String followedBy(@PathVariable long id, @RequestParam(required = false) Long nextMeetingId,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/meetings/" + id, "meeting.nextSaved",
                () -> planner.followedBy(id, nextMeetingId, user));
    }

    @GetMapping("/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable long id, @RequestParam(required = false) String language,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        MeetingRecord record = planner.record(id, user);
        Locale documentLanguage = language == null ? locale : Language.ofTag(language).locale();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"minutes-" + record.meeting().day() + "-" + id + ".pdf\"")
                .body(pdf.render(record, documentLanguage));
    }

    @GetMapping("/{id}/invitation.ics")
    ResponseEntity<byte[]> invitation(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        Meeting meeting = planner.record(id, user).meeting();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + id + ".ics\"")
                .body(MeetingInvitation.of(meeting, "ccm-platform", clock.instant()));
    }

    private void checkMayPlan(CurrentUser user) {
        if (java.util.Arrays.stream(MeetingBody.values()).noneMatch(b -> planner.mayPlan(b, user))) {
            throw new AccessDeniedException("Not allowed to plan meetings");
        }
    }

    private MeetingRecord runnable(long id, CurrentUser user) {
        MeetingRecord record = planner.record(id, user);
        if (!record.runnable()) {
            throw new AccessDeniedException("Only those who run the meeting change it");
        }
        return record;
    }

    private String form(Model model, Meeting meeting, CurrentUser user) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("bodies", meeting != null ? new MeetingBody[] {meeting.body()}
                : java.util.Arrays.stream(MeetingBody.values()).filter(b -> planner.mayPlan(b, user))
                        .toArray(MeetingBody[]::new));
        model.addAttribute("languages", Language.values());
        model.addAttribute("visibilities", MeetingVisibility.values());
        model.addAttribute("zones", MeetingChoices.TIME_ZONES);
        return FORM_VIEW;
    }

    /**
     * A meeting's rules name its start and end (startsAt, endsAt); the form has a date and a time for each, and shows
     * what is refused about them next to the date.
     */
    private static Meeting onFormFields(java.util.function.Supplier<Meeting> save) {
        try {
            return save.get();
        } catch (RuleViolation refused) {
            if ("startsAt".equals(refused.field())) {
                throw new RuleViolation("startDate", refused.messageCode(), refused.arguments());
            }
            if ("endsAt".equals(refused.field())) {
                throw new RuleViolation("endDate", refused.messageCode(), refused.arguments());
            }
            throw refused;
        }
    }

    private static String saved(RedirectAttributes redirect, Meeting meeting) {
        redirect.addFlashAttribute("saved", "meeting.saved");
        return "redirect:/meetings/" + meeting.id();
    }

}
