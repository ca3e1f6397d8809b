package org.ccmplatform.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ccmplatform.registry.State;

/**
 * A budget year's picture, computed from the recorded payments: States Parties at the end of the year (or today in
 * the current year), how many contributed, what came in per category, the budget and the deficit (budget minus
 * received, never below zero). Credit carried forward and voluntary money are part of what was received.
 */
public record YearSummary(int year, long statesParties, long statesContributed, Map<String, BigDecimal> byCategory,
        BigDecimal budget, BigDecimal received, BigDecimal deficit, List<StateContribution> contributions) {

    /** Adds up a year's invoices (those not cancelled) and payments, per State and per category. */
    static YearSummary of(IsuBudget budget, List<Invoice> invoices, List<Payment> received, long statesParties) {
        Map<Long, State> stateOf = new java.util.LinkedHashMap<>();
        Map<Long, BigDecimal> invoiced = new java.util.HashMap<>();
        for (Invoice invoice : invoices) {
            if (invoice.status() == InvoiceStatus.ISSUED) {
                stateOf.put(invoice.state().id(), invoice.state());
                invoiced.merge(invoice.state().id(), invoice.total().amount(), BigDecimal::add);
            }
        }
        Map<Long, BigDecimal> paid = new java.util.HashMap<>();
        Map<Long, Map<String, BigDecimal>> split = new java.util.HashMap<>();
        Map<String, BigDecimal> byCategory = new java.util.TreeMap<>();
        for (Payment payment : received) {
            stateOf.putIfAbsent(payment.state().id(), payment.state());
            paid.merge(payment.state().id(), payment.amount().amount(), BigDecimal::add);
            for (CategoryAmount part : payment.allocations()) {
                split.computeIfAbsent(payment.state().id(), k -> new java.util.TreeMap<>())
                        .merge(part.category(), part.amount(), BigDecimal::add);
                byCategory.merge(part.category(), part.amount(), BigDecimal::add);
            }
        }
        BigDecimal total = received.stream().map(p -> p.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<StateContribution> lines = stateOf.values().stream()
                .sorted(java.util.Comparator.comparing(State::iso3))
                .map(s -> new StateContribution(s, invoiced.getOrDefault(s.id(), BigDecimal.ZERO),
                        paid.getOrDefault(s.id(), BigDecimal.ZERO), split.getOrDefault(s.id(), Map.of())))
                .toList();
        BigDecimal amount = budget.amount().amount();
        return new YearSummary(budget.year(), statesParties, paid.size(), byCategory, amount, total,
                amount.subtract(total).max(BigDecimal.ZERO), lines);
    }

    /** One State's contribution in the year: what was invoiced, what it paid, towards which categories. */
    public record StateContribution(State state, BigDecimal invoiced, BigDecimal paid,
            Map<String, BigDecimal> byCategory) {

        public BigDecimal outstanding() {
            return invoiced.subtract(paid.subtract(byCategory.getOrDefault(PaymentSplit.CREDIT, BigDecimal.ZERO))
                    .subtract(byCategory.getOrDefault(PaymentSplit.VOLUNTARY, BigDecimal.ZERO))).max(BigDecimal.ZERO);
        }
    }
}
