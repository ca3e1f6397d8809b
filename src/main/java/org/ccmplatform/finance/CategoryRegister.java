package org.ccmplatform.finance;

import java.math.BigDecimal;
import java.util.List;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contribution categories of the financial procedures, kept by the ISU as configuration with their years. */
@Service
@Transactional(readOnly = true)
public class CategoryRegister {

    private final Categories categories;

    CategoryRegister(Categories categories) {
        this.categories = categories;
    }

    public List<ContributionCategory> categories() {
        return categories.all();
    }

    /** The ISU records a contribution category of the financial procedures, valid from a year (to a year, or on). */
    @Transactional
    public ContributionCategory defineCategory(String code, String name, BigDecimal budgetShare,
            BigDecimal ceilingPercent, BigDecimal floorAmount, Integer validFrom, Integer validTo, String source,
            CurrentUser user) {
        Treasury.checkIsu(user);
        if (code == null || code.isBlank() || name == null || name.isBlank() || source == null || source.isBlank()) {
            throw new RuleViolation(code == null || code.isBlank() ? "code" : name == null || name.isBlank() ? "name"
                    : "source", "validation.required");
        }
        if (budgetShare == null || budgetShare.signum() < 0 || budgetShare.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RuleViolation("budgetShare", "validation.range", "0", "100");
        }
        if (ceilingPercent != null
                && (ceilingPercent.signum() <= 0 || ceilingPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new RuleViolation("ceilingPercent", "validation.range", "0", "100");
        }
        if (floorAmount != null && floorAmount.signum() < 0) {
            throw new RuleViolation("floorAmount", "payment.notPositive");
        }
        if (validFrom == null) {
            throw new RuleViolation("validFrom", "validation.required");
        }
        if (validTo != null && validTo < validFrom) {
            throw new RuleViolation("validTo", "period.endsBeforeStart", String.valueOf(validFrom),
                    String.valueOf(validTo));
        }
        String trimmed = code.strip();
        boolean overlaps = categories.all().stream().anyMatch(c -> c.code().equals(trimmed)
                && c.validFrom() <= (validTo == null ? Integer.MAX_VALUE : validTo)
                && validFrom <= (c.validTo() == null ? Integer.MAX_VALUE : c.validTo()));
        if (overlaps) {
            throw new RuleViolation("validFrom", "category.overlaps", trimmed);
        }
        return categories.save(new ContributionCategory(trimmed, name.strip(), budgetShare, ceilingPercent,
                floorAmount, validFrom, validTo, source.strip()));
    }
}
