package org.ccmplatform.accounts;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** The ISU administrator's pages: create accounts, set roles and bindings, reset passwords, unlock. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ISU_ADMIN')")
class UserAdminController {

    static final String LIST_VIEW = "accounts/users";
    static final String FORM_VIEW = "accounts/user-form";
    static final int PAGE_SIZE = 25;

    private final AccountService accounts;
    private final StateRegister states;
    private final OrganisationDirectory organisations;

    UserAdminController(AccountService accounts, StateRegister states, OrganisationDirectory organisations) {
        this.accounts = accounts;
        this.states = states;
        this.organisations = organisations;
    }

    @InitBinder("userForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("states", states.all());
        model.addAttribute("organisations", organisations.all());
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("users", accounts.list(query.length() > 100 ? query.substring(0, 100) : query,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("q", query);
        model.addAttribute("stateById", states.all().stream().collect(Collectors.toMap(State::id, Function.identity())));
        Map<Long, Organisation> organisationById = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        model.addAttribute("organisationById", organisationById);
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("userForm", new UserForm());
        model.addAttribute("account", null);
        return FORM_VIEW;
    }

    @PostMapping("/new")
    String processCreationForm(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("account", null);
        return FormErrors.save(result, () -> accounts.create(form.getUsername(), form.getPassword(), form.details()))
                .map(created -> saved(redirect, created))
                .orElse(FORM_VIEW);
    }

    @GetMapping("/{id}")
    String initUpdateForm(@PathVariable long id, Model model) {
        UserAccount account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("userForm", UserForm.of(account));
        return FORM_VIEW;
    }

    @PostMapping("/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("userForm") UserForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UserAccount account = accounts.get(id);
        model.addAttribute("account", account);
        form.setUsername(account.username());
        return FormErrors.save(result, () -> accounts.update(id, form.getVersion(), form.details()))
                .map(updated -> saved(redirect, updated))
                .orElse(FORM_VIEW);
    }

    private static String saved(RedirectAttributes redirect, UserAccount account) {
        redirect.addFlashAttribute("saved", "user.saved");
        return "redirect:/admin/users/" + account.id();
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("newPassword", accounts.resetPassword(id));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("saved", "user.unlocked");
        return "redirect:/admin/users/" + id;
    }
}
