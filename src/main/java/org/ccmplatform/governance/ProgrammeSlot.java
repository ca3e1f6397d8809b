package org.ccmplatform.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/** A slot of an MSP's programme in which a State implementing a key provision gives an update on it. */
@Entity
@Audited
public class ProgrammeSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "msp_id")
    private StatesPartiesMeeting msp;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_id")
    private State state;

    @Enumerated(EnumType.STRING)
    private Theme theme;

    private LocalDate slotDay;

    private int position;

    private String topic;

    @Version
    private long version;

    protected ProgrammeSlot() {}

    ProgrammeSlot(StatesPartiesMeeting msp, State state, Theme theme, LocalDate day, int position, String topic) {
        if (theme == null) {
            throw new RuleViolation("theme", "validation.required");
        }
        if (day == null) {
            throw new RuleViolation("day", "validation.required");
        }
        if (day.isBefore(msp.startDate()) || day.isAfter(msp.endDate())) {
            throw new RuleViolation("day", "msp.slot.outsideMeeting", msp.startDate(), msp.endDate());
        }
        if (topic == null || topic.isBlank()) {
            throw new RuleViolation("topic", "validation.required");
        }
        this.msp = msp;
        this.state = state;
        this.theme = theme;
        this.slotDay = day;
        this.position = position;
        this.topic = topic.strip();
    }

    public Long id() {
        return id;
    }

    public StatesPartiesMeeting msp() {
        return msp;
    }

    public State state() {
        return state;
    }

    public Theme theme() {
        return theme;
    }

    public LocalDate day() {
        return slotDay;
    }

    public int position() {
        return position;
    }

    public String topic() {
        return topic;
    }
}
