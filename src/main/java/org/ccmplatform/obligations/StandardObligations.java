package org.ccmplatform.obligations;

import java.time.Clock;
import java.time.LocalDate;
import org.ccmplatform.registry.ParticipationRecorded;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.registry.Treaty;
import org.ccmplatform.shared.OneTimeLoads;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every State Party reports (Article 7) and adopts implementation measures (Article 9): those two obligations follow
 * from its deposit, in the same transaction as the deposit is recorded. A one-time load gives them to the States that
 * deposited before this module existed.
 */
@Component
@Order(5)
class StandardObligations implements ApplicationRunner {

    private final Obligations obligations;
    private final StateRegister register;
    private final OneTimeLoads loads;
    private final Clock clock;

    StandardObligations(Obligations obligations, StateRegister register, OneTimeLoads loads, Clock clock) {
        this.obligations = obligations;
        this.register = register;
        this.loads = loads;
        this.clock = clock;
    }

    @EventListener
    void on(ParticipationRecorded recorded) {
        if (Treaty.CCM.equals(recorded.treaty()) && recorded.depositDate() != null
                && (recorded.withdrawalEffective() == null
                        || recorded.withdrawalEffective().isAfter(LocalDate.now(clock)))) {
            register.find(recorded.stateIso3()).ifPresent(this::ensure);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        loads.loadOnce("obligations/reporting-and-measures", "1", () -> register.participationsIn(register.ccm())
                .stream()
                .filter(p -> p.depositDate() != null && !p.isWithdrawnOn(LocalDate.now(clock)))
                .forEach(p -> ensure(p.state())));
    }

    private void ensure(State state) {
        for (Article article : new Article[] {Article.ARTICLE_7, Article.ARTICLE_9}) {
            String basis = Obligation.basisOf(article);
            if (!obligations.existsByStateIdAndArticleAndBasis(state.id(), article, basis)) {
                obligations.save(new Obligation(state, article, basis, null, null));
            }
        }
    }
}
