package org.ccmplatform.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;

/** A State's rate in the UN scale of assessment (per cent) for a span of years, with its source. */
@Entity
@Audited
public class ScaleRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id")
    private State state;

    private BigDecimal rate;

    private int validFrom;

    private int validTo;

    private String source;

    private boolean illustrative;

    protected ScaleRate() {}

    ScaleRate(State state, BigDecimal rate, int validFrom, int validTo, String source, boolean illustrative) {
        this.state = state;
        this.rate = rate;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.source = source;
        this.illustrative = illustrative;
    }

    public State state() {
        return state;
    }

    public BigDecimal rate() {
        return rate;
    }

    public int validFrom() {
        return validFrom;
    }

    public int validTo() {
        return validTo;
    }

    public String source() {
        return source;
    }

    public boolean isIllustrative() {
        return illustrative;
    }
}
