package org.ccmplatform.obligations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.registry.ContactDirectory;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StoredDocument;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Article 7 reports: those overdue on a day (and, for the ISU, whom to remind), and those received. */
@Controller
@RequestMapping("/transparency")
class TransparencyController {

    static final String OVERDUE_VIEW = "obligations/overdue-reports";
    static final String RECEIVED_VIEW = "obligations/reports";
    static final int STATES_PER_PAGE = 25;
    static final int REPORTS_PER_PAGE = 25;

    private final TransparencyDesk desk;
    private final StateRegister states;
    private final ContactDirectory contacts;
    private final ObligationLedger ledger;

    TransparencyController(TransparencyDesk desk, StateRegister states, ContactDirectory contacts,
            ObligationLedger ledger) {
        this.desk = desk;
        this.states = states;
        this.contacts = contacts;
        this.ledger = ledger;
    }

    @GetMapping("/overdue")
    String overdue(@RequestParam(required = false) String asOf, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        LocalDate today = ledger.today();
        LocalDate day = today;
        try {
            day = ObligationQuery.day(asOf, today);
        } catch (RuleViolation refused) {
            model.addAttribute("filterProblem", "filter.ignored");
        }
        List<TransparencyDesk.StateOverdue> all = desk.overdueByState(day, locale);
        int from = Math.min(Math.max(page, 0) * STATES_PER_PAGE, all.size());
        int to = Math.min(from + STATES_PER_PAGE, all.size());
        Page<TransparencyDesk.StateOverdue> shown = new PageImpl<>(all.subList(from, to),
                PageRequest.of(Math.max(page, 0), STATES_PER_PAGE), all.size());
        model.addAttribute("overdue", shown);
        model.addAttribute("reportCount", all.stream().mapToInt(o -> o.reports().size()).sum());
        model.addAttribute("initialCount", all.stream().flatMap(o -> o.reports().stream())
                .filter(r -> r.kind() == ReportKind.INITIAL).count());
        model.addAttribute("asOf", day);
        model.addAttribute("today", today);
        boolean reminds = user != null && user.isIsuAdmin();
        model.addAttribute("reminds", reminds);
        if (reminds) {
            model.addAttribute("contacts", contacts.ofStates(shown.getContent().stream()
                    .map(o -> o.state().id()).toList()));
        }
        return OVERDUE_VIEW;
    }

    @GetMapping("/reports")
    String received(@RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
            Model model) {
        var chosen = state == null || state.isBlank() ? null : states.find(state).orElse(null);
        if (state != null && !state.isBlank() && chosen == null) {
            model.addAttribute("filterProblem", "filter.ignored");
        }
        model.addAttribute("reports", desk.received(chosen, PageRequest.of(Math.max(page, 0), REPORTS_PER_PAGE)));
        model.addAttribute("chosen", chosen);
        model.addAttribute("states", states.all());
        return RECEIVED_VIEW;
    }

    @GetMapping("/reports/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        StoredDocument document = desk.document(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + document.fileName() + "\"")
                .body(document.content());
    }
}
