package org.ccmplatform.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.actionplan.PlanFacts.Commitment;
import org.ccmplatform.actionplan.PlanFacts.Measures;
import org.ccmplatform.actionplan.PlanFacts.Party;
import org.ccmplatform.actionplan.PlanFacts.Report;
import org.ccmplatform.actionplan.PlanFacts.Standing;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.obligations.ObligationFilter;
import org.ccmplatform.obligations.ObligationLedger;
import org.ccmplatform.obligations.ObligationSort;
import org.ccmplatform.obligations.ObligationStanding;
import org.ccmplatform.obligations.ObligationView;
import org.ccmplatform.obligations.TransparencyDesk;
import org.ccmplatform.registry.ParticipationStatus;
import org.ccmplatform.registry.StateRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the facts of a day from the registry and the obligations in a bounded number of queries, whatever the number
 * of States: the participations, the reports due and received, every obligation with its commitments, and the
 * Article 3 and 4 obligations as they stood on the day.
 */
@Component
class PlanFactsReader {

    private final StateRegister register;
    private final TransparencyDesk transparency;
    private final ObligationLedger ledger;

    PlanFactsReader(StateRegister register, TransparencyDesk transparency, ObligationLedger ledger) {
        this.register = register;
        this.transparency = transparency;
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    PlanFacts on(LocalDate day) {
        List<Party> parties = register.participationsIn(register.ccm()).stream()
                .filter(p -> p.depositDate() != null && !p.depositDate().isAfter(day))
                .map(p -> new Party(p.state().iso3(), p.statusOn(day) == ParticipationStatus.STATE_PARTY,
                        p.isInForceOn(day)))
                .toList();
        List<Report> reports = transparency.dueBefore(day).stream()
                .map(r -> new Report(r.state().iso3(), r.kind(), r.yearCovered(), r.dueDate(), r.received()))
                .toList();
        List<ObligationView> every = ledger.all(new ObligationFilter(null, null, null, null), ObligationSort.STATE,
                Locale.ENGLISH);
        List<ObligationView> assistance = every.stream()
                .filter(v -> v.obligation().article() == Article.ARTICLE_5).toList();
        List<Commitment> commitments = assistance.stream()
                .flatMap(v -> v.commitments().stream().map(c -> new Commitment(v.obligation().state().iso3(),
                        c.kind(), c.targetDate(), c.doneOn())))
                .toList();
        List<Measures> measures = every.stream().filter(v -> v.obligation().article() == Article.ARTICLE_9)
                .map(v -> new Measures(v.obligation().state().iso3(), v.obligation().legislation(),
                        v.obligation().legislationSince()))
                .toList();
        return new PlanFacts(day, parties, reports, commitments,
                assistance.stream().map(v -> v.obligation().state().iso3()).distinct().toList(), measures,
                standings(day, Article.ARTICLE_3), standings(day, Article.ARTICLE_4));
    }

    private List<Standing> standings(LocalDate day, Article article) {
        return ledger.standingsOn(day, article).stream()
                .map((ObligationStanding s) -> new Standing(s.obligation().state().iso3(), s.status()))
                .toList();
    }
}
