package org.ccmplatform.assistance;

import jakarta.validation.Valid;
import java.io.IOException;
import org.ccmplatform.assistance.AssistanceForms.RateForm;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The exchange rates: public to read (every report says which it used), kept by the ISU. */
@Controller
@RequestMapping("/assistance/rates")
class RateController {

    static final String VIEW = "assistance/rates";
    static final int PAGE_SIZE = 50;

    private final RateDesk desk;

    RateController(RateDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    String list(@RequestParam(required = false) String currency, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user != null && user.isIsuAdmin()) {
            model.addAttribute("rateForm", new RateForm());
        }
        return show(currency, page, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String record(@Valid @ModelAttribute("rateForm") RateForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return FormErrors.save(result, () -> desk.record(form.getCurrency(), form.getRateDate(),
                        form.getUsdPerUnit(), form.getSource(), user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "rate.saved");
                    return "redirect:/assistance/rates";
                })
                .orElseGet(() -> show(null, 0, model));
    }

    @PostMapping("/import")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String importCsv(@RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
        try {
            int count = desk.importCsv(file == null ? new byte[0] : file.getBytes(), user);
            redirect.addFlashAttribute("saved", "rate.imported");
            redirect.addFlashAttribute("importedCount", count);
            return "redirect:/assistance/rates";
        } catch (RateDesk.RatesRejected rejected) {
            model.addAttribute("problems", rejected.problems());
            model.addAttribute("rateForm", new RateForm());
            return show(null, 0, model);
        }
    }

    private String show(String currency, int page, Model model) {
        try {
            model.addAttribute("rates", desk.list(currency, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                    Sort.by(Sort.Order.asc("currency"), Sort.Order.desc("rateDate")))));
            model.addAttribute("currency", currency);
        } catch (RuleViolation unknown) {
            model.addAttribute("filterProblem", "filter.ignored");
            model.addAttribute("rates", desk.list(null, PageRequest.of(0, PAGE_SIZE,
                    Sort.by(Sort.Order.asc("currency"), Sort.Order.desc("rateDate")))));
        }
        return VIEW;
    }
}
