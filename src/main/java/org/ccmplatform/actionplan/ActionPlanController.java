package org.ccmplatform.actionplan;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Locale;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public page of the action plan's progress on a chosen day (today by default), and the yearly progress report
 * as PDF and DOCX in the language asked (?language=en|fr|es, as for the minutes) or the reader's. A day refused is said on the page, with a
 * 400 status, next to the date field.
 */
@Controller
@RequestMapping("/action-plan")
class ActionPlanController {

    static final String VIEW = "actionplan/progress";

    private final ActionPlanDesk desk;
    private final ProgressPdf pdf;
    private final ProgressDocx docx;
    private final ReportWording words;

    ActionPlanController(ActionPlanDesk desk, ProgressPdf pdf, ProgressDocx docx, ReportWording words) {
        this.desk = desk;
        this.pdf = pdf;
        this.docx = docx;
        this.words = words;
    }

    @GetMapping
    String progress(@RequestParam(required = false) String asOf, Locale locale, Model model) {
        LocalDate day = desk.day(asOf);
        model.addAttribute("today", desk.today());
        model.addAttribute("languages", Language.values());
        model.addAttribute("asOf", day);
        model.addAttribute("report", desk.report(day, locale));
        return VIEW;
    }

    /** A day refused, for the page or a report: the page says why, next to the date field, with a 400 status. */
    @ExceptionHandler(RuleViolation.class)
    ModelAndView refused(RuleViolation refused, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(VIEW, HttpStatus.BAD_REQUEST);
        page.addObject("today", desk.today());
        page.addObject("languages", Language.values());
        page.addObject("asOfText", request.getParameter("asOf"));
        page.addObject("dateProblem", refused.messageCode());
        page.addObject("dateProblemArguments", refused.arguments());
        return page;
    }

    @GetMapping("/progress.pdf")
    ResponseEntity<byte[]> progressPdf(@RequestParam(required = false) String asOf,
            @RequestParam(required = false) String language, Locale reader) {
        Locale locale = documentLanguage(language, reader);
        ProgressReport report = desk.report(desk.day(asOf), locale);
        return document(pdf.render(report, locale), MediaType.APPLICATION_PDF, words.fileName(report, locale) + ".pdf");
    }

    @GetMapping("/progress.docx")
    ResponseEntity<byte[]> progressDocx(@RequestParam(required = false) String asOf,
            @RequestParam(required = false) String language, Locale reader) {
        Locale locale = documentLanguage(language, reader);
        ProgressReport report = desk.report(desk.day(asOf), locale);
        return document(docx.render(report, locale), MediaType.parseMediaType(ProgressDocx.CONTENT_TYPE),
                words.fileName(report, locale) + ".docx");
    }

    /** The language asked for the document (en, fr, es), else the reader's; the reader's own choice is left as it is. */
    static Locale documentLanguage(String lang, Locale reader) {
        return java.util.Arrays.stream(Language.values()).filter(l -> l.tag().equalsIgnoreCase(
                lang == null ? "" : lang.strip())).findFirst().map(Language::locale)
                .orElse(Language.of(reader).locale());
    }

    private static ResponseEntity<byte[]> document(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(content);
    }
}
