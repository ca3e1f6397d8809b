package org.ccmplatform.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ISU's capital reserve: kept at its target (CHF 400,000) by voluntary contributions, and drawn on only to cover
 * a cash-flow shortfall, which every draw names. A draw cannot take the reserve below zero.
 */
@Service
@Transactional(readOnly = true)
public class CapitalReserve {

    private final ReserveMovements movements;
    private final StateRegister states;
    private final BigDecimal target;
    private final Clock clock;

    CapitalReserve(ReserveMovements movements, StateRegister states,
            @Value("${ccm.finance.reserve-target:400000}") BigDecimal target, Clock clock) {
        this.movements = movements;
        this.states = states;
        this.target = target;
        this.clock = clock;
    }

    /** The reserve after each movement, oldest first. */
    public record Point(ReserveMovement movement, BigDecimal balance) {}

    public List<Point> history() {
        List<Point> points = new ArrayList<>();
        BigDecimal balance = BigDecimal.ZERO;
        for (ReserveMovement movement : movements.inOrder()) {
            balance = balance.add(movement.signedAmount());
            points.add(new Point(movement, balance));
        }
        return points;
    }

    public Money balance() {
        return new Money(movements.balance(), IsuBudget.CURRENCY);
    }

    public Money target() {
        return new Money(target, IsuBudget.CURRENCY);
    }

    @Transactional
    public ReserveMovement contribute(String stateIso3, LocalDate on, BigDecimal amount, CurrentUser user) {
        Treasury.checkIsu(user);
        State state = stateIso3 == null || stateIso3.isBlank() ? null
                : states.find(stateIso3.strip().toUpperCase(Locale.ROOT))
                        .orElseThrow(() -> new RuleViolation("stateIso3", "state.unknown", stateIso3));
        return movements.save(new ReserveMovement(day(on), ReserveMovement.Kind.CONTRIBUTION, francs(amount), state,
                null, user.getUsername()));
    }

    /** Draws on the reserve to cover a cash-flow shortfall, which must be said; never below zero. */
    @Transactional
    public ReserveMovement draw(LocalDate on, BigDecimal amount, String shortfall, CurrentUser user) {
        Treasury.checkIsu(user);
        if (shortfall == null || shortfall.isBlank()) {
            throw new RuleViolation("shortfall", "reserve.shortfallRequired");
        }
        Money drawn = francs(amount);
        if (drawn.amount().compareTo(movements.balance()) > 0) {
            throw new RuleViolation("amount", "reserve.belowZero", movements.balance().toPlainString());
        }
        return movements.save(new ReserveMovement(day(on), ReserveMovement.Kind.DRAW, drawn, null, shortfall.strip(),
                user.getUsername()));
    }

    private LocalDate day(LocalDate on) {
        if (on == null) {
            throw new RuleViolation("movedOn", "validation.required");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("movedOn", "payment.inFuture");
        }
        return on;
    }

    private static Money francs(BigDecimal amount) {
        Money money = Money.of(amount, IsuBudget.CURRENCY, "amount");
        if (!money.isPositive()) {
            throw new RuleViolation("amount", "payment.notPositive");
        }
        return money;
    }
}
