package org.ccmplatform.governance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ccmplatform.governance.PlanActivity.ActivityTerms;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;

/**
 * A theme's concept note for a term, which becomes its operational plan once it carries activities. Every change
 * makes a new revision (kept whole, with who and when); publishing puts one revision and an executive summary on the
 * theme's public page, and later drafts do not change what is published until it is published again.
 */
@Entity
@Audited
public class ThemePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "term_id")
    private StatesPartiesMeeting term;

    @Enumerated(EnumType.STRING)
    private Theme theme;

    private String objectives;

    private String strategies;

    private String expectedOutcomes;

    private String budget;

    private String executiveSummary;

    private Integer publishedRevision;

    private Instant publishedAt;

    private String publishedBy;

    private int revision;

    private Instant changedAt;

    private String changedBy;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanActivity> activities = new ArrayList<>();

    @Version
    private long version;

    protected ThemePlan() {}

    ThemePlan(StatesPartiesMeeting term, Theme theme, ConceptNote note, String by, Instant at) {
        this.term = term;
        this.theme = theme;
        write(note);
        this.revision = 1;
        this.changedAt = at;
        this.changedBy = by;
    }

    void rewrite(ConceptNote note, String by, Instant at) {
        write(note);
        changed(by, at);
    }

    PlanActivity addActivity(ActivityTerms terms, String by, Instant at) {
        PlanActivity activity = new PlanActivity(this, activities.size() + 1, terms);
        activities.add(activity);
        changed(by, at);
        return activity;
    }

    void changeActivity(long activityId, ActivityTerms terms, String by, Instant at) {
        activity(activityId).describe(terms);
        changed(by, at);
    }

    void removeActivity(long activityId, String by, Instant at) {
        activities.remove(activity(activityId));
        for (int i = 0; i < activities.size(); i++) {
            activities.get(i).renumber(i + 1);
        }
        changed(by, at);
    }

    /** Publishes the revision as it stands now, with its executive summary; an operational plan only. */
    void publish(String summary, String by, Instant at) {
        if (!isOperational()) {
            throw new RuleViolation("executiveSummary", "plan.publish.noActivities");
        }
        if (summary == null || summary.isBlank()) {
            throw new RuleViolation("executiveSummary", "validation.required");
        }
        this.executiveSummary = summary.strip();
        changed(by, at);
        this.publishedRevision = revision;
        this.publishedAt = at;
        this.publishedBy = by;
    }

    private void write(ConceptNote note) {
        this.objectives = note.objectives();
        this.strategies = note.strategies();
        this.expectedOutcomes = note.expectedOutcomes();
        this.budget = note.budget();
    }

    private void changed(String by, Instant at) {
        this.revision++;
        this.changedAt = at;
        this.changedBy = by;
    }

    private PlanActivity activity(long activityId) {
        return activities.stream().filter(a -> a.id() == activityId).findFirst()
                .orElseThrow(() -> new NotFoundException("PlanActivity", activityId));
    }

    public Long id() {
        return id;
    }

    public StatesPartiesMeeting term() {
        return term;
    }

    public Theme theme() {
        return theme;
    }

    public ConceptNote note() {
        return new ConceptNote(objectives, strategies, expectedOutcomes, budget);
    }

    public String executiveSummary() {
        return executiveSummary;
    }

    /** A concept note becomes an operational plan with its first activity. */
    public boolean isOperational() {
        return !activities.isEmpty();
    }

    public boolean isPublished() {
        return publishedRevision != null;
    }

    /** Changed since it was published: the public page still shows the published revision. */
    public boolean hasUnpublishedChanges() {
        return isPublished() && publishedRevision != revision;
    }

    public Integer publishedRevision() {
        return publishedRevision;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public int revision() {
        return revision;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public List<PlanActivity> activities() {
        return List.copyOf(activities);
    }

    public long version() {
        return version;
    }
}
