package org.ccmplatform.coalitions;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/** A Country Coalition: an affected State's national platform for the obligations it chose to work on. */
@Entity
@Audited
public class Coalition {

    static final int MAX_OBJECTIVES = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id")
    private State state;

    private String name;

    @Enumerated(EnumType.STRING)
    private CoalitionStatus status;

    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    private Cadence cadence;

    private String obligations;

    private String strategyLink;

    private Long strategyDocumentId;

    private String objectives;

    @Version
    private long version;

    protected Coalition() {}

    Coalition(State state, CoalitionDetails details) {
        if (state == null) {
            throw new RuleViolation("stateIso3", "validation.required");
        }
        this.state = state;
        describe(details);
    }

    void describe(CoalitionDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw new RuleViolation("name", "validation.required");
        }
        if (details.status() == null) {
            throw new RuleViolation("status", "validation.required");
        }
        if (details.cadence() == null) {
            throw new RuleViolation("cadence", "validation.required");
        }
        if (details.obligations() == null || details.obligations().isEmpty()) {
            throw new RuleViolation("obligations", "coalition.obligations.required");
        }
        if (details.status() != CoalitionStatus.PROPOSED && details.startDate() == null) {
            throw new RuleViolation("startDate", "coalition.startDate.required");
        }
        if (details.objectives() != null && details.objectives().length() > MAX_OBJECTIVES) {
            throw new RuleViolation("objectives", "validation.tooLong", MAX_OBJECTIVES);
        }
        this.name = details.name().strip();
        this.status = details.status();
        this.startDate = details.startDate();
        this.cadence = details.cadence();
        this.obligations = details.obligations().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.strategyLink = blankToNull(details.strategyLink());
        this.objectives = blankToNull(details.objectives());
    }

    void attachStrategy(long documentId) {
        this.strategyDocumentId = documentId;
    }

    /** When the next meeting is due: a cadence after the last one held, or after the start. */
    public LocalDate nextMeetingDue(LocalDate lastHeld) {
        LocalDate from = lastHeld != null ? lastHeld : startDate;
        return from == null ? null : cadence.nextAfter(from);
    }

    /** An active coalition that has let its rhythm lapse. */
    public boolean hasNotMetWithinItsRhythm(LocalDate lastHeld, LocalDate today) {
        LocalDate due = nextMeetingDue(lastHeld);
        return status == CoalitionStatus.ACTIVE && due != null && due.isBefore(today);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Set<CoveredObligation> obligations() {
        Set<CoveredObligation> set = EnumSet.noneOf(CoveredObligation.class);
        Arrays.stream(obligations.split(",")).filter(o -> !o.isBlank()).map(CoveredObligation::valueOf)
                .forEach(set::add);
        return set;
    }

    public Long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public String name() {
        return name;
    }

    public CoalitionStatus status() {
        return status;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public Cadence cadence() {
        return cadence;
    }

    public String strategyLink() {
        return strategyLink;
    }

    public Long strategyDocumentId() {
        return strategyDocumentId;
    }

    public String objectives() {
        return objectives;
    }

    public long version() {
        return version;
    }
}
