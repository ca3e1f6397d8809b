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
import java.util.Locale;
import org.ccmplatform.governance.Theme;
import org.ccmplatform.shared.Language;

/**
 * A numbered action of a plan, under one of the Coordination Committee's themes, as a short summary in each language.
 * The summaries are the platform's paraphrases; the adopted documents hold the authoritative texts.
 */
@Entity
class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private ActionPlan plan;

    @Enumerated(EnumType.STRING)
    private Theme theme;

    private String actionNo;

    private int sequenceNo;

    private String summaryEn;

    private String summaryFr;

    private String summaryEs;

    @Version
    private long version;

    protected PlanAction() {}

    PlanAction(ActionPlan plan, Theme theme, String actionNo, int sequenceNo, String summaryEn, String summaryFr,
            String summaryEs) {
        this.plan = plan;
        this.theme = theme;
        this.actionNo = actionNo;
        this.sequenceNo = sequenceNo;
        this.summaryEn = summaryEn;
        this.summaryFr = summaryFr;
        this.summaryEs = summaryEs;
    }

    Long id() {
        return id;
    }

    ActionPlan plan() {
        return plan;
    }

    Theme theme() {
        return theme;
    }

    String actionNo() {
        return actionNo;
    }

    int sequenceNo() {
        return sequenceNo;
    }

    String summary(Locale locale) {
        return switch (Language.of(locale)) {
            case FR -> summaryFr;
            case ES -> summaryEs;
            case EN -> summaryEn;
        };
    }
}
