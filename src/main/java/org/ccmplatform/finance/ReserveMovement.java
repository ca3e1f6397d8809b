package org.ccmplatform.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.Money;

/** Money into or out of the capital reserve: a voluntary contribution to it, or a draw that covers a shortfall. */
@Entity
@Audited
public class ReserveMovement {

    /** What moved the reserve. */
    public enum Kind { CONTRIBUTION, DRAW }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate movedOn;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private BigDecimal amount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_id")
    private State state;

    private String shortfall;

    private String recordedBy;

    protected ReserveMovement() {}

    ReserveMovement(LocalDate movedOn, Kind kind, Money amount, State state, String shortfall, String recordedBy) {
        this.movedOn = movedOn;
        this.kind = kind;
        this.amount = amount.amount();
        this.state = state;
        this.shortfall = shortfall;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public LocalDate movedOn() {
        return movedOn;
    }

    public Kind kind() {
        return kind;
    }

    public Money amount() {
        return new Money(amount, IsuBudget.CURRENCY);
    }

    /** The amount with its sign: a draw takes money out. */
    public BigDecimal signedAmount() {
        return kind == Kind.DRAW ? amount.negate() : amount;
    }

    public State state() {
        return state;
    }

    public String shortfall() {
        return shortfall;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
