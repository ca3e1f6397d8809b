package org.ccmplatform.actionplan;

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

/** An indicator of an action: the figure the platform computes for it, and the plan's target where it sets one. */
@Entity
class PlanIndicator {

    /** How the plan's target is said: a number of States, every State concerned, or none of them. */
    enum TargetRule {
        COUNT,
        ALL,
        NONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private PlanAction action;

    @Enumerated(EnumType.STRING)
    private IndicatorCode code;

    private int sequenceNo;

    @Enumerated(EnumType.STRING)
    private TargetRule targetRule;

    private Integer targetCount;

    private LocalDate targetBy;

    @Version
    private long version;

    protected PlanIndicator() {}

    PlanIndicator(PlanAction action, IndicatorCode code, int sequenceNo, TargetRule targetRule, Integer targetCount,
            LocalDate targetBy) {
        if ((targetRule == TargetRule.COUNT) != (targetCount != null)) {
            throw new IllegalArgumentException("A target of " + code + " counts States only with the rule COUNT");
        }
        this.action = action;
        this.code = code;
        this.sequenceNo = sequenceNo;
        this.targetRule = targetRule;
        this.targetCount = targetCount;
        this.targetBy = targetBy;
    }

    /** The target as a number of States, given what the figure is out of; null where the plan sets none. */
    Long targetFor(Long outOf) {
        if (targetRule == null) {
            return null;
        }
        return switch (targetRule) {
            case COUNT -> targetCount.longValue();
            case ALL -> outOf;
            case NONE -> 0L;
        };
    }

    PlanAction action() {
        return action;
    }

    IndicatorCode code() {
        return code;
    }

    int sequenceNo() {
        return sequenceNo;
    }

    TargetRule targetRule() {
        return targetRule;
    }

    LocalDate targetBy() {
        return targetBy;
    }
}
