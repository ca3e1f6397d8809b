package org.ccmplatform.accounts;

import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own profile: language, password, and the personal access tokens their scripts use. */
@Controller
@RequestMapping("/profile")
@PreAuthorize("isAuthenticated()")
class ProfileController {

    static final String VIEW = "accounts/profile";
    static final int MAX_TOKEN_NAME = 100;

    private final AccountService accounts;
    private final LocaleResolver localeResolver;

    ProfileController(AccountService accounts, LocaleResolver localeResolver) {
        this.accounts = accounts;
        this.localeResolver = localeResolver;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("account", accounts.get(user.id()));
        model.addAttribute("tokens", accounts.tokensOf(user));
        model.addAttribute("languages", Language.values());
        return VIEW;
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal CurrentUser user, @RequestParam String currentPassword,
            @RequestParam String newPassword, @RequestParam String confirmPassword, RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new RuleViolation("confirmPassword", "password.mismatch");
            }
            accounts.changeOwnPassword(user, currentPassword, newPassword);
            redirect.addFlashAttribute("saved", "password.changed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("passwordProblem", violation.messageCode());
            redirect.addFlashAttribute("passwordProblemArgs", violation.arguments());
        }
        return "redirect:/profile";
    }

    @PostMapping("/language")
    String changeLanguage(@AuthenticationPrincipal CurrentUser user, @RequestParam Language language,
            jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
            RedirectAttributes redirect) {
        accounts.preferLanguage(user, language);
        localeResolver.setLocale(request, response, language.locale());
        redirect.addFlashAttribute("saved", "profile.languageSaved");
        return "redirect:/profile";
    }

    @PostMapping("/tokens")
    String createToken(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer validDays, RedirectAttributes redirect) {
        try {
            if (name != null && name.length() > MAX_TOKEN_NAME) {
                throw new RuleViolation("name", "validation.tooLong", MAX_TOKEN_NAME);
            }
            if (!org.ccmplatform.shared.PlainTextValidator.isPlain(name)) {
                throw new RuleViolation("name", "validation.plainText");
            }
            NewToken created = accounts.createToken(user, name, validDays);
            redirect.addFlashAttribute("newToken", created.secret());
            redirect.addFlashAttribute("newTokenName", created.token().name());
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("tokenProblem", violation.messageCode());
            redirect.addFlashAttribute("tokenProblemArgs", violation.arguments());
        }
        return "redirect:/profile";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        accounts.revokeToken(user, id);
        redirect.addFlashAttribute("saved", "token.revoked");
        return "redirect:/profile";
    }
}
