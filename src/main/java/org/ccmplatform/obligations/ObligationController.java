package org.ccmplatform.obligations;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.obligations.ObligationForms.CompletionForm;
import org.ccmplatform.obligations.ObligationForms.ExtensionDraftForm;
import org.ccmplatform.obligations.ObligationForms.FigureForm;
import org.ccmplatform.obligations.ObligationForms.LegislationForm;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.PageActions;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
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

/** The public table of obligations, an obligation's page, and what its keepers record there. */
@Controller
@RequestMapping("/obligations")
class ObligationController {

    static final String LIST_VIEW = "obligations/obligations";
    static final String SHOW_VIEW = "obligations/obligation";
    static final int PAGE_SIZE = 25;
    static final int FIGURES_PAGE_SIZE = 40;

    private final ObligationLedger ledger;
    private final ObligationKeeper keeper;
    private final ExtensionDesk desk;
    private final MessageSource messages;

    ObligationController(ObligationLedger ledger, ObligationKeeper keeper, ExtensionDesk desk,
            MessageSource messages) {
        this.ledger = ledger;
        this.keeper = keeper;
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String article, @RequestParam(required = false) String status,
            @RequestParam(required = false) String region, @RequestParam(required = false) String state,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
            Locale locale, Model model) {
        ObligationFilter filter;
        ObligationSort order;
        try {
            filter = ObligationQuery.filter(article, state, status, region);
            order = ObligationQuery.sort(sort);
        } catch (RuleViolation ignored) {
            model.addAttribute("filterProblem", "filter.ignored");
            filter = new ObligationFilter(null, null, null, null);
            order = ObligationSort.STATE;
        }
        model.addAttribute("obligations", ledger.list(filter, order, locale,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", order);
        model.addAttribute("articles", Article.values());
        model.addAttribute("statuses", ObligationStatus.values());
        model.addAttribute("regions", UnRegion.values());
        model.addAttribute("sorts", ObligationSort.values());
        model.addAttribute("today", ledger.today());
        return LIST_VIEW;
    }

    /** The table as the filters and order choose it, every row, for a spreadsheet. */
    @GetMapping("/export.csv")
    void export(@RequestParam(required = false) String article, @RequestParam(required = false) String status,
            @RequestParam(required = false) String region, @RequestParam(required = false) String state,
            @RequestParam(required = false) String sort, Locale locale, HttpServletResponse response)
            throws IOException {
        List<ObligationView> rows = ledger.all(ObligationQuery.filter(article, state, status, region),
                ObligationQuery.sort(sort), locale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ccm-obligations.csv\"");
        ObligationsCsv.write(response.getWriter(), rows, locale);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        ObligationView view = ledger.view(id);
        if (ObligationAccess.mayKeep(view.obligation().state(), user)) {
            model.addAttribute("figureForm", new FigureForm());
            CompletionForm completion = new CompletionForm();
            completion.setVersion(view.obligation().version());
            model.addAttribute("completionForm", completion);
            LegislationForm legislation = new LegislationForm();
            legislation.setLegislation(view.obligation().legislation());
            legislation.setSince(view.obligation().legislationSince());
            model.addAttribute("legislationForm", legislation);
            model.addAttribute("extensionDraftForm", new ExtensionDraftForm());
        }
        return show(view, page, user, locale, model);
    }

    @PostMapping("/{id}/figures")
    @PreAuthorize("isAuthenticated()")
    String reportFigure(@PathVariable long id, @Valid @ModelAttribute("figureForm") FigureForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        ObligationView view = kept(id, user);
        return FormErrors.save(result, () -> keeper.report(id, form.getKind(), form.getYear(), form.getDate(),
                        form.getQuantity(), form.getReason(), form.getSource(), user))
                .map(saved -> back(redirect, id, "progress.saved"))
                .orElseGet(() -> {
                    model.addAttribute("openForm", "figure");
                    return showWithForms(view, user, locale, model);
                });
    }

    @PostMapping("/{id}/completion")
    @PreAuthorize("isAuthenticated()")
    String complete(@PathVariable long id, @Valid @ModelAttribute("completionForm") CompletionForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        ObligationView view = kept(id, user);
        return FormErrors.save(result, () -> keeper.complete(id, form.getVersion(), form.getCompletedOn(),
                        form.getDeclaration(), user))
                .map(saved -> back(redirect, id, "obligation.completed.saved"))
                .orElseGet(() -> showWithForms(view, user, locale, model));
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("isAuthenticated()")
    String reopen(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/obligations/" + id, "obligation.reopened",
                () -> keeper.reopen(id, user));
    }

    @PostMapping("/{id}/legislation")
    @PreAuthorize("isAuthenticated()")
    String legislation(@PathVariable long id, @Valid @ModelAttribute("legislationForm") LegislationForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        ObligationView view = kept(id, user);
        return FormErrors.save(result, () -> keeper.recordLegislation(id, form.getLegislation(), form.getSince(),
                        user))
                .map(saved -> back(redirect, id, "legislation.saved"))
                .orElseGet(() -> showWithForms(view, user, locale, model));
    }

    @PostMapping("/{id}/commitments/{kind}")
    @PreAuthorize("isAuthenticated()")
    String commitment(@PathVariable long id, @PathVariable AssistanceCommitment.Kind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
            @RequestParam(required = false) String source, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/obligations/" + id, "commitment.saved", () -> {
            keeper.recordCommitment(id, kind, doneOn, source, user);
            return kind;
        });
    }

    @PostMapping("/{id}/extension-requests")
    @PreAuthorize("isAuthenticated()")
    String draftExtension(@PathVariable long id, @Valid @ModelAttribute("extensionDraftForm") ExtensionDraftForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        ObligationView view = kept(id, user);
        return FormErrors.save(result, () -> desk.draft(id, form.getRequestedDeadline(), form.getJustification(),
                        user))
                .map(request -> {
                    redirect.addFlashAttribute("saved", "extension.drafted");
                    return "redirect:/extension-requests/" + request.id();
                })
                .orElseGet(() -> showWithForms(view, user, locale, model));
    }

    /** A keeper's form came back with errors: the page again, with the other forms blank. */
    private String showWithForms(ObligationView view, CurrentUser user, Locale locale, Model model) {
        if (!model.containsAttribute("figureForm")) {
            model.addAttribute("figureForm", new FigureForm());
        }
        if (!model.containsAttribute("completionForm")) {
            CompletionForm completion = new CompletionForm();
            completion.setVersion(view.obligation().version());
            model.addAttribute("completionForm", completion);
        }
        if (!model.containsAttribute("legislationForm")) {
            model.addAttribute("legislationForm", new LegislationForm());
        }
        if (!model.containsAttribute("extensionDraftForm")) {
            model.addAttribute("extensionDraftForm", new ExtensionDraftForm());
        }
        return show(view, 0, user, locale, model);
    }

    private String show(ObligationView view, int page, CurrentUser user, Locale locale, Model model) {
        List<ProgressFigure> figures = ledger.figuresOf(view.obligation());
        List<ProgressFigure> newestFirst = figures.stream()
                .sorted(Comparator.comparing(ProgressFigure::asOf).reversed()
                        .thenComparing(ProgressFigure::id, Comparator.reverseOrder()))
                .toList();
        int from = Math.min(Math.max(page, 0) * FIGURES_PAGE_SIZE, newestFirst.size());
        int to = Math.min(from + FIGURES_PAGE_SIZE, newestFirst.size());
        Page<ProgressFigure> shown = new PageImpl<>(newestFirst.subList(from, to),
                PageRequest.of(Math.max(page, 0), FIGURES_PAGE_SIZE), newestFirst.size());
        model.addAttribute("view", view);
        model.addAttribute("obligation", view.obligation());
        model.addAttribute("figures", shown);
        model.addAttribute("chart", ProgressChart.svg(view, figures, chartLabels(view, locale)));
        model.addAttribute("history", ledger.history(view));
        model.addAttribute("requests", ledger.requestsOf(view.obligation()).stream()
                .filter(r -> desk.mayRead(r, user)).toList());
        model.addAttribute("keeps", ObligationAccess.mayKeep(view.obligation().state(), user));
        model.addAttribute("figureKinds", java.util.Arrays.stream(FigureKind.values())
                .filter(k -> k.article() == view.obligation().article()).toList());
        model.addAttribute("legislations", Legislation.values());
        model.addAttribute("mayRequestExtension", view.obligation().article().isExtendable()
                && view.obligation().completedOn() == null);
        return SHOW_VIEW;
    }

    ProgressChart.Labels chartLabels(ObligationView view, Locale locale) {
        String kind = view.obligation().article() == Article.ARTICLE_3 ? "chart.description.stockpile"
                : "chart.description.area";
        return new ProgressChart.Labels(messages.getMessage(kind, new Object[] {
                        view.obligation().state().name(locale)}, locale),
                messages.getMessage("chart.deadline", null, locale),
                messages.getMessage("chart.projection", null, locale));
    }

    private ObligationView kept(long id, CurrentUser user) {
        ObligationView view = ledger.view(id);
        ObligationAccess.checkKeeps(view.obligation().state(), user);
        return view;
    }

    private static String back(RedirectAttributes redirect, long id, String done) {
        redirect.addFlashAttribute("saved", done);
        return "redirect:/obligations/" + id;
    }
}
