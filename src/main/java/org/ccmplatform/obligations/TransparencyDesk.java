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
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.SearchText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Article 7 reports received, and which were overdue on any day. */
@Service
@Transactional(readOnly = true)
public class TransparencyDesk {

    private final TransparencyReports reports;
    private final Obligations obligations;
    private final StateRegister register;
    private final Clock clock;

    TransparencyDesk(TransparencyReports reports, Obligations obligations, StateRegister register, Clock clock) {
        this.reports = reports;
        this.obligations = obligations;
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
                        ccm.entryIntoForce().getYear());
            }
            if (yearCovered >= receivedOn.getYear() + 1) {
                throw new RuleViolation("yearCovered", "report.yearNotOver");
            }
            if (reports.existsByStateIdAndKindAndYearCovered(state.id(), ReportKind.ANNUAL, yearCovered)) {
                throw new RuleViolation("yearCovered", "report.annualTwice", yearCovered);
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

    public List<TransparencyReport> reportsOf(State state) {
        return reports.ofState(state.id());
    }

    /** Every report overdue on a day: due before it and not received by it. Ordered by State name in English. */
    public List<OverdueReport> overdue(LocalDate asOf) {
        Set<String> received = reports.receivedBy(asOf).stream()
                .map(row -> key((Long) row[0], (ReportKind) row[1], (Integer) row[2]))
                .collect(Collectors.toSet());
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

    private static String key(long stateId, ReportKind kind, Integer year) {
        return stateId + "/" + kind + "/" + (kind == ReportKind.INITIAL ? "" : year);
    }
}
