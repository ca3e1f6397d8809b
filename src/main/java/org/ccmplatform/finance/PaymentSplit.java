package org.ccmplatform.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;

/**
 * How a payment is split over the contribution categories: against an invoice in proportion to its lines, up to what
 * is still owed, the rest kept as credit; a voluntary contribution as such; or as the ISU gives it, if it adds up.
 */
final class PaymentSplit {

    static final String CREDIT = "credit";
    static final String VOLUNTARY = "voluntary";

    private PaymentSplit() {}

    /** Splits a payment over the invoice's lines in proportion to them, up to what is outstanding; the rest is credit. */
    static List<CategoryAmount> proportional(Invoice invoice, BigDecimal amount, BigDecimal outstanding) {
        BigDecimal towardsInvoice = amount.min(outstanding);
        List<CategoryAmount> allocations = new ArrayList<>();
        BigDecimal total = invoice.total().amount();
        if (towardsInvoice.signum() > 0 && total.signum() > 0) {
            Map<String, BigDecimal> exact = new LinkedHashMap<>();
            for (CategoryAmount line : invoice.lines()) {
                exact.put(line.category(), towardsInvoice.multiply(line.amount())
                        .divide(total, MathContext.DECIMAL128));
            }
            ContributionSchedule.roundToCentimes(towardsInvoice, exact).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> allocations.add(new CategoryAmount(e.getKey(), e.getValue())));
        }
        BigDecimal credit = amount.subtract(towardsInvoice);
        if (credit.signum() > 0) {
            allocations.add(new CategoryAmount(CREDIT, credit));
        }
        return allocations;
    }

    static List<CategoryAmount> checked(List<CategoryAmount> split, Money francs) {
        BigDecimal sum = split.stream().map(CategoryAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(francs.amount()) != 0 || split.stream().anyMatch(a -> a.amount().signum() < 0)) {
            throw new RuleViolation("paidAmount", "payment.splitDoesNotAddUp", francs.amount().toPlainString());
        }
        return split;
    }
}
