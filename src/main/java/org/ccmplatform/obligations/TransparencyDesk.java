package org.ccmplatform.obligations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmplatform.registry.Participation;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Documents;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.StoredDocument;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Article 7 reports received, and which were overdue on any day. */
@Service
@Transactional(readOnly = true)
public class TransparencyDesk {

    private final TransparencyReports reports;
    private final Obligations obligations;
    private final Documents documents;
    private final StateRegister register;
    private final Clock clock;

    TransparencyDesk(TransparencyReports reports, Obligations obligations, Documents documents, StateRegister register,
            Clock clock) {
        this.reports = reports;
        this.obligations = obligations;
        this.documents = documents;
        this.register = register;
        this.clock = clock;
    }

    /** The ISU or the State's focal point records a report received; the initial one completes Article 7(1). */
    @Transactional
    public TransparencyReport record(String iso3, ReportKind kind, Integer yearCovered, LocalDate receivedOn,
            String link, String source, CurrentUser user) {
        State state = register.find(iso3).orElseThrow(() -> new RuleViolation("state", "state.unknown", iso3));
        ObligationAccess.checkKeeps(state, user);
        return recordOnBehalf(state, kind, yearCovered, receivedOn, link, source);
    }

    /** As {@link #record}, with the report itself as an uploaded PDF (none when the file is empty). */
    @Transactional
    public TransparencyReport record(String iso3, ReportKind kind, Integer yearCovered, LocalDate receivedOn,
            String link, String source, String fileName, byte[] pdf, CurrentUser user) {
        State state = register.find(iso3).orElseThrow(() -> new RuleViolation("state", "state.unknown", iso3));
        ObligationAccess.checkKeeps(state, user);
        TransparencyReport report = recordOnBehalf(state, kind, yearCovered, receivedOn, link, source);
        if (pdf != null && pdf.length > 0) {
            report.attach(documents.keepPdf("file", fileName, pdf, user.getUsername()).id());
        }
        return report;
    }

    @Transactional
    public TransparencyReport recordOnBehalf(State state, ReportKind kind, Integer yearCovered, LocalDate receivedOn,
            String link, String source) {
        Participation ccm = register.participation(state, register.ccm())
                .filter(p -> p.entryIntoForce() != null)
                .orElseThrow(() -> new RuleViolation("state", "obligation.notAParty"));
        if (kind == null) {
            throw new RuleViolation("kind", "validation.required");
        }
        if (receivedOn == null) {
            throw new RuleViolation("receivedOn", "validation.required");
        }
        if (receivedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("receivedOn", "participation.date.future");
        }
        if (receivedOn.isBefore(ccm.depositDate())) {
            throw new RuleViolation("receivedOn", "report.beforeDeposit", ccm.depositDate());
        }
        if (kind == ReportKind.INITIAL && reports.existsByStateIdAndKind(state.id(), ReportKind.INITIAL)) {
            throw new RuleViolation("kind", "report.initialTwice");
        }
        if (kind == ReportKind.ANNUAL) {
            if (yearCovered == null) {
                throw new RuleViolation("yearCovered", "validation.required");
            }
            if (yearCovered < ccm.entryIntoForce().getYear()) {
                throw new RuleViolation("yearCovered", "report.yearBeforeObligation",
                        String.valueOf(ccm.entryIntoForce().getYear()));
            }
            if (yearCovered >= receivedOn.getYear()) {
                throw new RuleViolation("yearCovered", "report.yearNotOver");
            }
            if (reports.existsByStateIdAndKindAndYearCovered(state.id(), ReportKind.ANNUAL, yearCovered)) {
                throw new RuleViolation("yearCovered", "report.annualTwice", String.valueOf(yearCovered));
            }
        }
        if (link != null && !link.isBlank() && !link.strip().matches("^https?://[^\\s<>\"]+$")) {
            throw new RuleViolation("link", "validation.url");
        }
        TransparencyReport report = reports.save(new TransparencyReport(state, kind, yearCovered, receivedOn, link,
                null, source));
        if (kind == ReportKind.INITIAL) {
            obligations.findByStateIdAndArticleAndBasis(state.id(), Article.ARTICLE_7, Obligation.basisOf(
                    Article.ARTICLE_7)).ifPresent(o -> o.complete(receivedOn, null, ccm.entryIntoForce(), receivedOn));
        }
        return report;
    }

    public Page<TransparencyReport> received(State state, Pageable pageable) {
        return reports.received(state == null ? null : state.id(), pageable);
    }

    public TransparencyReport report(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("TransparencyReport", id));
    }

    /** The uploaded PDF of a report. */
    public StoredDocument document(long id) {
        return documents.find(report(id).documentId())
                .orElseThrow(() -> new NotFoundException("TransparencyReport", id));
    }

    /** The overdue reports of a day, by State, the States in the order of their names in the reader's language. */
    public List<StateOverdue> overdueByState(LocalDate asOf, Locale locale) {
        return overdue(asOf).stream()
                .collect(Collectors.groupingBy(OverdueReport::state, java.util.LinkedHashMap::new,
                        Collectors.toList()))
                .entrySet().stream()
                .map(e -> new StateOverdue(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(o -> SearchText.of(o.state().name(locale))))
                .toList();
    }

    /** A State and its reports overdue on a day, oldest first. */
    public record StateOverdue(State state, List<OverdueReport> reports) {
        public LocalDate oldestDue() {
            return reports.stream().map(OverdueReport::dueDate).min(Comparator.naturalOrder()).orElse(null);
        }
    }

    public List<TransparencyReport> reportsOf(State state) {
        return reports.ofState(state.id());
    }

    /** Every report overdue on a day: due before it and not received by it. Ordered by State name in English. */
    public List<OverdueReport> overdue(LocalDate asOf) {
        Set<String> received = receivedBy(asOf);
        return register.participationsIn(register.ccm()).stream()
                .filter(p -> p.depositDate() != null && !p.depositDate().isAfter(asOf))
                .flatMap(p -> ReportingCalendar.dueBefore(p.entryIntoForce(), p.withdrawalEffective(), asOf).stream()
                        .filter(due -> !received.contains(key(p.state().id(), due.kind(), due.yearCovered())))
                        .map(due -> new OverdueReport(p.state(), due.kind(), due.yearCovered(), due.dueDate())))
                .sorted(Comparator.comparing((OverdueReport o) -> SearchText.of(o.state().name(Locale.ENGLISH)))
                        .thenComparing(OverdueReport::kind)
                        .thenComparing(o -> o.yearCovered() == null ? 0 : o.yearCovered()))
                .toList();
    }

    /**
     * Every report due before a day, received by it or not, in two queries: what counts of overdue reports are out of.
     * The States are every one that had deposited by the day, withdrawn or not (a withdrawal ends the reports due).
     */
    public List<ReportDue> dueBefore(LocalDate asOf) {
        Set<String> received = receivedBy(asOf);
        return register.participationsIn(register.ccm()).stream()
                .filter(p -> p.depositDate() != null && !p.depositDate().isAfter(asOf))
                .flatMap(p -> ReportingCalendar.dueBefore(p.entryIntoForce(), p.withdrawalEffective(), asOf).stream()
                        .map(due -> new ReportDue(p.state(), due.kind(), due.yearCovered(), due.dueDate(),
                                received.contains(key(p.state().id(), due.kind(), due.yearCovered())))))
                .toList();
    }

    /** A report that fell due before a day, and whether it had been received by that day. */
    public record ReportDue(State state, ReportKind kind, Integer yearCovered, LocalDate dueDate, boolean received) {}

    private Set<String> receivedBy(LocalDate asOf) {
        return reports.receivedBy(asOf).stream()
                .map(row -> key((Long) row[0], (ReportKind) row[1], (Integer) row[2]))
                .collect(Collectors.toSet());
    }

    /** The reports of one State overdue on a day, oldest first. */
    public List<OverdueReport> overdueOf(State state, LocalDate asOf) {
        Set<String> received = reports.ofState(state.id()).stream()
                .filter(r -> !r.receivedOn().isAfter(asOf))
                .map(r -> key(state.id(), r.kind(), r.yearCovered()))
                .collect(Collectors.toSet());
        return register.participation(state, register.ccm())
                .filter(p -> p.depositDate() != null && !p.depositDate().isAfter(asOf))
                .map(p -> ReportingCalendar.dueBefore(p.entryIntoForce(), p.withdrawalEffective(), asOf).stream()
                        .filter(due -> !received.contains(key(state.id(), due.kind(), due.yearCovered())))
                        .map(due -> new OverdueReport(state, due.kind(), due.yearCovered(), due.dueDate()))
                        .toList())
                .orElse(List.of());
    }

    private static String key(long stateId, ReportKind kind, Integer year) {
        return stateId + "/" + kind + "/" + (kind == ReportKind.INITIAL ? "" : year);
    }
}
