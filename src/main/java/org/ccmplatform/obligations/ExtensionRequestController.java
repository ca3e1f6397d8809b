package org.ccmplatform.obligations;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingFilter;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.obligations.ObligationForms.ExtensionDraftForm;
import org.ccmplatform.obligations.ObligationForms.WorkPlanForm;
import org.ccmplatform.registry.Participation;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.PageActions;
import org.ccmplatform.shared.Role;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.SearchText;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Extension requests: the list, a request with its work plan and analysis, and each step of the workflow. */
@Controller
@RequestMapping("/extension-requests")
class ExtensionRequestController {

    static final String LIST_VIEW = "obligations/extension-requests";
    static final String SHOW_VIEW = "obligations/extension-request";

    private final ExtensionDesk desk;
    private final StateRegister states;
    private final MeetingPlanner meetings;

    ExtensionRequestController(ExtensionDesk desk, StateRegister states, MeetingPlanner meetings) {
        this.desk = desk;
        this.states = states;
        this.meetings = meetings;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("requests", desk.list(user, PageRequest.of(Math.max(page, 0), 25)));
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        ExtensionDesk.RequestRecord record = desk.record(id, user);
        ExtensionDraftForm draft = new ExtensionDraftForm();
        draft.setRequestedDeadline(record.request().requestedDeadline());
        draft.setJustification(record.request().justification());
        draft.setVersion(record.request().version());
        model.addAttribute("extensionDraftForm", draft);
        model.addAttribute("workPlanForm", new WorkPlanForm());
        return show(record, user, locale, model);
    }

    @PostMapping("/{id}/draft")
    @PreAuthorize("isAuthenticated()")
    String redraft(@PathVariable long id, @Valid @ModelAttribute("extensionDraftForm") ExtensionDraftForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        ExtensionDesk.RequestRecord record = keptRecord(id, user);
        return FormErrors.save(result, () -> desk.redraft(id, form.getVersion(), form.getRequestedDeadline(),
                        form.getJustification(), user))
                .map(saved -> back(redirect, id, "extension.saved"))
                .orElseGet(() -> {
                    model.addAttribute("workPlanForm", new WorkPlanForm());
                    return show(record, user, locale, model);
                });
    }

    @PostMapping("/{id}/work-plan")
    @PreAuthorize("isAuthenticated()")
    String planYear(@PathVariable long id, @Valid @ModelAttribute("workPlanForm") WorkPlanForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        ExtensionDesk.RequestRecord record = keptRecord(id, user);
        return FormErrors.save(result, () -> desk.planYear(id, form.getYear(), form.getTarget(), form.getUnit(),
                        form.getBudget(), form.getCurrency() == null ? null
                                : form.getCurrency().strip().toUpperCase(Locale.ROOT), user))
                .map(saved -> back(redirect, id, "workPlan.saved"))
                .orElseGet(() -> {
                    ExtensionDraftForm draft = new ExtensionDraftForm();
                    draft.setRequestedDeadline(record.request().requestedDeadline());
                    draft.setJustification(record.request().justification());
                    draft.setVersion(record.request().version());
                    model.addAttribute("extensionDraftForm", draft);
                    return show(record, user, locale, model);
                });
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("isAuthenticated()")
    String submit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, to(id), "extension.submitted", () -> desk.submit(id, user));
    }

    @PostMapping("/{id}/analysis")
    @PreAuthorize("hasAnyRole('ISU_ADMIN', 'PRESIDENCY')")
    String openAnalysis(@PathVariable long id, @RequestParam(name = "members", required = false) List<String> members,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, to(id), "extension.analysisOpened",
                () -> desk.openAnalysis(id, members == null ? null : new HashSet<>(members), user));
    }

    @PostMapping("/{id}/questions")
    @PreAuthorize("isAuthenticated()")
    String ask(@PathVariable long id, @RequestParam(required = false) String question,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, to(id), "extension.asked", () -> desk.ask(id, question, user));
    }

    @PostMapping("/{id}/questions/{questionId}/answer")
    @PreAuthorize("isAuthenticated()")
    String answer(@PathVariable long id, @PathVariable long questionId,
            @RequestParam(required = false) String answer, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, to(id), "extension.answered",
                () -> desk.answer(id, questionId, answer, user));
    }

    @PostMapping("/{id}/conclusion")
    @PreAuthorize("isAuthenticated()")
    String conclude(@PathVariable long id, @RequestParam(required = false) String report,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, to(id), "extension.concluded", () -> desk.conclude(id, report, user));
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String decide(@PathVariable long id, @RequestParam(required = false) Boolean granted,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate grantedDeadline,
            @RequestParam(required = false) Long meetingId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, to(id), "extension.decided", () -> {
            if (granted == null) {
                throw new RuleViolation("granted", "validation.required");
            }
            if (meetingId == null) {
                throw new RuleViolation("meetingId", "extension.decidedByMsp");
            }
            return desk.decide(id, granted, grantedDeadline, meetingId, user);
        });
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("isAuthenticated()")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, to(id), "extension.withdrawn", () -> desk.withdraw(id, user));
    }

    private String show(ExtensionDesk.RequestRecord record, CurrentUser user, Locale locale, Model model) {
        ExtensionRequest request = record.request();
        model.addAttribute("record", record);
        model.addAttribute("request", request);
        model.addAttribute("keeps", desk.keeps(request, user));
        model.addAttribute("analyses", desk.analyses(request, user));
        model.addAttribute("readsExchanges", desk.readsExchanges(request, user));
        model.addAttribute("formsGroup", user != null && (user.isIsuAdmin()
                || user.has(Role.PRESIDENCY)));
        model.addAttribute("decides", user != null && user.isIsuAdmin());
        model.addAttribute("units", WorkPlanYear.Unit.values());
        model.addAttribute("flow", RequestStatus.values());
        model.addAttribute("analysisMembers", request.analysisGroup().stream()
                .sorted(Comparator.comparing(s -> SearchText.of(s.name(locale)))).toList());
        model.addAttribute("latestExtension", record.obligation().currentDeadline() == null ? null
                : request.obligation().article().latestExtensionOf(record.obligation().currentDeadline()));
        if (request.status() == RequestStatus.SUBMITTED) {
            model.addAttribute("memberChoices", states.participationsIn(states.ccm()).stream()
                    .filter(p -> p.depositDate() != null && !p.isWithdrawnOn(meetings.today()))
                    .map(Participation::state)
                    .filter(s -> !s.id().equals(request.obligation().state().id()))
                    .sorted(Comparator.comparing(s -> SearchText.of(s.name(locale))))
                    .toList());
        }
        if (request.status() == RequestStatus.ANALYSED) {
            LocalDate today = meetings.today();
            model.addAttribute("meetingChoices", meetings.list(new MeetingFilter(EnumSet.of(
                            MeetingBody.MEETING_OF_STATES_PARTIES, MeetingBody.REVIEW_CONFERENCE),
                    today.minusYears(2), today), user, PageRequest.of(0, 20)).getContent());
        }
        return SHOW_VIEW;
    }

    private ExtensionDesk.RequestRecord keptRecord(long id, CurrentUser user) {
        ExtensionDesk.RequestRecord record = desk.record(id, user);
        ObligationAccess.checkKeeps(record.request().obligation().state(), user);
        return record;
    }

    private static String to(long id) {
        return "redirect:/extension-requests/" + id;
    }

    private static String back(RedirectAttributes redirect, long id, String done) {
        redirect.addFlashAttribute("saved", done);
        return to(id);
    }
}
