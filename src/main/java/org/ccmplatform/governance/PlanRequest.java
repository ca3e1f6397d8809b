package org.ccmplatform.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/**
 * An action point of a meeting ("turn the concept notes into operational plans by the next meeting") that asks for
 * the operational plans of some themes of a term; what is still missing is read from the plans, never recorded.
 */
@Entity
@Audited
public class PlanRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long actionPointId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "term_id")
    private StatesPartiesMeeting term;

    private String themes;

    @Version
    private long version;

    protected PlanRequest() {}

    PlanRequest(long actionPointId, StatesPartiesMeeting term, Set<Theme> themes) {
        if (themes == null || themes.isEmpty()) {
            throw new RuleViolation("themes", "plan.request.noThemes");
        }
        this.actionPointId = actionPointId;
        this.term = term;
        this.themes = themes.stream().sorted().map(Theme::name).collect(Collectors.joining(","));
    }

    public Long id() {
        return id;
    }

    public long actionPointId() {
        return actionPointId;
    }

    public StatesPartiesMeeting term() {
        return term;
    }

    public Set<Theme> themes() {
        return Arrays.stream(themes.split(",")).map(Theme::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Theme.class)));
    }
}
