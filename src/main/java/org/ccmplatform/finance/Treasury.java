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
import org.ccmplatform.shared.Language;
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

    static final String CREDIT = "credit";
    static final String VOLUNTARY = "voluntary";

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

    public List<ContributionCategory> categories() {
        return categories.all();
    }

    /** The ISU records a contribution category of the financial procedures, valid from a year (to a year, or on). */
    @Transactional
    public ContributionCategory defineCategory(String code, String name, BigDecimal budgetShare,
            BigDecimal ceilingPercent, BigDecimal floorAmount, Integer validFrom, Integer validTo, String source,
            CurrentUser user) {
        checkIsu(user);
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
                        languageOf(line.state()), line.amounts())));
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

    /** The language of a State's invoice: English where it is an official language, otherwise French, then Spanish. */
    static Language languageOf(State state) {
        Set<String> spoken = java.util.Arrays.stream(Locale.getAvailableLocales())
                .filter(l -> state.iso2() != null && state.iso2().equalsIgnoreCase(l.getCountry()))
                .map(Locale::getLanguage).collect(Collectors.toSet());
        if (spoken.contains("en")) {
            return Language.EN;
        }
        if (spoken.contains("fr")) {
            return Language.FR;
        }
        return spoken.contains("es") ? Language.ES : Language.EN;
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
            List<CategoryAmount> allocations = split != null ? checked(split, francs)
                    : allocate(invoice, francs.amount(), outstanding);
            return payments.save(new Payment(invoice.state(), invoice, invoice.year(), entry.receivedOn(), francs,
                    paid, rate, reference, false, blankToNull(entry.earmark()), allocations, by));
        }
        if (entry.stateIso3() == null || entry.stateIso3().isBlank() || entry.year() == null) {
            throw new RuleViolation("invoiceId", "payment.targetRequired");
        }
        State state = states.find(entry.stateIso3().strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new RuleViolation("stateIso3", "state.unknown", entry.stateIso3()));
        List<CategoryAmount> allocations = split != null ? checked(split, francs)
                : List.of(new CategoryAmount(VOLUNTARY, francs.amount()));
        return payments.save(new Payment(state, null, entry.year(), entry.receivedOn(), francs, paid, rate, reference,
                true, blankToNull(entry.earmark()), allocations, by));
    }

    /** Splits a payment over the invoice's lines in proportion to them, up to what is outstanding; the rest is credit. */
    static List<CategoryAmount> allocate(Invoice invoice, BigDecimal amount, BigDecimal outstanding) {
        BigDecimal towardsInvoice = amount.min(outstanding);
        List<CategoryAmount> allocations = new ArrayList<>();
        BigDecimal total = invoice.total().amount();
        if (towardsInvoice.signum() > 0 && total.signum() > 0) {
            Map<String, BigDecimal> exact = new LinkedHashMap<>();
            for (CategoryAmount line : invoice.lines()) {
                exact.put(line.category(), towardsInvoice.multiply(line.amount())
                        .divide(total, java.math.MathContext.DECIMAL128));
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

    private static List<CategoryAmount> checked(List<CategoryAmount> split, Money francs) {
        BigDecimal sum = split.stream().map(CategoryAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(francs.amount()) != 0 || split.stream().anyMatch(a -> a.amount().signum() < 0)) {
            throw new RuleViolation("paidAmount", "payment.splitDoesNotAddUp", francs.amount().toPlainString());
        }
        return split;
    }

    /** The year's picture from the invoices and payments recorded. */
    public YearSummary summary(int year) {
        IsuBudget budget = budgetOf(year);
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate asOf = end.isAfter(today()) ? today() : end;
        List<Payment> received = payments.ofYear(year);
        Map<Long, State> stateOf = new LinkedHashMap<>();
        Map<Long, BigDecimal> invoiced = new HashMap<>();
        for (Invoice invoice : invoices.ofYear(year)) {
            if (invoice.status() == InvoiceStatus.ISSUED) {
                stateOf.put(invoice.state().id(), invoice.state());
                invoiced.merge(invoice.state().id(), invoice.total().amount(), BigDecimal::add);
            }
        }
        Map<Long, BigDecimal> paid = new HashMap<>();
        Map<Long, Map<String, BigDecimal>> split = new HashMap<>();
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
        List<YearSummary.StateContribution> lines = stateOf.values().stream()
                .sorted(Comparator.comparing(State::iso3))
                .map(s -> new YearSummary.StateContribution(s, invoiced.getOrDefault(s.id(), BigDecimal.ZERO),
                        paid.getOrDefault(s.id(), BigDecimal.ZERO), split.getOrDefault(s.id(), Map.of())))
                .toList();
        return new YearSummary(year, partiesOn(asOf), paid.size(), byCategory, budget.amount().amount(), total,
                budget.amount().amount().subtract(total).max(BigDecimal.ZERO), lines);
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
