package org.ccmplatform.registry;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ISU's forms that add a State, describe it, and record its signature, deposit or withdrawal. */
@Controller
@RequestMapping("/states")
@PreAuthorize("hasRole('ISU_ADMIN')")
class StateEditController {

    static final String STATE_FORM = "registry/state-form";
    static final String PARTICIPATION_FORM = "registry/participation-form";

    private final StateRegister register;

    StateEditController(StateRegister register) {
        this.register = register;
    }

    @InitBinder
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("regions", UnRegion.values());
        model.addAttribute("memberships", UnMembership.values());
        model.addAttribute("depositTypes", DepositType.values());
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("stateForm", new StateForm());
        model.addAttribute("creating", true);
        return STATE_FORM;
    }

    @PostMapping("/new")
    String processCreationForm(
            @Validated({StateForm.Creation.class, Default.class}) @ModelAttribute("stateForm") StateForm form,
            BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("creating", true);
        return FormErrors.save(result, () -> register.create(form.getIso3(), form.getIso2(),
                        form.getUnMembership(), form.getRegion(), form.names()))
                .map(state -> saved(redirect, "state.saved", state))
                .orElse(STATE_FORM);
    }

    @GetMapping("/{iso3}/edit")
    String initUpdateForm(@PathVariable String iso3, Model model) {
        model.addAttribute("stateForm", StateForm.of(register.get(iso3)));
        model.addAttribute("creating", false);
        return STATE_FORM;
    }

    @PostMapping("/{iso3}/edit")
    String processUpdateForm(@PathVariable String iso3, @Valid @ModelAttribute("stateForm") StateForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("creating", false);
        State state = register.get(iso3);
        form.setIso3(state.iso3());
        form.setIso2(state.iso2());
        return FormErrors.save(result, () -> register.describe(iso3, form.getVersion(), form.getUnMembership(),
                        form.getRegion(), form.names()))
                .map(described -> saved(redirect, "state.saved", described))
                .orElse(STATE_FORM);
    }

    @GetMapping("/{iso3}/participations/{treaty}")
    String initParticipationForm(@PathVariable String iso3, @PathVariable String treaty, Model model) {
        State state = register.get(iso3);
        Treaty chosen = treaty(treaty);
        model.addAttribute("state", state);
        model.addAttribute("treaty", chosen);
        model.addAttribute("participationForm",
                ParticipationForm.of(register.participation(state, chosen).orElse(null)));
        return PARTICIPATION_FORM;
    }

    @PostMapping("/{iso3}/participations/{treaty}")
    String processParticipationForm(@PathVariable String iso3, @PathVariable String treaty,
            @Valid @ModelAttribute("participationForm") ParticipationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        State state = register.get(iso3);
        Treaty chosen = treaty(treaty);
        model.addAttribute("state", state);
        model.addAttribute("treaty", chosen);
        return FormErrors.save(result, () -> register.record(iso3, chosen.code(), form.getVersion(), form.facts()))
                .map(recorded -> saved(redirect, "participation.saved", state))
                .orElse(PARTICIPATION_FORM);
    }

    private static String saved(RedirectAttributes redirect, String message, State state) {
        redirect.addFlashAttribute("saved", message);
        return "redirect:/states/" + state.iso3();
    }

    private Treaty treaty(String code) {
        return register.treaty(code).orElseThrow(() -> new NotFoundException("Treaty", code));
    }
}
