package org.ccmplatform.obligations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/** One year of an extension request's work plan: what the State will achieve and what it will cost. */
@Entity
@Audited
public class WorkPlanYear {

    /** What a target counts. */
    public enum Unit {
        SQUARE_METRES,
        CLUSTER_MUNITIONS,
        SUBMUNITIONS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ExtensionRequest request;

    private int planYear;

    private BigDecimal target;

    @Enumerated(EnumType.STRING)
    private Unit unit;

    private BigDecimal budget;

    private String currency;

    protected WorkPlanYear() {}

    WorkPlanYear(ExtensionRequest request, int planYear, BigDecimal target, Unit unit, BigDecimal budget,
            String currency) {
        if (target == null || target.signum() < 0) {
            throw new RuleViolation("target", "progress.quantity.negative");
        }
        if (unit == null) {
            throw new RuleViolation("unit", "validation.required");
        }
        if (budget != null && budget.signum() < 0) {
            throw new RuleViolation("budget", "progress.quantity.negative");
        }
        if (budget != null && (currency == null || !currency.matches("[A-Z]{3}"))) {
            throw new RuleViolation("currency", "workPlan.currency");
        }
        this.request = request;
        this.planYear = planYear;
        this.target = target;
        this.unit = unit;
        this.budget = budget;
        this.currency = budget == null ? null : currency;
    }

    public int planYear() {
        return planYear;
    }

    public BigDecimal target() {
        return target;
    }

    public Unit unit() {
        return unit;
    }

    public BigDecimal budget() {
        return budget;
    }

    public String currency() {
        return currency;
    }
}
