package org.ccmplatform.assistance;

import jakarta.validation.Valid;
import java.util.List;
import org.ccmplatform.assistance.AssistanceForms.TrancheForm;
import org.ccmplatform.assistance.PledgeDesk.PledgeFilter;
import org.ccmplatform.assistance.PledgeDesk.Receipt;
import org.ccmplatform.coalitions.CoalitionRegister;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
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

/** Pledges: the public list, a pledge with its tranches, and the donor's (or the ISU's) forms. */
@Controller
@RequestMapping("/assistance/pledges")
class PledgeController {

    static final String LIST_VIEW = "assistance/pledges";
    static final String SHOW_VIEW = "assistance/pledge";
    static final String FORM_VIEW = "assistance/pledge-form";
    static final int PAGE_SIZE = 25;
    static final int CHOICES = 200;

    private final PledgeDesk desk;
    private final NeedDesk needs;
    private final StateRegister states;
    private final OrganisationDirectory organisations;
    private final CoalitionRegister coalitions;

    PledgeController(PledgeDesk desk, NeedDesk needs, StateRegister states, OrganisationDirectory organisations,
            CoalitionRegister coalitions) {
        this.desk = desk;
        this.needs = needs;
        this.states = states;
        this.organisations = organisations;
        this.coalitions = coalitions;
    }

    @GetMapping
    String list(@RequestParam(required = false) String donor, @RequestParam(required = false) String state,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        PledgeFilter filter;
        Page<Pledge> found;
        try {
            filter = new PledgeFilter(AssistanceParams.text(donor), null, AssistanceParams.text(state), null, null,
                    AssistanceParams.value(PledgeStatus.class, status, "status"));
            found = desk.list(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Order.desc("id"))));
        } catch (RuleViolation ignored) {
            model.addAttribute("filterProblem", "filter.ignored");
            filter = new PledgeFilter(null, null, null, null, null, null);
            found = desk.list(filter, PageRequest.of(0, PAGE_SIZE, Sort.by(Sort.Order.desc("id"))));
        }
        model.addAttribute("pledges", found);
        model.addAttribute("paid", desk.paidOn(found.getContent()));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", PledgeStatus.values());
        model.addAttribute("user", user);
        model.addAttribute("mayPledge", mayPledge(user));
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Pledge pledge = desk.get(id);
        if (pledge.isKeptBy(user)) {
            model.addAttribute("pledgeForm", PledgeForm.of(pledge));
            model.addAttribute("trancheForm", new TrancheForm());
        }
        return show(pledge, user, model);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ISU_ADMIN', 'DONOR')")
    String newPledge(@RequestParam(required = false) Long need, @RequestParam(required = false) String state,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        PledgeForm form = new PledgeForm();
        form.setStatus(PledgeStatus.PLEDGED);
        if (need != null) {
            Need target = needs.read(need, Reader.of(user));
            form.setNeedId(target.id());
            form.setCurrency(target.cost().currency());
            form.setFromYear(target.startYear());
            form.setToYear(target.endYear());
        } else {
            form.setState(AssistanceParams.text(state));
            form.setCurrency(ExchangeRate.BASE);
        }
        model.addAttribute("pledgeForm", form);
        return form(user, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ISU_ADMIN', 'DONOR')")
    String record(@Valid @ModelAttribute("pledgeForm") PledgeForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormErrors.save(result, () -> desk.record(AssistanceParams.text(form.getDonorState()),
                        form.getDonorOrganisation(), form.target(), form.terms(), user))
                .map(receipt -> back(receipt, redirect, "pledge.saved"))
                .orElseGet(() -> form(user, model));
    }

    @PostMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String revise(@PathVariable long id, @Valid @ModelAttribute("pledgeForm") PledgeForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Pledge pledge = kept(id, user);
        return FormErrors.save(result, () -> desk.revise(id, form.getVersion(), form.terms(), form.getOperatorId(),
                        user))
                .map(receipt -> back(receipt, redirect, "pledge.saved"))
                .orElseGet(() -> {
                    model.addAttribute("trancheForm", new TrancheForm());
                    model.addAttribute("openForm", "pledge");
                    return show(pledge, user, model);
                });
    }

    @PostMapping("/{id}/tranches")
    @PreAuthorize("isAuthenticated()")
    String pay(@PathVariable long id, @Valid @ModelAttribute("trancheForm") TrancheForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Pledge pledge = kept(id, user);
        return FormErrors.save(result, () -> desk.pay(id, form.getPaidOn(), form.getAmount(), form.getReference(),
                        user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "tranche.saved");
                    return "redirect:/assistance/pledges/" + id;
                })
                .orElseGet(() -> {
                    model.addAttribute("pledgeForm", PledgeForm.of(pledge));
                    model.addAttribute("openForm", "tranche");
                    return show(pledge, user, model);
                });
    }

    private String show(Pledge pledge, CurrentUser user, Model model) {
        model.addAttribute("pledge", pledge);
        model.addAttribute("amountShown", pledge.amountVisibleTo(user));
        model.addAttribute("tranches", pledge.amountVisibleTo(user) ? desk.tranchesOf(pledge) : List.of());
        model.addAttribute("paid", desk.paidOn(pledge));
        model.addAttribute("keeps", pledge.isKeptBy(user));
        model.addAttribute("needShown", pledge.need() != null && Reader.of(user).sees(pledge.need()));
        model.addAttribute("coalition", pledge.coalitionId() == null ? null : coalitions.get(pledge.coalitionId()));
        model.addAttribute("statuses", List.of(PledgeStatus.INDICATED, PledgeStatus.PLEDGED,
                PledgeStatus.COMMITTED));
        model.addAttribute("operators", organisations.all());
        return SHOW_VIEW;
    }

    private String form(CurrentUser user, Model model) {
        PledgeForm form = (PledgeForm) model.getAttribute("pledgeForm");
        Need need = null;
        if (form != null && form.getNeedId() != null) {
            try {
                need = needs.read(form.getNeedId(), Reader.of(user));
            } catch (RuntimeException unknown) {
                need = null;
            }
        }
        model.addAttribute("need", need);
        model.addAttribute("choosesDonor", user.isIsuAdmin());
        model.addAttribute("donorStates", user.isIsuAdmin() ? states.all() : List.of());
        model.addAttribute("operators", organisations.all());
        model.addAttribute("coalitions", coalitions.list(null, PageRequest.of(0, CHOICES)).getContent());
        model.addAttribute("statuses", List.of(PledgeStatus.INDICATED, PledgeStatus.PLEDGED,
                PledgeStatus.COMMITTED));
        return FORM_VIEW;
    }

    private Pledge kept(long id, CurrentUser user) {
        Pledge pledge = desk.get(id);
        if (!pledge.isKeptBy(user)) {
            throw new AccessDeniedException("Only the donor and the ISU keep a pledge");
        }
        return pledge;
    }

    private static String back(Receipt receipt, RedirectAttributes redirect, String done) {
        redirect.addFlashAttribute("saved", done);
        if (!receipt.warnings().isEmpty()) {
            redirect.addFlashAttribute("warnings", receipt.warnings());
        }
        return "redirect:/assistance/pledges/" + receipt.pledge().id();
    }

    private static boolean mayPledge(CurrentUser user) {
        return user != null && (user.isIsuAdmin() || user.has(org.ccmplatform.shared.Role.DONOR));
    }
}
