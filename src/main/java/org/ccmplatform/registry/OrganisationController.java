package org.ccmplatform.registry;

import jakarta.validation.Valid;
import java.util.Locale;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.springframework.data.domain.PageRequest;
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

/** Organisation pages: public list and page; the ISU adds them; an operator or donor edits its own. */
@Controller
@RequestMapping("/organisations")
class OrganisationController {

    static final String LIST_VIEW = "registry/organisations";
    static final String SHOW_VIEW = "registry/organisation";
    static final String FORM_VIEW = "registry/organisation-form";
    static final int PAGE_SIZE = 25;

    private final OrganisationDirectory organisations;
    private final ContactDirectory contacts;
    private final StateRegister register;

    OrganisationController(OrganisationDirectory organisations, ContactDirectory contacts, StateRegister register) {
        this.organisations = organisations;
        this.contacts = contacts;
        this.register = register;
    }

    @InitBinder("organisationForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        OrganisationKind wanted = null;
        if (kind != null && !kind.isBlank()) {
            try {
                wanted = OrganisationKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                model.addAttribute("filterProblem", true);
            }
        }
        String query = q == null ? "" : q.strip();
        if (query.length() > StateFilterParser.MAX_QUERY) {
            query = query.substring(0, StateFilterParser.MAX_QUERY);
        }
        model.addAttribute("organisations",
                organisations.list(wanted, query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("kind", wanted);
        model.addAttribute("q", query);
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Organisation organisation = organisations.get(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("editable", organisation.isEditableBy(user));
        if (user != null) {
            model.addAttribute("contacts", contacts.list(null, null, id, PageRequest.of(0, 50)));
            model.addAttribute("mayAddContact", contacts.mayAdd(user, null, organisation));
        }
        return SHOW_VIEW;
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String initCreationForm(Model model) {
        model.addAttribute("organisationForm", new OrganisationForm());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String processCreationForm(@Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormErrors.save(result, () -> organisations.create(form.details(), user))
                .map(created -> saved(redirect, created))
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("isAuthenticated()")
    String initUpdateForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Organisation organisation = editable(id, user);
        model.addAttribute("organisationForm", OrganisationForm.of(organisation));
        return form(model, organisation);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("isAuthenticated()")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("organisationForm") OrganisationForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        Organisation organisation = editable(id, user);
        return FormErrors.save(result, () -> organisations.update(id, form.getVersion(), form.details(), user))
                .map(updated -> saved(redirect, updated))
                .orElseGet(() -> form(model, organisation));
    }

    private static String saved(RedirectAttributes redirect, Organisation organisation) {
        redirect.addFlashAttribute("saved", "organisation.saved");
        return "redirect:/organisations/" + organisation.id();
    }

    private Organisation editable(long id, CurrentUser user) {
        Organisation organisation = organisations.get(id);
        if (!organisation.isEditableBy(user)) {
            throw new AccessDeniedException("Not allowed to edit this organisation");
        }
        return organisation;
    }

    private String form(Model model, Organisation organisation) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("states", register.all());
        return FORM_VIEW;
    }
}
