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

/** The letter a reminder run sent to a State still owing: what it owed, for which invoices, and to whom it went. */
@Entity
@Audited
public class ReminderLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    private ReminderRun run;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id")
    private State state;

    private BigDecimal outstanding;

    private String invoices;

    private String sentTo;

    protected ReminderLetter() {}

    ReminderLetter(ReminderRun run, State state, BigDecimal outstanding, String invoices, String sentTo) {
        this.run = run;
        this.state = state;
        this.outstanding = outstanding;
        this.invoices = invoices;
        this.sentTo = sentTo;
    }

    public ReminderRun run() {
        return run;
    }

    public State state() {
        return state;
    }

    public BigDecimal outstanding() {
        return outstanding;
    }

    public String invoices() {
        return invoices;
    }

    /** Who the letter went to; none when the State had no contact address (the ISU then writes by other means). */
    public String sentTo() {
        return sentTo;
    }
}
