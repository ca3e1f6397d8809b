package org.ccmplatform.assistance;

import jakarta.validation.Valid;
import java.util.List;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.springframework.data.domain.PageRequest;
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

/** Donors' offers and priorities: the public list, an offer with the needs that fit it, and the donor's forms. */
@Controller
@RequestMapping("/assistance/offers")
class OfferController {

    static final String LIST_VIEW = "assistance/offers";
    static final String SHOW_VIEW = "assistance/offer";
    static final String FORM_VIEW = "assistance/offer-form";
    static final int PAGE_SIZE = 25;

    private final OfferDesk desk;
    private final Matchmaker matchmaker;
    private final FundingGaps gaps;
    private final StateRegister states;
    private final OrganisationDirectory organisations;

    OfferController(OfferDesk desk, Matchmaker matchmaker, FundingGaps gaps, StateRegister states,
            OrganisationDirectory organisations) {
        this.desk = desk;
        this.matchmaker = matchmaker;
        this.gaps = gaps;
        this.states = states;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("offers", desk.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("mayOffer", user != null && (user.isIsuAdmin()
                || user.has(org.ccmplatform.shared.Role.DONOR)));
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        DonorOffer offer = desk.get(id);
        model.addAttribute("offer", offer);
        model.addAttribute("details", offer.details());
        model.addAttribute("matches", matchmaker.needsFor(offer, Reader.of(user)));
        model.addAttribute("keeps", OfferDesk.keeps(offer, user));
        model.addAttribute("shown", Matchmaker.SHOWN);
        return SHOW_VIEW;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ISU_ADMIN', 'DONOR')")
    String newOffer(@AuthenticationPrincipal CurrentUser user, Model model) {
        OfferForm form = new OfferForm();
        form.setCurrency(ExchangeRate.BASE);
        int year = gaps.today().getYear();
        form.setFromYear(year + 1);
        form.setToYear(year + 3);
        model.addAttribute("offerForm", form);
        return form(null, user, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ISU_ADMIN', 'DONOR')")
    String post(@Valid @ModelAttribute("offerForm") OfferForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormErrors.save(result, () -> desk.post(AssistanceParams.text(form.getDonorState()), form.getDonorOrganisation(),
                        form.details(), user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "offer.saved");
                    return "redirect:/assistance/offers/" + saved.id();
                })
                .orElseGet(() -> form(null, user, model));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("isAuthenticated()")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        DonorOffer offer = kept(id, user);
        model.addAttribute("offerForm", OfferForm.of(offer));
        return form(offer, user, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String update(@PathVariable long id, @Valid @ModelAttribute("offerForm") OfferForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        DonorOffer offer = kept(id, user);
        return FormErrors.save(result, () -> desk.edit(id, form.getVersion(), form.details(), user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "offer.saved");
                    return "redirect:/assistance/offers/" + id;
                })
                .orElseGet(() -> form(offer, user, model));
    }

    private String form(DonorOffer offer, CurrentUser user, Model model) {
        model.addAttribute("offer", offer);
        model.addAttribute("themes", Theme.values());
        model.addAttribute("regions", UnRegion.values());
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("preferences", Preference.values());
        boolean chooses = offer == null && user.isIsuAdmin();
        model.addAttribute("choosesDonor", chooses);
        model.addAttribute("donorStates", chooses ? states.all() : List.of());
        model.addAttribute("donorOrganisations", chooses ? organisations.all() : List.of());
        return FORM_VIEW;
    }

    private DonorOffer kept(long id, CurrentUser user) {
        DonorOffer offer = desk.get(id);
        if (!OfferDesk.keeps(offer, user)) {
            throw new AccessDeniedException("Only the donor and the ISU keep an offer");
        }
        return offer;
    }
}
