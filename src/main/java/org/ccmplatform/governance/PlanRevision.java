package org.ccmplatform.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** One saved version of a concept note or plan, kept whole, with who saved it, when and what they did. */
@Entity
public class PlanRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private ThemePlan plan;

    private int revision;

    private String snapshot;

    private Instant savedAt;

    private String savedBy;

    /** The message key of what was done: written, activity added, published. */
    private String note;

    protected PlanRevision() {}

    PlanRevision(ThemePlan plan, String note) {
        this.plan = plan;
        this.revision = plan.revision();
        this.snapshot = PlanSnapshot.of(plan).toJson();
        this.savedAt = plan.changedAt();
        this.savedBy = plan.changedBy();
        this.note = note;
    }

    public ThemePlan plan() {
        return plan;
    }

    public int revision() {
        return revision;
    }

    public PlanSnapshot snapshot() {
        return PlanSnapshot.fromJson(snapshot);
    }

    public Instant savedAt() {
        return savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    public String note() {
        return note;
    }
}
