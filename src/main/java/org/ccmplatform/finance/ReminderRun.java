package org.ccmplatform.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.ccmplatform.shared.Audited;

/** A reminder run the ISU chose to make (in January, in June, before the MSP): when, by whom, under what label. */
@Entity
@Audited
public class ReminderRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String label;

    private Instant runAt;

    private String runBy;

    protected ReminderRun() {}

    ReminderRun(String label, Instant runAt, String runBy) {
        this.label = label;
        this.runAt = runAt;
        this.runBy = runBy;
    }

    public Long id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Instant runAt() {
        return runAt;
    }

    public String runBy() {
        return runBy;
    }
}
