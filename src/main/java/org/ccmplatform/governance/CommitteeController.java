package org.ccmplatform.governance;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmplatform.governance.GovernanceForms.SeatForm;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.PageActions;
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
 * The Coordination Committee of a term (public), its meetings as the reader may see them, the matrix of target
 * States and a State's page of everything planned for it. The ISU and the Presidency seat and unseat members.
 */
@Controller
@RequestMapping("/committee")
class CommitteeController {

    static final String COMMITTEE_VIEW = "governance/committee";
    static final String TARGETS_VIEW = "governance/targets";
    static final String STATE_VIEW = "governance/state";
    private static final String KEEPERS = "hasAnyRole('ISU_ADMIN', 'PRESIDENCY')";

    private final CommitteeDesk committee;
    private final CommitteeRoster roster;
    private final Presidencies presidencies;
    private final PlanDesk plans;
    private final StateRegister states;
    private final OrganisationDirectory organisations;

    CommitteeController(CommitteeDesk committee, CommitteeRoster roster, Presidencies presidencies, PlanDesk plans,
            StateRegister states, OrganisationDirectory organisations) {
        this.committee = committee;
        this.roster = roster;
        this.presidencies = presidencies;
        this.plans = plans;
        this.states = states;
        this.organisations = organisations;
    }

    @GetMapping
    String committee(@RequestParam(required = false) Long term, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        if (!model.containsAttribute("seatForm")) {
            model.addAttribute("seatForm", new SeatForm());
        }
        return committeeView(committee.term(term), user, model);
    }

    @PostMapping("/{term}/seats")
    @PreAuthorize(KEEPERS)
    String seat(@PathVariable long term, @Valid @ModelAttribute("seatForm") SeatForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormErrors.save(result, () -> committee.seat(term, form.details(), user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "committee.seat.saved");
                    return "redirect:/committee?term=" + term;
                })
                .orElseGet(() -> committeeView(committee.term(term), user, model));
    }

    @PostMapping("/{term}/seats/{seat}/delete")
    @PreAuthorize(KEEPERS)
    String unseat(@PathVariable long term, @PathVariable long seat, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/committee?term=" + term, "committee.seat.removed", () -> {
            committee.unseat(seat, user);
            return seat;
        });
    }

    @GetMapping("/targets")
    String targets(@RequestParam(required = false) Long term, @AuthenticationPrincipal CurrentUser user,
            Locale locale, Model model) {
        Term chosen = committee.term(term);
        model.addAttribute("term", chosen);
        model.addAttribute("terms", presidencies.calendar());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("matrix", matrix(chosen, user, locale));
        model.addAttribute("drafts", plans.readsDrafts(user));
        return TARGETS_VIEW;
    }

    @GetMapping("/states/{iso3}")
    String state(@PathVariable String iso3, @RequestParam(required = false) Long term,
            @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        State state = states.find(iso3.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("State", iso3));
        Term chosen = committee.term(term);
        model.addAttribute("state", state);
        model.addAttribute("term", chosen);
        model.addAttribute("terms", presidencies.calendar());
        model.addAttribute("planned", matrix(chosen, user, locale).forState(state));
        model.addAttribute("drafts", plans.readsDrafts(user));
        return STATE_VIEW;
    }

    private TargetMatrix matrix(Term term, CurrentUser user, Locale locale) {
        Map<String, State> byIso3 = states.all().stream().collect(Collectors.toMap(State::iso3, Function.identity()));
        return TargetMatrix.of(plans.visibleSnapshots(term, user), byIso3, locale);
    }

    private String committeeView(Term term, CurrentUser user, Model model) {
        model.addAttribute("term", term);
        model.addAttribute("terms", presidencies.calendar());
        model.addAttribute("current", roster.currentTerm().orElse(null));
        model.addAttribute("committee", committee.committee(term));
        model.addAttribute("meetings", committee.meetingsOf(term, user));
        model.addAttribute("themes", Theme.values());
        model.addAttribute("mayKeep", presidencies.mayKeep(user));
        if (presidencies.mayKeep(user)) {
            model.addAttribute("seatKinds", SeatKind.values());
            model.addAttribute("states", states.all());
            model.addAttribute("organisations", organisations.all());
        }
        return COMMITTEE_VIEW;
    }
}
