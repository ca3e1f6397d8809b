package org.ccmplatform.obligations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StaleEditException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to obligations: the ISU records which States Parties carry Article 3, 4 and 5 obligations; the ISU or the
 * State's focal point records completions, figures, legislation and commitments.
 */
@Service
public class ObligationKeeper {

    private final Obligations obligations;
    private final ProgressFigures figures;
    private final AssistanceCommitments commitments;
    private final ObligationLedger ledger;
    private final StateRegister states;
    private final Clock clock;

    ObligationKeeper(Obligations obligations, ProgressFigures figures, AssistanceCommitments commitments,
            ObligationLedger ledger, StateRegister states, Clock clock) {
        this.obligations = obligations;
        this.figures = figures;
        this.commitments = commitments;
        this.ledger = ledger;
        this.states = states;
        this.clock = clock;
    }

    /** The ISU records that a State Party carries an obligation (it declared stockpiles, contamination, victims). */
    @Transactional
    public Obligation declare(String iso3, Article article, LocalDate hostilitiesEnded, String source,
            CurrentUser user) {
        if (user == null || !user.isIsuAdmin()) {
            throw new AccessDeniedException("Only the ISU records which obligations a State carries");
        }
        return declareOnBehalf(iso3, article, hostilitiesEnded, source);
    }

    @Transactional
    public Obligation declareOnBehalf(String iso3, Article article, LocalDate hostilitiesEnded, String source) {
        State state = states.find(iso3).orElseThrow(() -> new RuleViolation("state", "state.unknown", iso3));
        if (article == null) {
            throw new RuleViolation("article", "validation.required");
        }
        String basis = hostilitiesEnded != null && article == Article.ARTICLE_4 ? Obligation.AFTER_HOSTILITIES
                : Obligation.basisOf(article);
        if (obligations.existsByStateIdAndArticleAndBasis(state.id(), article, basis)) {
            throw new RuleViolation("article", "obligation.duplicate");
        }
        LocalDate entryIntoForce = states.participation(state, states.ccm())
                .map(org.ccmplatform.registry.Participation::entryIntoForce).orElse(null);
        if (entryIntoForce == null) {
            throw new RuleViolation("state", "obligation.notAParty");
        }
        if (hostilitiesEnded != null && hostilitiesEnded.isBefore(entryIntoForce)) {
            throw new RuleViolation("hostilitiesEnded", "obligation.hostilitiesBeforeEntryIntoForce", entryIntoForce);
        }
        Obligation obligation = obligations.save(new Obligation(state, article, basis, hostilitiesEnded, source));
        if (article == Article.ARTICLE_5) {
            for (AssistanceCommitment.Kind kind : AssistanceCommitment.Kind.values()) {
                commitments.save(new AssistanceCommitment(obligation, kind));
            }
        }
        return obligation;
    }

    @Transactional
    public Obligation complete(long id, long version, LocalDate on, String declaration, CurrentUser user) {
        Obligation obligation = kept(id, user);
        StaleEditException.check(version, obligation.version());
        obligation.complete(on, declaration, ledger.view(id).entryIntoForce(), today());
        return obligation;
    }

    @Transactional
    public Obligation completeOnBehalf(Obligation obligation, LocalDate on, String declaration) {
        obligation.complete(on, declaration, ledger.view(obligation.id()).entryIntoForce(), today());
        return obligation;
    }

    @Transactional
    public Obligation reopen(long id, CurrentUser user) {
        Obligation obligation = kept(id, user);
        obligation.reopen();
        return obligation;
    }

    @Transactional
    public Obligation recordLegislation(long id, Legislation status, LocalDate since, CurrentUser user) {
        Obligation obligation = kept(id, user);
        obligation.recordLegislation(status, since, today());
        return obligation;
    }

    @Transactional
    public void recordCommitment(long id, AssistanceCommitment.Kind kind, LocalDate doneOn, String source,
            CurrentUser user) {
        Obligation obligation = kept(id, user);
        commitments.findByObligationAndKind(obligation, kind)
                .orElseThrow(() -> new RuleViolation("kind", "commitment.onlyArticle5"))
                .done(doneOn, source, today());
    }

    /** Records a reported figure; one that would leave a negative stock is refused and nothing is stored. */
    @Transactional
    public ProgressFigure report(long id, FigureKind kind, Integer year, LocalDate date, BigDecimal quantity,
            String reason, String source, CurrentUser user) {
        Obligation obligation = kept(id, user);
        return reportOnBehalf(obligation, kind, year, date, quantity, reason, source, user.getUsername());
    }

    @Transactional
    public ProgressFigure reportOnBehalf(Obligation obligation, FigureKind kind, Integer year, LocalDate date,
            BigDecimal quantity, String reason, String source, String author) {
        ObligationView view = ledger.view(obligation.id());
        ProgressFigure figure = new ProgressFigure(obligation, kind, year, date, quantity, reason, source, author,
                view.startDate(), today());
        if (obligation.article() == Article.ARTICLE_3) {
            checkStockStaysPositive(obligation, figure);
        }
        return figures.save(figure);
    }

    private void checkStockStaysPositive(Obligation obligation, ProgressFigure added) {
        List<ProgressFigure> all = new java.util.ArrayList<>(figures.findByObligationOrderByIdAsc(obligation));
        all.add(added);
        BigDecimal declared = all.stream().filter(f -> f.kind() == FigureKind.STOCKPILE_DECLARED)
                .max(java.util.Comparator.comparing(ProgressFigure::asOf)).map(ProgressFigure::quantity)
                .orElse(null);
        if (declared == null) {
            return;
        }
        BigDecimal destroyed = all.stream().filter(f -> f.kind() == FigureKind.MUNITIONS_DESTROYED)
                .map(ProgressFigure::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal retained = all.stream().filter(f -> f.kind() == FigureKind.RETAINED)
                .max(java.util.Comparator.comparing(ProgressFigure::asOf)).map(ProgressFigure::quantity)
                .orElse(BigDecimal.ZERO);
        if (destroyed.add(retained).compareTo(declared) > 0) {
            throw new RuleViolation("quantity", "progress.stockBelowZero", declared, destroyed, retained);
        }
    }

    private Obligation kept(long id, CurrentUser user) {
        Obligation obligation = ledger.get(id);
        ObligationAccess.checkKeeps(obligation.state(), user);
        return obligation;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
