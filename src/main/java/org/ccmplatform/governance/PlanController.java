package org.ccmplatform.governance;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.ccmplatform.governance.GovernanceForms.ActivityForm;
import org.ccmplatform.governance.GovernanceForms.ConceptNoteForm;
import org.ccmplatform.governance.GovernanceForms.PublishForm;
import org.ccmplatform.governance.GovernanceForms.VersionedForm;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.PageActions;
import org.ccmplatform.shared.RuleViolation;
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

/**
 * A term's concept notes and operational plans: the overview by theme with the action points that ask for plans,
 * each plan with its activities and versions, and the forms of those who may edit it. Others read what is published.
 */
@Controller
@RequestMapping("/committee/plans")
class PlanController {

    static final String PLANS_VIEW = "governance/plans";
    static final String PLAN_VIEW = "governance/plan";
    static final String ACTIVITY_VIEW = "governance/activity";
    static final String REVISION_VIEW = "governance/revision";
    private static final String COMMITTEE = "hasAnyRole('ISU_ADMIN', 'PRESIDENCY', 'COORDINATOR')";
    private static final List<String> PLAN_FORMS = List.of("noteForm", "activityForm", "publishForm");

    private final PlanDesk plans;
    private final PlanRequestDesk requests;
    private final CommitteeDesk committee;
    private final Presidencies presidencies;

    PlanController(PlanDesk plans, PlanRequestDesk requests, CommitteeDesk committee, Presidencies presidencies) {
        this.plans = plans;
        this.requests = requests;
        this.committee = committee;
        this.presidencies = presidencies;
    }

    @GetMapping
    String plans(@RequestParam(required = false) Long term, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        model.addAttribute("noteForm", new ConceptNoteForm());
        return plansView(committee.term(term), user, model);
    }

    @PostMapping
    @PreAuthorize(COMMITTEE)
    String write(@RequestParam long term, @Valid @ModelAttribute("noteForm") ConceptNoteForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        return FormErrors.save(result, () -> plans.write(term, form.getTheme(), form.note(), user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "plan.note.saved");
                    return "redirect:/committee/plans/" + saved.id();
                })
                .orElseGet(() -> plansView(committee.term(term), user, model));
    }

    @PostMapping("/requests")
    @PreAuthorize("hasAnyRole('ISU_ADMIN', 'PRESIDENCY')")
    String ask(@RequestParam long term, @RequestParam(required = false) Long actionPointId,
            @RequestParam(required = false) Set<Theme> themes, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/committee/plans?term=" + term, "plan.request.saved", () -> {
            if (actionPointId == null) {
                throw new RuleViolation("actionPointId", "validation.required");
            }
            return requests.ask(actionPointId, term, themes == null ? Set.of() : themes, user);
        });
    }

    @GetMapping("/{id}")
    String plan(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return planView(plans.plan(id, user), user, model);
    }

    @PostMapping("/{id}/note")
    @PreAuthorize(COMMITTEE)
    String rewrite(@PathVariable long id, @Valid @ModelAttribute("noteForm") ConceptNoteForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        plans.checkEditor(id, user);
        return save(id, result, user, model, redirect, "plan.note.saved", "note",
                () -> plans.rewrite(id, form.getVersion(), form.note(), user));
    }

    @PostMapping("/{id}/activities")
    @PreAuthorize(COMMITTEE)
    String addActivity(@PathVariable long id, @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        plans.checkEditor(id, user);
        return save(id, result, user, model, redirect, "plan.activity.saved", "activity",
                () -> plans.addActivity(id, form.getVersion(), form.details(), user));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize(COMMITTEE)
    String publish(@PathVariable long id, @Valid @ModelAttribute("publishForm") PublishForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        plans.checkEditor(id, user);
        return save(id, result, user, model, redirect, "plan.published", "publish",
                () -> plans.publish(id, form.getVersion(), form.getExecutiveSummary(), user));
    }

    @GetMapping("/{id}/activities/{activity}")
    @PreAuthorize(COMMITTEE)
    String activity(@PathVariable long id, @PathVariable long activity, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        ThemePlan plan = plans.plan(id, user);
        model.addAttribute("activityForm", ActivityForm.of(activityOf(plan, activity), plan.version()));
        return activityView(plan, activity, model);
    }

    @PostMapping("/{id}/activities/{activity}")
    @PreAuthorize(COMMITTEE)
    String changeActivity(@PathVariable long id, @PathVariable long activity,
            @Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        plans.checkEditor(id, user);
        Optional<ThemePlan> saved = attempt(result, model,
                () -> plans.changeActivity(id, form.getVersion(), activity, form.details(), user));
        if (saved.isPresent()) {
            redirect.addFlashAttribute("saved", "plan.activity.saved");
            return "redirect:/committee/plans/" + id;
        }
        ThemePlan plan = plans.plan(id, user);
        if (model.containsAttribute("conflict")) {
            form.setVersion(plan.version());
        }
        return activityView(plan, activity, model);
    }

    @PostMapping("/{id}/activities/{activity}/delete")
    @PreAuthorize(COMMITTEE)
    String removeActivity(@PathVariable long id, @PathVariable long activity, @RequestParam long version,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        plans.checkEditor(id, user);
        return PageActions.attempt(redirect, "redirect:/committee/plans/" + id, "plan.activity.removed",
                () -> plans.removeActivity(id, version, activity, user));
    }

    @GetMapping("/{id}/revisions/{revision}")
    @PreAuthorize(COMMITTEE)
    String revision(@PathVariable long id, @PathVariable int revision, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        ThemePlan plan = plans.plan(id, user);
        PlanRevision kept = plans.revisionsOf(plan).stream().filter(r -> r.revision() == revision).findFirst()
                .orElseThrow(() -> new NotFoundException("PlanRevision", revision));
        model.addAttribute("plan", plan);
        model.addAttribute("kept", kept);
        model.addAttribute("view", kept.snapshot());
        return REVISION_VIEW;
    }

    /** Saves one of the plan page's forms; a stale form shows the saved version beside the reader's. */
    private String save(long id, BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect,
            String done, String openForm, Supplier<ThemePlan> action) {
        Optional<ThemePlan> saved = attempt(result, model, action);
        if (saved.isPresent()) {
            redirect.addFlashAttribute("saved", done);
            return "redirect:/committee/plans/" + id;
        }
        model.addAttribute("openForm", openForm);
        return planView(plans.plan(id, user), user, model);
    }

    /** Saves a form; a plan saved by someone else meanwhile becomes a conflict that shows both versions. */
    private static Optional<ThemePlan> attempt(BindingResult result, Model model, Supplier<ThemePlan> action) {
        return FormErrors.save(result, action, stale -> {
            if (stale instanceof PlanConflict conflict) {
                model.addAttribute("conflict", conflict);
            } else {
                FormErrors.stale(result);
            }
        });
    }

    private static Object freshForm(String name, ThemePlan plan) {
        return switch (name) {
            case "noteForm" -> ConceptNoteForm.of(plan);
            case "activityForm" -> {
                ActivityForm form = new ActivityForm();
                form.setVersion(plan.version());
                yield form;
            }
            default -> {
                PublishForm form = new PublishForm();
                form.setVersion(plan.version());
                form.setExecutiveSummary(plan.executiveSummary());
                yield form;
            }
        };
    }

    private String plansView(Term term, CurrentUser user, Model model) {
        boolean drafts = plans.readsDrafts(user);
        model.addAttribute("term", term);
        model.addAttribute("terms", presidencies.calendar());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("drafts", drafts);
        model.addAttribute("plans", plans.ofTerm(term));
        model.addAttribute("requests", drafts ? requests.ofTerm(term) : List.of());
        boolean keeper = presidencies.mayKeep(user);
        model.addAttribute("mayAsk", keeper);
        if (keeper) {
            model.addAttribute("unlinked", requests.unlinked(term,
                    committee.meetingsOf(term, user).stream().map(m -> m.id()).toList()));
        }
        model.addAttribute("writable", List.copyOf(plans.writableThemes(term, user)));
        return PLANS_VIEW;
    }

    /**
     * The plan page with its three forms: the one just posted keeps what the reader typed, the others are fresh.
     * After a conflict every form carries the saved version's number, so that saving again is a deliberate choice.
     */
    private String planView(ThemePlan plan, CurrentUser user, Model model) {
        for (String form : PLAN_FORMS) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, freshForm(form, plan));
            }
            if (model.containsAttribute("conflict")) {
                ((VersionedForm) model.getAttribute(form)).setVersion(plan.version());
            }
        }
        boolean drafts = plans.readsDrafts(user);
        model.addAttribute("plan", plan);
        model.addAttribute("view", drafts ? PlanSnapshot.of(plan) : plans.published(plan));
        model.addAttribute("drafts", drafts);
        model.addAttribute("mayEdit", plans.mayEdit(plan, user));
        model.addAttribute("revisions", drafts ? plans.revisionsOf(plan) : List.of());
        model.addAttribute("statuses", ActivityStatus.values());
        return PLAN_VIEW;
    }

    private String activityView(ThemePlan plan, long activity, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("activity", activityOf(plan, activity));
        model.addAttribute("statuses", ActivityStatus.values());
        return ACTIVITY_VIEW;
    }

    private static PlanActivity activityOf(ThemePlan plan, long activity) {
        return plan.activities().stream().filter(a -> a.id() == activity).findFirst()
                .orElseThrow(() -> new NotFoundException("PlanActivity", activity));
    }
}
