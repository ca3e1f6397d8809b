package org.ccmplatform.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmplatform.registry.Participation;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ISU's money: budgets, the indicative schedule, invoices and payments. Only the ISU administrator changes any of
 * it. A State Party is assessed for a year when the Convention was in force for it on 1 January of that year (and it
 * had not withdrawn); a State that joins during the year is listed as not assessed until the next year.
 */
@Service
@Transactional(readOnly = true)
public class Treasury {

    private final IsuBudgets budgets;
    private final Categories categories;
    private final ScaleRates scale;
    private final Invoices invoices;
    private final Payments payments;
    private final StateRegister states;
    private final Clock clock;

    Treasury(IsuBudgets budgets, Categories categories, ScaleRates scale, Invoices invoices, Payments payments,
            StateRegister states, Clock clock) {
        this.budgets = budgets;
        this.categories = categories;
        this.scale = scale;
        this.invoices = invoices;
        this.payments = payments;
        this.states = states;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<IsuBudget> budgets() {
        return budgets.all();
    }

    public IsuBudget budgetOf(int year) {
        return budgets.findByBudgetYear(year).orElseThrow(() -> new RuleViolation("year", "budget.none",
                String.valueOf(year)));
    }

    @Transactional
    public IsuBudget adoptBudget(int year, Money amount, LocalDate adoptedOn, Long meetingId, String source,
            CurrentUser user) {
        checkIsu(user);
        return adoptBudgetOnBehalf(year, amount, adoptedOn, meetingId, source);
    }

    @Transactional
    public IsuBudget adoptBudgetOnBehalf(int year, Money amount, LocalDate adoptedOn, Long meetingId, String source) {
        if (budgets.findByBudgetYear(year).isPresent()) {
            throw new RuleViolation("year", "budget.duplicate", String.valueOf(year));
        }
        IsuBudget budget = budgets.save(new IsuBudget(year, amount, adoptedOn, meetingId, source));
        invoices.startCounter(year);
        return budget;
    }

    /** The States Parties assessed for a year: the Convention in force for them on 1 January, not withdrawn. */
    public List<Participation> assessedIn(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return states.participationsIn(states.ccm()).stream()
                .filter(p -> p.entryIntoForce() != null && !p.entryIntoForce().isAfter(first))
                .filter(p -> p.withdrawalEffective() == null || p.withdrawalEffective().isAfter(first))
                .toList();
    }

    /** States Parties on a day: the Convention in force for them then. */
    public long partiesOn(LocalDate day) {
        return states.participationsIn(states.ccm()).stream().filter(p -> p.isInForceOn(day)).count();
    }

    public Schedule scheduleOf(int year) {
        IsuBudget budget = budgetOf(year);
        List<ContributionCategory> inForce = categories.inForce(year);
        if (inForce.isEmpty()) {
            throw new RuleViolation("year", "category.none", String.valueOf(year));
        }
        List<ScaleRate> rates = scale.inForce(year);
        if (rates.isEmpty()) {
            throw new RuleViolation("year", "scale.none", String.valueOf(year));
        }
        Map<Long, ScaleRate> rateOf = rates.stream().collect(Collectors.toMap(r -> r.state().id(),
                Function.identity()));
        List<State> assessed = assessedIn(year).stream().map(Participation::state).toList();
        LocalDate last = LocalDate.of(year, 12, 31);
        Set<Long> assessedIds = assessed.stream().map(State::id).collect(Collectors.toSet());
        List<State> joined = states.participationsIn(states.ccm()).stream()
                .filter(p -> p.entryIntoForce() != null && p.isInForceOn(last) && !assessedIds.contains(p.state().id())
                        && p.entryIntoForce().getYear() == year)
                .map(Participation::state).sorted(Comparator.comparing(State::iso3)).toList();
        Map<String, BigDecimal> byIso3 = new LinkedHashMap<>();
        Map<String, State> stateOf = new HashMap<>();
        List<State> withoutRate = new ArrayList<>();
        for (State state : assessed) {
            ScaleRate rate = rateOf.get(state.id());
            if (rate == null || rate.rate().signum() == 0) {
                withoutRate.add(state);
            } else {
                byIso3.put(state.iso3(), rate.rate());
                stateOf.put(state.iso3(), state);
            }
        }
        if (byIso3.isEmpty()) {
            throw new RuleViolation("year", "scale.none", String.valueOf(year));
        }
        List<ContributionSchedule.Line> computed;
        try {
            computed = ContributionSchedule.compute(budget.amount().amount(),
                    inForce.stream().map(ContributionCategory::forSchedule).toList(), byIso3);
        } catch (IllegalStateException limits) {
            throw new RuleViolation("year", "category.limitsImpossible", String.valueOf(year));
        }
        List<Schedule.Line> lines = computed.stream().map(l -> new Schedule.Line(stateOf.get(l.iso3()), l.rate(),
                inForce.stream().map(c -> new CategoryAmount(c.code(), l.amounts().get(c.code()))).toList()))
                .sorted(Comparator.comparing((Schedule.Line l) -> l.state().iso3())).toList();
        boolean illustrative = rates.stream().anyMatch(ScaleRate::isIllustrative);
        String source = rates.stream().map(ScaleRate::source).distinct().sorted().collect(Collectors.joining("; "));
        withoutRate.sort(Comparator.comparing(State::iso3));
        return new Schedule(year, budget, inForce, lines, joined, withoutRate, illustrative, source);
    }

    /** Whether a year's schedule (and so its invoices) rests on a scale flagged illustrative. */
    public boolean scaleIsIllustrative(int year) {
        return scale.illustrativeIn(year);
    }

    public List<Invoice> invoicesOf(int year) {
        return invoices.ofYear(year);
    }

    public Invoice invoice(long id) {
        return invoices.findById(id).orElseThrow(() -> new NotFoundException("Invoice", id));
    }

    /** Issues the year's invoices not issued yet, one per assessed State with something to pay, numbered in turn. */
    @Transactional
    public List<Invoice> issueInvoices(int year, CurrentUser user) {
        checkIsu(user);
        return issueInvoicesOnBehalf(year, today());
    }

    @Transactional
    public List<Invoice> issueInvoicesOnBehalf(int year, LocalDate issuedOn) {
        Schedule schedule = scheduleOf(year);
        if (invoices.lockCounter(year) == 0) {
            throw new RuleViolation("year", "budget.none", String.valueOf(year));
        }
        List<Invoice> issued = new ArrayList<>();
        for (Schedule.Line line : schedule.lines()) {
            if (line.total().isPositive() && !invoices.existsByStateIdAndBudgetYearAndStatus(line.state().id(), year,
                    InvoiceStatus.ISSUED)) {
                issued.add(invoices.save(new Invoice(nextNumber(year), year, line.state(), issuedOn,
                        InvoiceLanguage.of(line.state()), line.amounts())));
            }
        }
        return issued;
    }

    @Transactional
    public Invoice cancelInvoice(long id, long version, String reason, CurrentUser user) {
        checkIsu(user);
        Invoice invoice = invoice(id);
        org.ccmplatform.shared.StaleEditException.check(version, invoice.version());
        if (payments.paidOn(id).signum() > 0) {
            throw new RuleViolation("reason", "invoice.paid", invoice.number());
        }
        invoice.cancel(today(), reason);
        return invoice;
    }

    /**
     * "ISU-2016-007". The year's counter row is created with its budget; the update locks it until the transaction
     * ends, so that concurrent issuers wait for each other and no number is skipped or used twice.
     */
    String nextNumber(int year) {
        if (invoices.advanceCounter(year) == 0) {
            throw new RuleViolation("year", "budget.none", String.valueOf(year));
        }
        return String.format(Locale.ROOT, "ISU-%d-%03d", year, invoices.counter(year));
    }

    /** What a payment is: against an invoice, or voluntary from a State for a year (earmarked or not). */
    public record PaymentEntry(Long invoiceId, String stateIso3, Integer year, LocalDate receivedOn,
            BigDecimal paidAmount, String paidCurrency, BigDecimal rateToChf, String bankReference, String earmark) {}

    @Transactional
    public Payment recordPayment(PaymentEntry entry, CurrentUser user) {
        checkIsu(user);
        return recordPaymentOnBehalf(entry, null, user.getUsername());
    }

    /**
     * Records a payment: refused when its bank reference was recorded before, when its invoice is cancelled, or
     * when an amount in another currency comes without its rate. Against an invoice it is split over the invoice's
     * categories in proportion to the invoice's lines (or as given); what exceeds the outstanding balance is credit.
     */
    @Transactional
    public Payment recordPaymentOnBehalf(PaymentEntry entry, List<CategoryAmount> split, String by) {
        if (entry.bankReference() == null || entry.bankReference().isBlank()) {
            throw new RuleViolation("bankReference", "validation.required");
        }
        String reference = entry.bankReference().strip();
        if (payments.existsByBankReference(reference)) {
            throw new RuleViolation("bankReference", "payment.duplicateReference", reference);
        }
        if (entry.receivedOn() == null) {
            throw new RuleViolation("receivedOn", "validation.required");
        }
        if (entry.receivedOn().isAfter(today())) {
            throw new RuleViolation("receivedOn", "payment.inFuture");
        }
        Money paid = Money.of(entry.paidAmount(), entry.paidCurrency(), "paidAmount");
        if (!paid.isPositive()) {
            throw new RuleViolation("paidAmount", "payment.notPositive");
        }
        BigDecimal rate = IsuBudget.CURRENCY.equals(paid.currency()) ? null : entry.rateToChf();
        if (!IsuBudget.CURRENCY.equals(paid.currency()) && (rate == null || rate.signum() <= 0)) {
            throw new RuleViolation("rateToChf", "payment.rateRequired", paid.currency());
        }
        Money francs = rate == null ? paid : new Money(paid.amount().multiply(rate).setScale(2,
                RoundingMode.HALF_UP), IsuBudget.CURRENCY);
        if (entry.invoiceId() != null) {
            Invoice invoice = invoice(entry.invoiceId());
            if (invoice.status() == InvoiceStatus.CANCELLED) {
                throw new RuleViolation("invoiceId", "payment.invoiceCancelled", invoice.number());
            }
            BigDecimal outstanding = invoice.total().amount().subtract(payments.paidOn(invoice.id()))
                    .max(BigDecimal.ZERO);
            List<CategoryAmount> allocations = split != null ? PaymentSplit.checked(split, francs)
                    : PaymentSplit.proportional(invoice, francs.amount(), outstanding);
            return payments.save(new Payment(invoice.state(), invoice, invoice.year(), entry.receivedOn(), francs,
                    paid, rate, reference, false, blankToNull(entry.earmark()), allocations, by));
        }
        if (entry.stateIso3() == null || entry.stateIso3().isBlank() || entry.year() == null) {
            throw new RuleViolation("invoiceId", "payment.targetRequired");
        }
        State state = states.find(entry.stateIso3().strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new RuleViolation("stateIso3", "state.unknown", entry.stateIso3()));
        List<CategoryAmount> allocations = split != null ? PaymentSplit.checked(split, francs)
                : List.of(new CategoryAmount(PaymentSplit.VOLUNTARY, francs.amount()));
        return payments.save(new Payment(state, null, entry.year(), entry.receivedOn(), francs, paid, rate, reference,
                true, blankToNull(entry.earmark()), allocations, by));
    }

    /** The year's picture from the invoices and payments recorded. */
    public YearSummary summary(int year) {
        IsuBudget budget = budgetOf(year);
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate asOf = end.isAfter(today()) ? today() : end;
        return YearSummary.of(budget, invoices.ofYear(year), payments.ofYear(year), partiesOn(asOf));
    }

    public List<Payment> paymentsOf(int year) {
        return payments.ofYear(year);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static void checkIsu(CurrentUser user) {
        if (user == null || !user.isIsuAdmin()) {
            throw new AccessDeniedException("Only the ISU administrator acts on the ISU's money");
        }
    }
}
