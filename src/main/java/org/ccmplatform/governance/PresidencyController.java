package org.ccmplatform.governance;

import jakarta.validation.Valid;
import org.ccmplatform.governance.GovernanceForms.MspForm;
import org.ccmplatform.governance.GovernanceForms.SlotForm;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public calendar of Meetings of States Parties and Review Conferences, the current Presidency, and each
 * meeting's page with its President, term and programme slots; the ISU and the Presidency keep them.
 */
@Controller
@RequestMapping("/presidency")
class PresidencyController {

    static final String CALENDAR_VIEW = "governance/calendar";
    static final String MSP_VIEW = "governance/msp";
    private static final String KEEPERS = "hasAnyRole('ISU_ADMIN', 'PRESIDENCY')";

    private final Presidencies presidencies;
    private final CommitteeRoster roster;
    private final CommitteeDesk committee;
    private final StateRegister states;

    PresidencyController(Presidencies presidencies, CommitteeRoster roster, CommitteeDesk committee,
            StateRegister states) {
        this.presidencies = presidencies;
        this.roster = roster;
        this.committee = committee;
        this.states = states;
    }

    @GetMapping
    String calendar(@AuthenticationPrincipal CurrentUser user, Model model) {
        return calendarView(user, model);
    }

    @PostMapping("/meetings")
    @PreAuthorize(KEEPERS)
    String record(@Valid @ModelAttribute("mspForm") MspForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormErrors.save(result, () -> presidencies.record(form.details(), user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "msp.saved");
                    return "redirect:/presidency/meetings/" + saved.id();
                })
                .orElseGet(() -> calendarView(user, model));
    }

    @GetMapping("/meetings/{id}")
    String msp(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return mspView(presidencies.get(id), user, model);
    }

    @PostMapping("/meetings/{id}")
    @PreAuthorize(KEEPERS)
    String describe(@PathVariable long id, @Valid @ModelAttribute("mspForm") MspForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormErrors.save(result, () -> presidencies.describe(id, form.getVersion(), form.details(), user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "msp.saved");
                    return "redirect:/presidency/meetings/" + id;
                })
                .orElseGet(() -> mspView(presidencies.get(id), user, model));
    }

    @PostMapping("/meetings/{id}/slots")
    @PreAuthorize(KEEPERS)
    String addSlot(@PathVariable long id, @Valid @ModelAttribute("slotForm") SlotForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormErrors.save(result, () -> presidencies.addSlot(id, form.details(), user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "msp.slot.saved");
                    return "redirect:/presidency/meetings/" + id;
                })
                .orElseGet(() -> {
                    model.addAttribute("openForm", "slot");
                    return mspView(presidencies.get(id), user, model);
                });
    }

    private String calendarView(CurrentUser user, Model model) {
        model.addAttribute("terms", presidencies.calendar());
        model.addAttribute("current", roster.currentTerm().orElse(null));
        model.addAttribute("today", roster.today());
        model.addAttribute("mayKeep", presidencies.mayKeep(user));
        model.addAttribute("kinds", MeetingKind.values());
        if (presidencies.mayKeep(user)) {
            model.addAttribute("states", states.all());
            if (!model.containsAttribute("mspForm")) {
                model.addAttribute("mspForm", new MspForm());
            }
        }
        return CALENDAR_VIEW;
    }

    private String mspView(StatesPartiesMeeting msp, CurrentUser user, Model model) {
        Term term = roster.term(msp.id()).orElseThrow();
        model.addAttribute("msp", msp);
        model.addAttribute("term", term);
        model.addAttribute("committee", committee.committee(term));
        model.addAttribute("slots", presidencies.slotsOf(msp));
        model.addAttribute("mayKeep", presidencies.mayKeep(user));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("themes", Theme.values());
        if (presidencies.mayKeep(user)) {
            model.addAttribute("states", states.all());
            if (!model.containsAttribute("mspForm")) {
                model.addAttribute("mspForm", MspForm.of(msp));
            }
            if (!model.containsAttribute("slotForm")) {
                SlotForm slot = new SlotForm();
                slot.setDay(msp.startDate());
                model.addAttribute("slotForm", slot);
            }
        }
        return MSP_VIEW;
    }
}
