package org.ccmplatform.sponsorship;

import jakarta.validation.Valid;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.PageActions;
import org.ccmplatform.sponsorship.SponsorshipDesk.ApplicationFilter;
import org.ccmplatform.sponsorship.SponsorshipForms.ApplicationForm;
import org.ccmplatform.sponsorship.SponsorshipForms.CostsForm;
import org.ccmplatform.sponsorship.SponsorshipForms.DeclineForm;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * Delegates' applications: a State's focal point submits and withdraws its own State's and reads them; the ISU reads
 * all, selects, declines with its reasons and records the actual costs. Not public: they carry people's names.
 */
@Controller
@RequestMapping("/sponsorship/applications")
@PreAuthorize("hasAnyRole('ISU_ADMIN', 'FOCAL_POINT')")
class ApplicationController {

    static final String LIST_VIEW = "sponsorship/applications";
    static final String SHOW_VIEW = "sponsorship/application";
    static final String FORM_VIEW = "sponsorship/application-form";
    static final int PAGE_SIZE = 25;

    private final SponsorshipDesk desk;

    ApplicationController(SponsorshipDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long meeting,
            @RequestParam(required = false) ApplicationStatus status, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        ApplicationFilter filter = new ApplicationFilter(meeting, year, status);
        model.addAttribute("applications", desk.applications(filter, user, PageRequest.of(Math.max(page, 0),
                PAGE_SIZE, Sort.by(Sort.Order.desc("id")))));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("isu", user.isIsuAdmin());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newApplication(@RequestParam(required = false) Long meeting, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        ApplicationForm form = new ApplicationForm();
        form.setMeetingId(meeting);
        if (!user.isIsuAdmin() && !desk.statesFor(user).isEmpty()) {
            form.setState(desk.statesFor(user).get(0).iso3());
        }
        model.addAttribute("applicationForm", form);
        return form(user, model);
    }

    @PostMapping
    String submit(@Valid @ModelAttribute("applicationForm") ApplicationForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormErrors.save(result, () -> desk.submit(form.details(), user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "sponsorship.application.saved");
                    return "redirect:/sponsorship/applications/" + saved.id();
                })
                .orElseGet(() -> form(user, model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        SponsorshipApplication application = desk.application(id, user);
        DeclineForm decline = new DeclineForm();
        decline.setVersion(application.version());
        CostsForm costs = new CostsForm();
        costs.setVersion(application.version());
        costs.setTravelActual(application.travelAsked().amount());
        costs.setDsaActual(application.dsaAsked().amount());
        model.addAttribute("declineForm", decline);
        model.addAttribute("costsForm", costs);
        return show(application, user, model);
    }

    @PostMapping("/{id}/select")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String select(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, back(id), "sponsorship.selected",
                () -> desk.select(id, version, user));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, back(id), "sponsorship.withdrawn",
                () -> desk.withdraw(id, version, user));
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String decline(@PathVariable long id, @Valid @ModelAttribute("declineForm") DeclineForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        return FormErrors.save(result, () -> desk.decline(id, form.getVersion(), form.getReasons(), user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "sponsorship.declined");
                    return back(id);
                })
                .orElseGet(() -> {
                    SponsorshipApplication application = desk.application(id, user);
                    CostsForm costs = new CostsForm();
                    costs.setVersion(application.version());
                    model.addAttribute("costsForm", costs);
                    model.addAttribute("openForm", "decline");
                    return show(application, user, model);
                });
    }

    @PostMapping("/{id}/costs")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String costs(@PathVariable long id, @Valid @ModelAttribute("costsForm") CostsForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormErrors.save(result, () -> desk.recordCosts(id, form.getVersion(),
                        SponsorshipForms.francs(form.getTravelActual(), "travelActual"),
                        SponsorshipForms.francs(form.getDsaActual(), "dsaActual"), user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "sponsorship.costsRecorded");
                    return back(id);
                })
                .orElseGet(() -> {
                    SponsorshipApplication application = desk.application(id, user);
                    DeclineForm decline = new DeclineForm();
                    decline.setVersion(application.version());
                    model.addAttribute("declineForm", decline);
                    model.addAttribute("openForm", "costs");
                    return show(application, user, model);
                });
    }

    private String show(SponsorshipApplication application, CurrentUser user, Model model) {
        model.addAttribute("record", application);
        model.addAttribute("isu", user.isIsuAdmin());
        model.addAttribute("available", desk.available(application.year()));
        return SHOW_VIEW;
    }

    private String form(CurrentUser user, Model model) {
        model.addAttribute("meetings", desk.sponsoredMeetings());
        model.addAttribute("states", desk.statesFor(user));
        model.addAttribute("choosesState", user.isIsuAdmin());
        return FORM_VIEW;
    }

    private static String back(long id) {
        return "redirect:/sponsorship/applications/" + id;
    }
}
