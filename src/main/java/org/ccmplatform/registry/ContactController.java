package org.ccmplatform.registry;

import jakarta.validation.Valid;
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

/** Contact pages, for signed-in users only; each contact is kept by those responsible for its State or body. */
@Controller
@RequestMapping("/contacts")
@PreAuthorize("isAuthenticated()")
class ContactController {

    static final String LIST_VIEW = "registry/contacts";
    static final String SHOW_VIEW = "registry/contact";
    static final String FORM_VIEW = "registry/contact-form";
    static final int PAGE_SIZE = 25;

    private final ContactDirectory contacts;
    private final OrganisationDirectory organisations;
    private final StateRegister register;

    ContactController(ContactDirectory contacts, OrganisationDirectory organisations, StateRegister register) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.register = register;
    }

    @InitBinder("contactForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String state,
            @RequestParam(required = false) Long organisation, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        State ofState = state == null || state.isBlank() ? null : register.find(state).orElse(null);
        Organisation ofOrganisation = organisations.find(organisation).orElse(null);
        String query = q == null ? "" : q.strip();
        if (query.length() > StateFilterParser.MAX_QUERY) {
            query = query.substring(0, StateFilterParser.MAX_QUERY);
        }
        model.addAttribute("contacts", contacts.list(query, ofState == null ? null : ofState.id(),
                ofOrganisation == null ? null : ofOrganisation.id(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("q", query);
        model.addAttribute("ofState", ofState);
        model.addAttribute("ofOrganisation", ofOrganisation);
        model.addAttribute("unknownFilter", (state != null && !state.isBlank() && ofState == null)
                || (organisation != null && ofOrganisation == null));
        model.addAttribute("mayAdd", user.isIsuAdmin() || user.stateId() != null || user.organisationId() != null);
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Contact contact = contacts.get(id);
        model.addAttribute("contact", contact);
        model.addAttribute("editable", contact.isEditableBy(user));
        return SHOW_VIEW;
    }

    @GetMapping("/new")
    String initCreationForm(@RequestParam(required = false) String state,
            @RequestParam(required = false) Long organisation, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        ContactForm form = new ContactForm();
        form.setStateIso3(state != null ? state : register.find(user.stateId()).map(State::iso3).orElse(null));
        form.setOrganisationId(organisation != null ? organisation : user.organisationId());
        model.addAttribute("contactForm", form);
        return form(model, null);
    }

    @PostMapping("/new")
    String processCreationForm(@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormErrors.save(result, () -> contacts.create(form.details(), user))
                .map(created -> saved(redirect, created))
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Contact contact = editable(id, user);
        model.addAttribute("contactForm", ContactForm.of(contact));
        return form(model, contact);
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        Contact contact = editable(id, user);
        return FormErrors.save(result, () -> contacts.update(id, form.getVersion(), form.details(), user))
                .map(updated -> saved(redirect, updated))
                .orElseGet(() -> form(model, contact));
    }

    private static String saved(RedirectAttributes redirect, Contact contact) {
        redirect.addFlashAttribute("saved", "contact.saved");
        return "redirect:/contacts/" + contact.id();
    }

    private Contact editable(long id, CurrentUser user) {
        Contact contact = contacts.get(id);
        if (!contact.isEditableBy(user)) {
            throw new AccessDeniedException("Not allowed to edit this contact");
        }
        return contact;
    }

    private String form(Model model, Contact contact) {
        model.addAttribute("contact", contact);
        model.addAttribute("states", register.all());
        model.addAttribute("organisations", organisations.all());
        return FORM_VIEW;
    }
}
