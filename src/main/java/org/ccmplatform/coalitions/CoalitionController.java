package org.ccmplatform.coalitions;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.ccmplatform.obligations.Obligation;
import org.ccmplatform.obligations.ObligationLedger;
import org.ccmplatform.obligations.ObligationView;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Documents;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.PageActions;
import org.ccmplatform.shared.StoredDocument;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** Coalition pages: the list, a coalition (public summary or full page), proposing and describing one. */
@Controller
@RequestMapping("/coalitions")
class CoalitionController {

    static final String LIST_VIEW = "coalitions/coalitions";
    static final String SHOW_VIEW = "coalitions/coalition";
    static final String FORM_VIEW = "coalitions/coalition-form";

    private final CoalitionRegister register;
    private final CoalitionChoices choices;
    private final Documents documents;
    private final ObligationLedger obligations;

    CoalitionController(CoalitionRegister register, CoalitionChoices choices, Documents documents,
            ObligationLedger obligations) {
        this.register = register;
        this.choices = choices;
        this.documents = documents;
        this.obligations = obligations;
    }

    @InitBinder("coalitionForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        CoalitionStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = CoalitionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                model.addAttribute("filterProblem", "filter.ignored");
            }
        }
        model.addAttribute("coalitions", register.list(wanted, PageRequest.of(Math.max(page, 0), 25)));
        model.addAttribute("statuses", CoalitionStatus.values());
        model.addAttribute("status", wanted);
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        CoalitionView view = register.view(id, user);
        model.addAttribute("view", view);
        model.addAttribute("coalition", view.coalition());
        if (view.full()) {
            choices.fill(model);
            model.addAttribute("obligationViews", tracked(view.coalition()));
        }
        return SHOW_VIEW;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ISU_ADMIN', 'FOCAL_POINT')")
    String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        CoalitionForm form = new CoalitionForm();
        if (!user.isIsuAdmin()) {
            register.stateOf(user).ifPresent(form::setStateIso3);
        }
        model.addAttribute("coalitionForm", form);
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('ISU_ADMIN', 'FOCAL_POINT')")
    String processCreationForm(@Valid @ModelAttribute("coalitionForm") CoalitionForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormErrors.save(result, () -> register.create(form.getStateIso3(), form.details(),
                        form.getAuthorityStateIso3(), form.getAuthorityOrganisationId(), user))
                .map(created -> saved(redirect, created))
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("isAuthenticated()")
    String initUpdateForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Coalition coalition = register.managed(id, user);
        model.addAttribute("coalitionForm", CoalitionForm.of(coalition));
        return form(model, coalition);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("isAuthenticated()")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("coalitionForm") CoalitionForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        Coalition coalition = register.managed(id, user);
        return FormErrors.save(result, () -> register.describe(id, form.getVersion(), form.details(), user))
                .map(described -> saved(redirect, described))
                .orElseGet(() -> form(model, coalition));
    }

    @PostMapping("/{id}/strategy")
    @PreAuthorize("isAuthenticated()")
    String uploadStrategy(@PathVariable long id, @RequestParam(name = "file", required = false)
            org.springframework.web.multipart.MultipartFile file, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return PageActions.attempt(redirect, "redirect:/coalitions/" + id, "coalition.strategy.saved",
                () -> register.attachStrategy(id, name, content, user));
    }

    @GetMapping("/{id}/strategy")
    ResponseEntity<byte[]> strategy(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        CoalitionView view = register.view(id, user);
        StoredDocument document = documents.find(view.coalition().strategyDocumentId())
                .orElseThrow(() -> new NotFoundException("Document", id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + document.fileName() + "\"")
                .body(document.content());
    }

    /** The CCM obligations the coalition covers, as the obligations module tracks them, by covered obligation. */
    private Map<CoveredObligation, ObligationView> tracked(Coalition coalition) {
        Map<CoveredObligation, ObligationView> tracked = new EnumMap<>(CoveredObligation.class);
        for (ObligationView v : obligations.ofState(coalition.state())) {
            if (!v.obligation().basis().equals(Obligation.AFTER_HOSTILITIES)) {
                CoveredObligation.ofCcmArticle(v.obligation().article().number())
                        .filter(coalition.obligations()::contains)
                        .ifPresent(covered -> tracked.put(covered, v));
            }
        }
        return tracked;
    }

    private String form(Model model, Coalition coalition) {
        model.addAttribute("coalition", coalition);
        choices.fillForm(model);
        return FORM_VIEW;
    }

    private static String saved(RedirectAttributes redirect, Coalition coalition) {
        redirect.addFlashAttribute("saved", "coalition.saved");
        return "redirect:/coalitions/" + coalition.id();
    }


}
