package org.ccmplatform.universalization;

import jakarta.validation.Valid;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.PageActions;
import org.ccmplatform.universalization.UniversalizationForms.CorrectionForm;
import org.ccmplatform.universalization.UniversalizationForms.EngagementForm;
import org.ccmplatform.universalization.UniversalizationForms.ProfileForm;
import org.ccmplatform.universalization.UniversalizationForms.VoteForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A State's universalization page: its category, signature, producer and holder status and votes for everyone; its
 * engagement log for signed-in readers (confidential entries for the ISU, the Presidency and the coordinators of
 * universalization only); and, for those who keep them, the forms to assess it, record a vote and log an engagement.
 */
@Controller
@RequestMapping("/universalization/states/{iso3}")
class StateOutreachController {

    static final String STATE_VIEW = "universalization/state";

    private final UniversalizationBoard board;
    private final UniversalizationDesk desk;
    private final StateRegister states;
    private final OrganisationDirectory organisations;

    StateOutreachController(UniversalizationBoard board, UniversalizationDesk desk, StateRegister states,
            OrganisationDirectory organisations) {
        this.board = board;
        this.desk = desk;
        this.states = states;
        this.organisations = organisations;
    }

    @GetMapping
    String show(@PathVariable String iso3, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(iso3, user, model, null);
    }

    @PostMapping("/profile")
    String assess(@PathVariable String iso3, @Valid @ModelAttribute("profileForm") ProfileForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        desk.keeper(user);
        return FormErrors.save(result, () -> desk.assess(iso3, form.getVersion(), form.details(), user))
                .map(saved -> done(redirect, "universalization.profile.saved", saved.state().iso3()))
                .orElseGet(() -> page(iso3, user, model, "profile"));
    }

    @PostMapping("/votes")
    String vote(@PathVariable String iso3, @Valid @ModelAttribute("voteForm") VoteForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        desk.keeper(user);
        return FormErrors.save(result, () -> desk.vote(iso3, form.details(), user))
                .map(saved -> done(redirect, "universalization.vote.saved", saved.state().iso3()))
                .orElseGet(() -> page(iso3, user, model, "vote"));
    }

    /** Corrects a recorded vote from the small form on its row; the page says whether it was saved or why not. */
    @PostMapping("/votes/{year}")
    String correctVote(@PathVariable String iso3, @PathVariable int year,
            @Valid @ModelAttribute("correctionForm") CorrectionForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        desk.keeper(user);
        String back = "redirect:/universalization/states/" + states.get(iso3).iso3();
        if (result.hasErrors()) {
            redirect.addFlashAttribute("refused", "universalization.vote.correctionRefused");
            redirect.addFlashAttribute("refusedArguments", new Object[0]);
            return back;
        }
        return PageActions.attempt(redirect, back, "universalization.vote.corrected",
                () -> desk.correctVote(iso3, year, form.getVersion(), form.getVote(), form.getSource(), user));
    }

    @PostMapping("/engagements")
    String engage(@PathVariable String iso3, @Valid @ModelAttribute("engagementForm") EngagementForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        desk.keeper(user);
        return FormErrors.save(result, () -> desk.engage(iso3, form.details(), user))
                .map(saved -> done(redirect, "universalization.engagement.saved", saved.state().iso3()))
                .orElseGet(() -> page(iso3, user, model, "engagement"));
    }

    private static String done(RedirectAttributes redirect, String message, String iso3) {
        redirect.addFlashAttribute("saved", message);
        return "redirect:/universalization/states/" + iso3;
    }

    private String page(String iso3, CurrentUser user, Model model, String openForm) {
        NotPartyRow row = board.row(iso3);
        boolean keeps = desk.keeps(user);
        model.addAttribute("row", row);
        model.addAttribute("party", board.isParty(row));
        model.addAttribute("signedIn", user != null);
        model.addAttribute("log", desk.log(iso3, user));
        model.addAttribute("keeps", keeps);
        model.addAttribute("openForm", openForm);
        if (keeps) {
            if (!model.containsAttribute("profileForm")) {
                model.addAttribute("profileForm", ProfileForm.of(row.profile()));
            }
            if (!model.containsAttribute("voteForm")) {
                model.addAttribute("voteForm", new VoteForm());
            }
            if (!model.containsAttribute("engagementForm")) {
                EngagementForm engagement = new EngagementForm();
                engagement.setDay(desk.today());
                model.addAttribute("engagementForm", engagement);
            }
            model.addAttribute("categories", Category.values());
            model.addAttribute("voteChoices", Vote.values());
            model.addAttribute("kinds", EngagementKind.values());
            model.addAttribute("engagers", Engager.values());
            model.addAttribute("allStates", states.all());
            model.addAttribute("allOrganisations", organisations.all());
        }
        return STATE_VIEW;
    }
}
