package org.ccmplatform.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/** An activity of an operational plan: what, who leads it, when, which States it targets and where it stands. */
@Entity
@Audited
public class PlanActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private ThemePlan plan;

    private int position;

    private String title;

    private String owner;

    private LocalDate startDate;

    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private ActivityStatus status;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "plan_activity_target", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "state_id"))
    @OrderBy("iso3")
    private List<State> targets = new ArrayList<>();

    protected PlanActivity() {}

    PlanActivity(ThemePlan plan, int position, ActivityTerms terms) {
        this.plan = plan;
        this.position = position;
        describe(terms);
    }

    /** What people type for an activity, with its target States already found in the registry. */
    public record ActivityTerms(String title, String owner, LocalDate startDate, LocalDate endDate,
            ActivityStatus status, List<State> targets) {}

    void describe(ActivityTerms terms) {
        if (terms.title() == null || terms.title().isBlank()) {
            throw new RuleViolation("title", "validation.required");
        }
        if (terms.owner() == null || terms.owner().isBlank()) {
            throw new RuleViolation("owner", "validation.required");
        }
        if (terms.startDate() == null) {
            throw new RuleViolation("startDate", "validation.required");
        }
        if (terms.endDate() == null) {
            throw new RuleViolation("endDate", "validation.required");
        }
        if (terms.endDate().isBefore(terms.startDate())) {
            throw new RuleViolation("endDate", "plan.activity.endsBeforeStart");
        }
        this.title = terms.title().strip();
        this.owner = terms.owner().strip();
        this.startDate = terms.startDate();
        this.endDate = terms.endDate();
        this.status = terms.status() == null ? ActivityStatus.PLANNED : terms.status();
        this.targets.clear();
        terms.targets().stream().distinct().sorted(Comparator.comparing(State::iso3)).forEach(targets::add);
    }

    public Long id() {
        return id;
    }

    public ThemePlan plan() {
        return plan;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String owner() {
        return owner;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public ActivityStatus status() {
        return status;
    }

    public List<State> targets() {
        return List.copyOf(targets);
    }

    void renumber(int position) {
        this.position = position;
    }
}
