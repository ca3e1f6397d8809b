package org.ccmplatform.finance;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.PageActions;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.SpreadsheetCells;
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

/**
 * ISU finance pages: the public record of contributions per State and year (and its CSV); for the ISU, the Presidency
 * and coordinators the indicative schedule and the invoices with what was paid; for the ISU alone, issuing invoices,
 * recording payments and cancelling an unpaid invoice.
 */
@Controller
@RequestMapping("/finance")
class FinanceController {

    static final String CONTRIBUTIONS_VIEW = "finance/contributions";
    static final String SCHEDULE_VIEW = "finance/schedule";
    static final String INVOICES_VIEW = "finance/invoices";
    static final String READERS = "hasAnyRole('ISU_ADMIN', 'PRESIDENCY', 'COORDINATOR')";

    private final Treasury treasury;
    private final ScaleImport scaleImport;
    private final InvoiceMailer mailer;
    private final CategoryRegister categories;

    FinanceController(Treasury treasury, ScaleImport scaleImport, InvoiceMailer mailer, CategoryRegister categories) {
        this.treasury = treasury;
        this.scaleImport = scaleImport;
        this.mailer = mailer;
        this.categories = categories;
    }

    @GetMapping
    String contributions(@RequestParam(required = false) String year, Model model) {
        int chosen = chosenYear(year, model);
        model.addAttribute("years", treasury.budgets().stream().map(IsuBudget::year).toList());
        model.addAttribute("year", chosen);
        try {
            model.addAttribute("summary", treasury.summary(chosen));
        } catch (RuleViolation none) {
            model.addAttribute("summary", null);
        }
        return CONTRIBUTIONS_VIEW;
    }

    @GetMapping("/contributions.csv")
    void contributionsCsv(@RequestParam String year, HttpServletResponse response) throws IOException {
        YearSummary summary = treasury.summary(FinanceParams.year(year));
        List<String> categories = summary.byCategory().keySet().stream().sorted().toList();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"ccm-isu-contributions-" + summary.year() + ".csv\"");
        PrintWriter writer = new PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(),
                StandardCharsets.UTF_8));
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            List<String> header = new java.util.ArrayList<>(List.of("year", "state", "iso3", "paid_chf"));
            categories.forEach(c -> header.add("towards_" + c));
            csv.printRecord(header);
            for (YearSummary.StateContribution c : summary.contributions()) {
                if (c.paid().signum() == 0) {
                    continue;
                }
                List<Object> row = new java.util.ArrayList<>(List.of(summary.year(),
                        SpreadsheetCells.cell(c.state().name(java.util.Locale.ENGLISH)), c.state().iso3(),
                        c.paid().toPlainString()));
                categories.forEach(cat -> row.add(c.byCategory().getOrDefault(cat, BigDecimal.ZERO).toPlainString()));
                csv.printRecord(row);
            }
        }
    }

    @GetMapping("/schedule")
    @PreAuthorize(READERS)
    String schedule(@RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user,
            java.util.Locale locale, Model model) {
        int chosen = chosenYear(year, model);
        model.addAttribute("years", treasury.budgets().stream().map(IsuBudget::year).toList());
        model.addAttribute("year", chosen);
        try {
            Schedule schedule = treasury.scheduleOf(chosen);
            java.text.Collator byName = java.text.Collator.getInstance(locale);
            model.addAttribute("schedule", schedule);
            model.addAttribute("lines", schedule.lines().stream()
                    .sorted(java.util.Comparator.comparing((Schedule.Line l) -> l.state().name(locale), byName))
                    .toList());
        } catch (RuleViolation missing) {
            model.addAttribute("scheduleProblem", missing.messageCode());
            model.addAttribute("scheduleProblemArguments", missing.arguments());
        }
        model.addAttribute("mayIssue", user.isIsuAdmin());
        model.addAttribute("allCategories", categories.categories());
        model.addAttribute("today", treasury.today());
        return SCHEDULE_VIEW;
    }

    @PostMapping("/budgets")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String adoptBudget(@RequestParam(required = false) String budgetYear,
            @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
            @RequestParam(required = false) String source, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/finance/schedule", "budget.saved",
                () -> treasury.adoptBudget(FinanceParams.year(budgetYear),
                        org.ccmplatform.shared.Money.of(amount, IsuBudget.CURRENCY, "amount"), adoptedOn, null,
                        source, user));
    }

    @PostMapping("/categories")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String defineCategory(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) BigDecimal budgetShare,
            @RequestParam(required = false) BigDecimal ceilingPercent,
            @RequestParam(required = false) BigDecimal floorAmount, @RequestParam(required = false) Integer validFrom,
            @RequestParam(required = false) Integer validTo, @RequestParam(required = false) String source,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/finance/schedule", "category.saved",
                () -> categories.defineCategory(code, name, budgetShare, ceilingPercent, floorAmount, validFrom, validTo,
                        source, user));
    }

    @PostMapping("/scale/import")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String importScale(@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            @RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user,
            java.util.Locale locale, Model model, RedirectAttributes redirect) throws IOException {
        try {
            scaleImport.importCsv(file == null ? new byte[0] : file.getBytes(), user);
            redirect.addFlashAttribute("saved", "scale.imported");
            return "redirect:/finance/schedule" + (year == null ? "" : "?year=" + FinanceParams.year(year));
        } catch (ScaleImport.ScaleRejected rejected) {
            model.addAttribute("scaleProblems", rejected.problems());
            return schedule(year, user, locale, model);
        }
    }

    @GetMapping("/invoices")
    @PreAuthorize(READERS)
    String invoices(@RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        int chosen = chosenYear(year, model);
        if (user.isIsuAdmin() && !model.containsAttribute("paymentForm")) {
            PaymentForm form = new PaymentForm();
            form.setYear(chosen);
            model.addAttribute("paymentForm", form);
        }
        return invoices(chosen, user, model);
    }

    @PostMapping("/invoices/issue")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String issue(@RequestParam String year, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        int chosen = FinanceParams.year(year);
        return PageActions.attempt(redirect, "redirect:/finance/invoices?year=" + chosen, "invoices.issued",
                () -> treasury.issueInvoices(chosen, user));
    }

    @PostMapping("/invoices/send")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String send(@RequestParam String year, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        int chosen = FinanceParams.year(year);
        try {
            InvoiceMailer.Sending sending = mailer.send(chosen, user);
            redirect.addFlashAttribute("saved", "invoices.sent");
            redirect.addFlashAttribute("sentCount", sending.sent());
            redirect.addFlashAttribute("withoutContact", sending.withoutContact().stream()
                    .map(org.ccmplatform.registry.State::iso3).toList());
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("refused", refused.messageCode());
            redirect.addFlashAttribute("refusedArguments", refused.arguments());
        }
        return "redirect:/finance/invoices?year=" + chosen;
    }

    @GetMapping("/invoices/{id}/pdf")
    @PreAuthorize(READERS)
    org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Invoice invoice = treasury.invoice(id);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + invoice.number() + ".pdf\"")
                .body(mailer.pdfOf(id));
    }

    @PostMapping("/invoices/{id}/cancel")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String cancel(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Invoice invoice = treasury.invoice(id);
        return PageActions.attempt(redirect, "redirect:/finance/invoices?year=" + invoice.year(), "invoice.cancelled",
                () -> treasury.cancelInvoice(id, version, reason, user));
    }

    @PostMapping("/payments")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String pay(@Valid @ModelAttribute("paymentForm") PaymentForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        int year = form.getYear() == null ? treasury.today().getYear() : form.getYear();
        return FormErrors.save(result, () -> treasury.recordPayment(form.entry(), user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "payment.saved");
                    return "redirect:/finance/invoices?year=" + saved.year();
                })
                .orElseGet(() -> invoices(year, user, model));
    }

    private String invoices(int year, CurrentUser user, Model model) {
        List<Invoice> issued = treasury.invoicesOf(year);
        List<Payment> received = treasury.paymentsOf(year);
        Map<Long, BigDecimal> paid = received.stream().filter(p -> p.invoice() != null)
                .collect(Collectors.toMap(p -> p.invoice().id(), p -> p.amount().amount(), BigDecimal::add));
        model.addAttribute("years", treasury.budgets().stream().map(IsuBudget::year).toList());
        model.addAttribute("year", year);
        model.addAttribute("invoices", issued);
        model.addAttribute("paid", paid);
        model.addAttribute("payments", received);
        model.addAttribute("mayAct", user.isIsuAdmin());
        model.addAttribute("illustrative", treasury.scaleIsIllustrative(year));
        return INVOICES_VIEW;
    }

    private int chosenYear(String year, Model model) {
        if (year == null || year.isBlank()) {
            return treasury.budgets().stream().map(IsuBudget::year).findFirst().orElse(treasury.today().getYear());
        }
        try {
            return FinanceParams.year(year);
        } catch (RuleViolation bad) {
            model.addAttribute("filterProblem", "filter.ignored");
            return treasury.today().getYear();
        }
    }
}
