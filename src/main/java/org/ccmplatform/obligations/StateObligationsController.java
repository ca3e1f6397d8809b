package org.ccmplatform.obligations;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccmplatform.obligations.ObligationForms.DeclarationForm;
import org.ccmplatform.obligations.ObligationForms.ReportForm;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A State Party's obligations on one page: each with its deadlines, status, chart and projection; its transparency
 * reports received and overdue; and, for its keepers, the report received and (for the ISU) a new obligation.
 */
@Controller
@RequestMapping("/obligations/states/{iso3}")
class StateObligationsController {

    static final String VIEW = "obligations/state-obligations";
    static final int REPORTS_SHOWN = 10;

    private final ObligationLedger ledger;
    private final ObligationKeeper keeper;
    private final TransparencyDesk transparency;
    private final StateRegister states;
    private final ObligationController obligationPages;

    StateObligationsController(ObligationLedger ledger, ObligationKeeper keeper, TransparencyDesk transparency,
            StateRegister states, ObligationController obligationPages) {
        this.ledger = ledger;
        this.keeper = keeper;
        this.transparency = transparency;
        this.states = states;
        this.obligationPages = obligationPages;
    }

    @GetMapping
    String show(@PathVariable String iso3, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        State state = states.get(iso3);
        if (ObligationAccess.mayKeep(state, user)) {
            model.addAttribute("reportForm", new ReportForm());
        }
        if (user != null && user.isIsuAdmin()) {
            model.addAttribute("declarationForm", new DeclarationForm());
        }
        return show(state, user, locale, model);
    }

    @PostMapping("/reports")
    @PreAuthorize("isAuthenticated()")
    String recordReport(@PathVariable String iso3, @Valid @ModelAttribute("reportForm") ReportForm form,
            BindingResult result, @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect)
            throws IOException {
        State state = states.get(iso3);
        ObligationAccess.checkKeeps(state, user);
        byte[] pdf = file == null ? new byte[0] : file.getBytes();
        String fileName = file == null ? null : file.getOriginalFilename();
        return FormErrors.save(result, () -> transparency.record(state.iso3(), form.getKind(), form.getYearCovered(),
                        form.getReceivedOn(), form.getLink(), form.getSource(), fileName, pdf, user))
                .map(saved -> back(redirect, state, "report.saved"))
                .orElseGet(() -> {
                    model.addAttribute("openForm", "report");
                    if (user.isIsuAdmin()) {
                        model.addAttribute("declarationForm", new DeclarationForm());
                    }
                    return show(state, user, locale, model);
                });
    }

    @PostMapping("/declare")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String declare(@PathVariable String iso3, @Valid @ModelAttribute("declarationForm") DeclarationForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        State state = states.get(iso3);
        return FormErrors.save(result, () -> keeper.declare(state.iso3(), article(form.getArticle()),
                        form.getHostilitiesEnded(), form.getSource(), user))
                .map(saved -> back(redirect, state, "obligation.declared"))
                .orElseGet(() -> {
                    model.addAttribute("reportForm", new ReportForm());
                    return show(state, user, locale, model);
                });
    }

    private static Article article(Integer number) {
        try {
            return number == null ? null : Article.of(number);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("article", "validation.oneOf", number, "3, 4, 5, 7, 9");
        }
    }

    private String show(State state, CurrentUser user, Locale locale, Model model) {
        List<ObligationView> views = ledger.ofState(state).stream()
                .sorted(ObligationSort.ARTICLE.comparator(locale)).toList();
        Map<Long, List<ProgressFigure>> figures = ledger.figuresOf(views.stream().map(ObligationView::obligation)
                .filter(o -> o.article().isExtendable()).toList());
        Map<Long, String> charts = views.stream().filter(v -> v.obligation().article().isExtendable())
                .collect(Collectors.toMap(v -> v.obligation().id(), v -> ProgressChart.svg(v,
                        figures.getOrDefault(v.obligation().id(), List.of()),
                        obligationPages.chartLabels(v, locale))));
        model.addAttribute("state", state);
        model.addAttribute("views", views);
        model.addAttribute("charts", charts);
        model.addAttribute("reports", transparency.received(state, PageRequest.of(0, REPORTS_SHOWN)));
        model.addAttribute("overdue", transparency.overdueOf(state, ledger.today()));
        model.addAttribute("keeps", ObligationAccess.mayKeep(state, user));
        model.addAttribute("reportKinds", ReportKind.values());
        model.addAttribute("declarableArticles", List.of(3, 4, 5));
        model.addAttribute("today", ledger.today());
        return VIEW;
    }

    private static String back(RedirectAttributes redirect, State state, String done) {
        redirect.addFlashAttribute("saved", done);
        return "redirect:/obligations/states/" + state.iso3();
    }
}
