package org.ccmplatform.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.ccmplatform.shared.Audited;

/**
 * A contribution category of the financial procedures in force (7a, 7b, 7c in 2016): its share of the budget and
 * any ceiling or floor, valid from one budget year to another. Configuration, because the procedures change.
 */
@Entity
@Audited
public class ContributionCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    private BigDecimal budgetShare;

    private BigDecimal ceilingPercent;

    private BigDecimal floorAmount;

    private int validFrom;

    private Integer validTo;

    private String source;

    @Version
    private long version;

    protected ContributionCategory() {}

    ContributionCategory(String code, String name, BigDecimal budgetShare, BigDecimal ceilingPercent,
            BigDecimal floorAmount, int validFrom, Integer validTo, String source) {
        this.code = code;
        this.name = name;
        this.budgetShare = budgetShare;
        this.ceilingPercent = ceilingPercent;
        this.floorAmount = floorAmount;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.source = source;
    }

    ContributionSchedule.Category forSchedule() {
        return new ContributionSchedule.Category(code, budgetShare, ceilingPercent, floorAmount);
    }

    public boolean appliesTo(int year) {
        return validFrom <= year && (validTo == null || year <= validTo);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public BigDecimal budgetShare() {
        return budgetShare;
    }

    public BigDecimal ceilingPercent() {
        return ceilingPercent;
    }

    public BigDecimal floorAmount() {
        return floorAmount;
    }

    public int validFrom() {
        return validFrom;
    }

    public Integer validTo() {
        return validTo;
    }

    public String source() {
        return source;
    }
}
