package org.ccmplatform.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/**
 * A Meeting of States Parties or a Review Conference (number, dates, place) with the President who presides over it.
 * The President's term is not stored: it runs from the last day of the meeting before to this meeting's last day.
 */
@Entity
@Audited
@Table(name = "states_parties_meeting")
public class StatesPartiesMeeting {

    public static final String DEFAULT_PLACE = "Geneva";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private int ordinal;

    private LocalDate startDate;

    private LocalDate endDate;

    private String place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "president_state_id")
    private State presidentState;

    private String presidentName;

    /** The meeting as the meetings module holds it (agenda, participants, minutes), once planned there. */
    @Column(name = "meeting_id")
    private Long meetingId;

    @Version
    private long version;

    protected StatesPartiesMeeting() {}

    StatesPartiesMeeting(MeetingKind kind, int ordinal, LocalDate startDate, LocalDate endDate, String place) {
        if (kind == null) {
            throw new RuleViolation("kind", "validation.required");
        }
        this.kind = kind;
        this.ordinal = ordinal;
        schedule(startDate, endDate, place);
    }

    void schedule(LocalDate startDate, LocalDate endDate, String place) {
        if (ordinal < 1) {
            throw new RuleViolation("ordinal", "msp.ordinalPositive");
        }
        if (startDate == null) {
            throw new RuleViolation("startDate", "validation.required");
        }
        if (endDate == null) {
            throw new RuleViolation("endDate", "validation.required");
        }
        if (endDate.isBefore(startDate)) {
            throw new RuleViolation("endDate", "msp.endsBeforeStart");
        }
        this.startDate = startDate;
        this.endDate = endDate;
        this.place = place == null || place.isBlank() ? DEFAULT_PLACE : place.strip();
    }

    void presidedBy(State state, String person) {
        this.presidentState = state;
        this.presidentName = person == null || person.isBlank() ? null : person.strip();
    }

    void heldAs(Long meetingId) {
        this.meetingId = meetingId;
    }

    public Long id() {
        return id;
    }

    public MeetingKind kind() {
        return kind;
    }

    public int ordinal() {
        return ordinal;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String place() {
        return place;
    }

    public State presidentState() {
        return presidentState;
    }

    public String presidentName() {
        return presidentName;
    }

    public Long meetingId() {
        return meetingId;
    }

    public long version() {
        return version;
    }

    /** Short name as the Convention writes it: 7MSP, 2RC. */
    public String shortName() {
        return ordinal + (kind == MeetingKind.REVIEW_CONFERENCE ? "RC" : "MSP");
    }

    /** The message key of the short name in the reader's language (7MSP, 7e AEP, 7ª REP), given the number. */
    public String shortKey() {
        return "msp.short." + kind.name();
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startDate.isAfter(to) && !endDate.isBefore(from);
    }
}
