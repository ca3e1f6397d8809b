package org.ccmplatform.universalization;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.FormErrors;
import org.ccmplatform.shared.Language;
import org.ccmplatform.universalization.UniversalizationForms.TargetForm;
import org.springframework.context.MessageSource;
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

/**
 * The Convention's public status (States Parties over time against the targets, signatories, States not party by
 * region), the targets that the ISU, the Presidency and the coordinators of universalization set, and their import of
 * General Assembly votes.
 */
@Controller
@RequestMapping("/universalization")
class UniversalizationController {

    static final String STATUS_VIEW = "universalization/status";
    static final String IMPORT_VIEW = "universalization/import";

    private final UniversalizationBoard board;
    private final UniversalizationDesk desk;
    private final VoteImport importer;
    private final MessageSource messages;

    UniversalizationController(UniversalizationBoard board, UniversalizationDesk desk, VoteImport importer,
            MessageSource messages) {
        this.board = board;
        this.desk = desk;
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping
    String status(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        if (desk.keeps(user)) {
            model.addAttribute("targetForm", new TargetForm());
        }
        return status(user, locale, model, null);
    }

    @PostMapping("/targets")
    String target(@Valid @ModelAttribute("targetForm") TargetForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
        desk.keeper(user);
        return FormErrors.save(result, () -> desk.target(form.details(), user))
                .map(saved -> {
                    redirect.addFlashAttribute("saved", "universalization.target.saved");
                    return "redirect:/universalization";
                })
                .orElseGet(() -> status(user, locale, model, "target"));
    }

    @GetMapping("/votes/import")
    String importForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        desk.keeper(user);
        model.addAttribute("columns", VoteCsv.COLUMNS);
        return IMPORT_VIEW;
    }

    @PostMapping("/votes/import")
    String importVotes(@RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Model model) throws IOException {
        desk.keeper(user);
        model.addAttribute("columns", VoteCsv.COLUMNS);
        model.addAttribute("report", importer.importCsv(file == null ? new byte[0] : file.getBytes(), user));
        return IMPORT_VIEW;
    }

    private String status(CurrentUser user, Locale locale, Model model, String openForm) {
        model.addAttribute("status", board.status(labels(locale), Language.of(locale)));
        model.addAttribute("keeps", desk.keeps(user));
        model.addAttribute("openForm", openForm);
        return STATUS_VIEW;
    }

    private PartiesChart.Labels labels(Locale locale) {
        return new PartiesChart.Labels(messages.getMessage("universalization.chart.title", null, locale),
                messages.getMessage("universalization.chart.description", null, locale),
                messages.getMessage("universalization.chart.target", null, locale));
    }
}
