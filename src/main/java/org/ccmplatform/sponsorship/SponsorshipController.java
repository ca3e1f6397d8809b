package org.ccmplatform.sponsorship;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.sponsorship.SponsorshipForms.ContributionForm;
import org.ccmplatform.sponsorship.SponsorshipReports.MeetingReport;
import org.ccmplatform.sponsorship.SponsorshipReports.YearReport;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme's public pages: the years, a year's report (with its CSV) and a meeting's report. They show counts
 * and States, never a delegate's name; the ISU also reads the contributions' references and records contributions.
 */
@Controller
@RequestMapping("/sponsorship")
class SponsorshipController {

    static final String OVERVIEW_VIEW = "sponsorship/overview";
    static final String YEAR_VIEW = "sponsorship/year";
    static final String MEETING_VIEW = "sponsorship/meeting";
    static final String CSV = "text/csv;charset=UTF-8";

    private final SponsorshipDesk desk;
    private final SponsorshipLedger ledger;
    private final StateRegister states;
    private final OrganisationDirectory organisations;

    SponsorshipController(SponsorshipDesk desk, SponsorshipLedger ledger, StateRegister states,
            OrganisationDirectory organisations) {
        this.desk = desk;
        this.ledger = ledger;
        this.states = states;
        this.organisations = organisations;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("years", ledger.years());
        model.addAttribute("maySubmit", desk.maySubmit(user));
        model.addAttribute("thisYear", desk.today().getYear());
        return OVERVIEW_VIEW;
    }

    @GetMapping("/years/{year}")
    String year(@PathVariable int year, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user != null && user.isIsuAdmin()) {
            model.addAttribute("contributionForm", new ContributionForm());
        }
        return year(ledger.yearReport(year), user, model);
    }

    @PostMapping("/years/{year}/contributions")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String contribute(@PathVariable int year, @Valid @ModelAttribute("contributionForm") ContributionForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        return FormErrors.save(result, () -> desk.contribute(form.details(year), user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "sponsorship.contribution.saved");
                    return "redirect:/sponsorship/years/" + year;
                })
                .orElseGet(() -> {
                    model.addAttribute("openForm", "contribution");
                    return year(ledger.yearReport(year), user, model);
                });
    }

    @GetMapping("/years/{year}/export.csv")
    void csv(@PathVariable int year, Locale locale, HttpServletResponse response) throws IOException {
        YearReport report = ledger.yearReport(year);
        response.setContentType(CSV);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ccm-sponsorship-" + year
                + ".csv\"");
        SponsorshipCsv.year(response.getWriter(), report, locale);
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        MeetingReport report = ledger.meetingReport(id, user);
        model.addAttribute("report", report);
        model.addAttribute("isu", user != null && user.isIsuAdmin());
        model.addAttribute("maySubmit", desk.maySubmit(user));
        return MEETING_VIEW;
    }

    private String year(YearReport report, CurrentUser user, Model model) {
        boolean isu = user != null && user.isIsuAdmin();
        model.addAttribute("report", report);
        model.addAttribute("isu", isu);
        if (isu) {
            model.addAttribute("donorStates", states.all());
            model.addAttribute("donorOrganisations", organisations.all());
        }
        return YEAR_VIEW;
    }
}
