package org.ccmplatform.universalization;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/**
 * One step in the engagement with a State not party: a letter, a visit, a workshop or a meeting, by whom, when, what
 * and with what outcome. A confidential entry is read only by the ISU, the Presidency and the coordinators of
 * universalization; the audit trail keeps that entries changed, never what they say nor who wrote them.
 */
@Entity
@Audited(confidential = true)
public class Engagement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id")
    private State state;

    @Enumerated(EnumType.STRING)
    private EngagementKind kind;

    @Enumerated(EnumType.STRING)
    private Engager engager;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "engager_state_id")
    private State engagerState;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "engager_organisation_id")
    private Organisation engagerOrganisation;

    private String engagerName;

    @Column(name = "engaged_on")
    private LocalDate day;

    private String what;

    private String outcome;

    private boolean confidential;

    private String recordedBy;

    @Version
    private long version;

    protected Engagement() {}

    /** Who engaged: the kind, and optionally the State, the organisation or a name. */
    record By(Engager engager, State state, Organisation organisation, String name) {}

    Engagement(State state, EngagementKind kind, By by, LocalDate day, String what, String outcome,
            boolean confidential, String recordedBy, LocalDate today) {
        if (state == null) {
            throw new RuleViolation("state", "validation.required");
        }
        if (kind == null) {
            throw new RuleViolation("kind", "validation.required");
        }
        if (by == null || by.engager() == null) {
            throw new RuleViolation("engager", "validation.required");
        }
        if (day == null) {
            throw new RuleViolation("day", "validation.required");
        }
        if (day.isAfter(today)) {
            throw new RuleViolation("day", "universalization.engagement.future");
        }
        if (UniversalizationProfile.clean(what) == null) {
            throw new RuleViolation("what", "validation.required");
        }
        this.state = state;
        this.kind = kind;
        this.engager = by.engager();
        this.engagerState = by.state();
        this.engagerOrganisation = by.organisation();
        this.engagerName = UniversalizationProfile.clean(by.name());
        this.day = day;
        this.what = what.strip();
        this.outcome = UniversalizationProfile.clean(outcome);
        this.confidential = confidential;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public EngagementKind kind() {
        return kind;
    }

    public Engager engager() {
        return engager;
    }

    public State engagerState() {
        return engagerState;
    }

    public Organisation engagerOrganisation() {
        return engagerOrganisation;
    }

    public String engagerName() {
        return engagerName;
    }

    public LocalDate day() {
        return day;
    }

    public String what() {
        return what;
    }

    public String outcome() {
        return outcome;
    }

    public boolean confidential() {
        return confidential;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public long version() {
        return version;
    }
}
