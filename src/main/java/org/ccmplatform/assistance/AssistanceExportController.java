package org.ccmplatform.assistance;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.StringJoiner;
import org.ccmplatform.assistance.AssistanceExports.Bounded;
import org.ccmplatform.assistance.AssistanceExports.IatiDonor;
import org.ccmplatform.assistance.AssistanceExports.NeedLine;
import org.ccmplatform.assistance.AssistanceExports.PledgeLine;
import org.ccmplatform.assistance.PledgeDesk.PledgeFilter;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Needs, pledges and funding gaps as CSV and XLSX files, and a donor's pledges as IATI activity XML (2.03). Each
 * reader gets what the API would show them: a need marked not public only for those who may see it, an undisclosed
 * pledge amount left empty. At most {@value AssistanceExports#MAX_ROWS} rows a file; the headers
 * {@code X-Export-Row-Limit} and {@code X-Export-Truncated} say whether the file was cut there. A bad parameter is
 * refused with a 400 problem that names it.
 */
@Controller
@RequestMapping("/assistance")
class AssistanceExportController {

    static final String CSV = "text/csv;charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XML = "application/xml;charset=UTF-8";

    private final AssistanceExports exports;
    private final MessageSource messages;
    private final Clock clock;

    AssistanceExportController(AssistanceExports exports, MessageSource messages, Clock clock) {
        this.exports = exports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/needs/export.csv")
    void needsCsv(@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        Bounded<NeedLine> needs = exports.needs(Reader.of(user), locale);
        start(response, CSV, "ccm-needs", "csv", needs.truncated());
        AssistanceCsv.needs(response.getWriter(), needs.rows());
    }

    @GetMapping("/needs/export.xlsx")
    void needsXlsx(@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        Bounded<NeedLine> needs = exports.needs(Reader.of(user), locale);
        start(response, XLSX, "ccm-needs", "xlsx", needs.truncated());
        AssistanceXlsx.needs(response.getOutputStream(), needs.rows());
    }

    @GetMapping("/pledges/export.csv")
    void pledgesCsv(@RequestParam(required = false) String donor,
            @RequestParam(required = false) String donorOrganisation, @RequestParam(required = false) String state,
            @RequestParam(required = false) String need, @RequestParam(required = false) String coalition,
            @RequestParam(required = false) String status, @AuthenticationPrincipal CurrentUser user, Locale locale,
            HttpServletResponse response) throws IOException {
        Bounded<PledgeLine> pledges = exports.pledges(
                pledgeFilter(donor, donorOrganisation, state, need, coalition, status), user, locale);
        start(response, CSV, "ccm-pledges", "csv", pledges.truncated());
        AssistanceCsv.pledges(response.getWriter(), pledges.rows());
    }

    @GetMapping("/pledges/export.xlsx")
    void pledgesXlsx(@RequestParam(required = false) String donor,
            @RequestParam(required = false) String donorOrganisation, @RequestParam(required = false) String state,
            @RequestParam(required = false) String need, @RequestParam(required = false) String coalition,
            @RequestParam(required = false) String status, @AuthenticationPrincipal CurrentUser user, Locale locale,
            HttpServletResponse response) throws IOException {
        Bounded<PledgeLine> pledges = exports.pledges(
                pledgeFilter(donor, donorOrganisation, state, need, coalition, status), user, locale);
        start(response, XLSX, "ccm-pledges", "xlsx", pledges.truncated());
        AssistanceXlsx.pledges(response.getOutputStream(), pledges.rows());
    }

    @GetMapping("/gaps/export.csv")
    void gapsCsv(@RequestParam(required = false) String state, @RequestParam(required = false) String year,
            @RequestParam(required = false) String currency, @RequestParam(required = false) String coalition,
            @RequestParam(required = false) String asOf, @AuthenticationPrincipal CurrentUser user, Locale locale,
            HttpServletResponse response) throws IOException {
        GapQuery query = gapQuery(state, year, currency, coalition, asOf);
        GapReport report = exports.gaps(query, Reader.of(user));
        start(response, CSV, gapsName(query, report), "csv", GapRows.truncated(report));
        AssistanceCsv.gaps(response.getWriter(), report, locale);
    }

    @GetMapping("/gaps/export.xlsx")
    void gapsXlsx(@RequestParam(required = false) String state, @RequestParam(required = false) String year,
            @RequestParam(required = false) String currency, @RequestParam(required = false) String coalition,
            @RequestParam(required = false) String asOf, @AuthenticationPrincipal CurrentUser user, Locale locale,
            HttpServletResponse response) throws IOException {
        GapQuery query = gapQuery(state, year, currency, coalition, asOf);
        GapReport report = exports.gaps(query, Reader.of(user));
        start(response, XLSX, gapsName(query, report), "xlsx", GapRows.truncated(report));
        AssistanceXlsx.gaps(response.getOutputStream(), report, locale);
    }

    /** The pledges of one donor (a State by ISO3, or an organisation by id) whose amounts are public. */
    @GetMapping("/pledges/iati.xml")
    void iati(@RequestParam(required = false) String donor, @RequestParam(required = false) String donorOrganisation,
            @AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
        IatiDonor found = exports.iati(AssistanceParams.text(donor), id(donorOrganisation, "donorOrganisation"),
                Reader.of(user));
        if (found.pledges().rows().isEmpty()) {
            throw new NothingToPublish(found.donor().code());
        }
        start(response, XML, "ccm-iati-activities-" + found.donor().code(), "xml", found.pledges().truncated());
        IatiActivities.write(response.getOutputStream(), found.donor(), found.pledges().rows(),
                Instant.now(clock));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> badParameter(RuleViolation violation, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle(messages.getMessage("export.problem.title", null, "Bad request", locale));
        problem.setDetail(messages.getMessage(violation.messageCode(), violation.arguments(),
                messages.getMessage("error.badRequest", null, locale), locale));
        problem.setProperty("field", violation.field());
        return ResponseEntity.badRequest().body(problem);
    }

    /** IATI wants at least one activity in a file: a donor with no public pledge has nothing to publish. */
    static final class NothingToPublish extends RuntimeException {

        private final String donor;

        NothingToPublish(String donor) {
            super("No pledge with a public amount for " + donor);
            this.donor = donor;
        }
    }

    @ExceptionHandler(NothingToPublish.class)
    ResponseEntity<ProblemDetail> nothingToPublish(NothingToPublish nothing, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        problem.setTitle(messages.getMessage("export.problem.title", null, "Not found", locale));
        problem.setDetail(messages.getMessage("export.iati.none", new Object[] {nothing.donor}, locale));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException missing, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        problem.setTitle(messages.getMessage("export.problem.title", null, "Not found", locale));
        problem.setDetail(messages.getMessage(missing.getDetailMessageCode(), missing.getDetailMessageArguments(),
                messages.getMessage("error.notFound", null, locale), locale));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private void start(HttpServletResponse response, String contentType, String name, String extension,
            boolean truncated) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                + name.replaceAll("[^A-Za-z0-9_-]", "") + "-" + exports.today() + "." + extension + "\"");
        response.setHeader("X-Export-Row-Limit", String.valueOf(AssistanceExports.MAX_ROWS));
        response.setHeader("X-Export-Truncated", String.valueOf(truncated));
    }

    private static String gapsName(GapQuery query, GapReport report) {
        StringJoiner name = new StringJoiner("-").add("ccm-funding-gaps");
        if (query.coalitionId() != null) {
            name.add("coalition" + query.coalitionId());
        } else if (query.stateIso3() != null) {
            name.add(query.stateIso3().toUpperCase(Locale.ROOT));
        }
        if (report.year() != null) {
            name.add(String.valueOf(report.year()));
        }
        return name.add(report.currency()).toString();
    }

    private static GapQuery gapQuery(String state, String year, String currency, String coalition, String asOf) {
        return new GapQuery(AssistanceParams.text(state), id(coalition, "coalition"), AssistanceParams.year(year),
                AssistanceParams.text(currency), AssistanceParams.day(asOf));
    }

    private static PledgeFilter pledgeFilter(String donor, String donorOrganisation, String state, String need,
            String coalition, String status) {
        return new PledgeFilter(AssistanceParams.text(donor), id(donorOrganisation, "donorOrganisation"), AssistanceParams.text(state),
                id(need, "need"), id(coalition, "coalition"), AssistanceParams.value(PledgeStatus.class, status,
                        "status"));
    }

    /** A record's id typed in a query: a positive whole number, or a clear refusal. */
    private static Long id(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new RuleViolation(field, "export.notAnId", text.strip());
    }
}
