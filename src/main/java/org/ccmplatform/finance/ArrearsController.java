package org.ccmplatform.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.PageActions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Arrears with their age and the reminder runs; the capital reserve with its balance and target. */
@Controller
@RequestMapping("/finance")
@PreAuthorize(FinanceController.READERS)
class ArrearsController {

    static final String ARREARS_VIEW = "finance/arrears";
    static final String RESERVE_VIEW = "finance/reserve";

    private final Arrears arrears;
    private final CapitalReserve reserve;
    private final Treasury treasury;

    ArrearsController(Arrears arrears, CapitalReserve reserve, Treasury treasury) {
        this.arrears = arrears;
        this.reserve = reserve;
        this.treasury = treasury;
    }

    @GetMapping("/arrears")
    String arrears(@AuthenticationPrincipal CurrentUser user, Model model) {
        var owed = arrears.owed();
        model.addAttribute("owed", owed);
        model.addAttribute("totalOwed", owed.stream().map(Arrears.Owed::outstanding)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("runs", arrears.runs());
        model.addAttribute("mayAct", user.isIsuAdmin());
        model.addAttribute("years", treasury.budgets().stream().map(IsuBudget::year).toList());
        model.addAttribute("year", treasury.budgets().stream().map(IsuBudget::year).findFirst().orElse(null));
        return ARREARS_VIEW;
    }

    @PostMapping("/reminders")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String remind(@RequestParam(required = false) String label, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/finance/arrears", "reminder.sent",
                () -> arrears.remind(label, user));
    }

    @GetMapping("/reserve")
    String reserve(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("history", reserve.history());
        model.addAttribute("balance", reserve.balance());
        model.addAttribute("target", reserve.target());
        model.addAttribute("mayAct", user.isIsuAdmin());
        model.addAttribute("years", treasury.budgets().stream().map(IsuBudget::year).toList());
        model.addAttribute("year", treasury.budgets().stream().map(IsuBudget::year).findFirst().orElse(null));
        model.addAttribute("today", treasury.today());
        return RESERVE_VIEW;
    }

    @PostMapping("/reserve/contributions")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String contribute(@RequestParam(required = false) String stateIso3,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate movedOn,
            @RequestParam(required = false) BigDecimal amount, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/finance/reserve", "reserve.saved",
                () -> reserve.contribute(stateIso3, movedOn, amount, user));
    }

    @PostMapping("/reserve/draws")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String draw(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate movedOn,
            @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String shortfall,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return PageActions.attempt(redirect, "redirect:/finance/reserve", "reserve.saved",
                () -> reserve.draw(movedOn, amount, shortfall, user));
    }
}
