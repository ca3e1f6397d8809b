package org.ccmplatform.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmplatform.registry.Participation;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.OneTimeLoads;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data of ISU finance for 2016, so that the year's summary reproduces the Coordination Committee's figures of
 * 4 November 2016 from recorded payments: 24 of the 100 States Parties contributed, CHF 96,433 towards 7a, 110,922
 * towards 7b and 170,481 towards 7c, the two latest contributions together CHF 43,650, and a deficit of just over
 * CHF 100,000. The categories' shares, the scale of assessment and the budget are illustrative (the sources give
 * none of them) and say so; Italy, whose contribution the minutes say was being processed, has not paid.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "ccm.demo-data.enabled", havingValue = "true")
class DemoFinance implements ApplicationRunner {

    static final String LOAD = "demo/finance-2016";
    static final int YEAR = 2016;
    static final String ILLUSTRATIVE_SCALE = "Demo: approximate rates of the larger contributors, 0.010 for the others";
    static final String DEMO = "Demo (illustrative figure for the demonstration)";
    static final Map<String, BigDecimal> RECEIVED = Map.of("7a", new BigDecimal("96433.00"), "7b",
            new BigDecimal("110922.00"), "7c", new BigDecimal("170481.00"));
    static final BigDecimal LATEST_TWO = new BigDecimal("43650.00");

    /** Illustrative rates (per cent) of the larger contributors; every other State Party gets {@link #SMALL}. */
    private static final Map<String, String> RATES = Map.ofEntries(Map.entry("JPN", "9.680"),
            Map.entry("DEU", "6.389"), Map.entry("FRA", "4.859"), Map.entry("GBR", "4.463"), Map.entry("ITA", "3.748"),
            Map.entry("CAN", "2.921"), Map.entry("ESP", "2.443"), Map.entry("AUS", "2.337"), Map.entry("NLD", "1.482"),
            Map.entry("MEX", "1.435"), Map.entry("CHE", "1.140"), Map.entry("SWE", "0.956"), Map.entry("BEL", "0.885"),
            Map.entry("NOR", "0.849"), Map.entry("AUT", "0.720"), Map.entry("DNK", "0.584"), Map.entry("CHL", "0.399"),
            Map.entry("NZL", "0.268"), Map.entry("IRL", "0.335"), Map.entry("PRT", "0.392"), Map.entry("CZE", "0.344"),
            Map.entry("HUN", "0.161"), Map.entry("LUX", "0.064"), Map.entry("SVN", "0.084"), Map.entry("COL", "0.322"),
            Map.entry("ECU", "0.067"), Map.entry("PER", "0.136"), Map.entry("ZAF", "0.364"), Map.entry("HRV", "0.099"),
            Map.entry("BGR", "0.045"), Map.entry("LTU", "0.072"), Map.entry("SVK", "0.160"), Map.entry("IRQ", "0.129"));
    private static final String SMALL = "0.010";

    private final OneTimeLoads loads;
    private final Treasury treasury;
    private final Categories categories;
    private final ScaleRates scale;
    private final ReserveMovements reserve;
    private final org.ccmplatform.registry.StateRegister states;

    DemoFinance(OneTimeLoads loads, Treasury treasury, Categories categories, ScaleRates scale,
            ReserveMovements reserve, org.ccmplatform.registry.StateRegister states) {
        this.loads = loads;
        this.treasury = treasury;
        this.categories = categories;
        this.scale = scale;
        this.reserve = reserve;
        this.states = states;
    }

    @Override
    public void run(ApplicationArguments args) {
        loads.loadOnce(LOAD, "1", this::load);
    }

    private void load() {
        String procedures = "Financial procedures of the ISU (categories named in the Coordination Committee minutes "
                + "of 4 November 2016); shares illustrative";
        categories.save(new ContributionCategory("7a", "Category 7(a)", new BigDecimal("25"), null, null, YEAR, null,
                procedures));
        categories.save(new ContributionCategory("7b", "Category 7(b)", new BigDecimal("30"), null, null, YEAR, null,
                procedures));
        categories.save(new ContributionCategory("7c", "Category 7(c)", new BigDecimal("45"), null, null, YEAR, null,
                procedures));
        List<ScaleRate> rates = new ArrayList<>();
        for (Participation p : treasury.assessedIn(YEAR + 2)) {
            rates.add(new ScaleRate(p.state(), new BigDecimal(RATES.getOrDefault(p.state().iso3(), SMALL)), YEAR,
                    YEAR + 2, ILLUSTRATIVE_SCALE, true));
        }
        scale.saveAll(rates);
        BigDecimal received = RECEIVED.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        treasury.adoptBudgetOnBehalf(YEAR, new Money(received.add(new BigDecimal("100164.00")), "CHF"),
                LocalDate.of(2015, 9, 11), null, DEMO + ": chosen so that the deficit is just over CHF 100,000");
        List<Invoice> invoices = new ArrayList<>(treasury.issueInvoicesOnBehalf(YEAR, LocalDate.of(2016, 1, 15)));
        invoices.sort(Comparator.comparing((Invoice i) -> i.total().amount()).reversed()
                .thenComparing(i -> i.state().iso3()));
        List<Invoice> payers = invoices.stream().filter(i -> !i.state().iso3().equals("ITA")).limit(24).toList();
        List<Invoice> latest = payers.subList(0, 2);
        List<Invoice> earlier = payers.subList(2, payers.size());
        Map<String, BigDecimal> latestSplit = Map.of("7a", new BigDecimal("5000.00"), "7b", new BigDecimal("6000.00"),
                "7c", new BigDecimal("10825.00"));
        Map<Invoice, List<CategoryAmount>> splits = new LinkedHashMap<>();
        for (Invoice invoice : earlier) {
            splits.put(invoice, new ArrayList<>());
        }
        for (String category : List.of("7a", "7b", "7c")) {
            BigDecimal rest = RECEIVED.get(category).subtract(latestSplit.get(category).multiply(BigDecimal.valueOf(2)));
            BigDecimal lines = earlier.stream().map(i -> line(i, category)).reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, BigDecimal> exact = new LinkedHashMap<>();
            earlier.forEach(i -> exact.put(i.number(), rest.multiply(line(i, category)).divide(lines,
                    MathContext.DECIMAL128)));
            Map<String, BigDecimal> rounded = ContributionSchedule.roundToCentimes(rest, exact);
            earlier.forEach(i -> splits.get(i).add(new CategoryAmount(category, rounded.get(i.number()))));
        }
        LocalDate day = LocalDate.of(2016, 2, 1);
        for (Invoice invoice : earlier) {
            pay(invoice, day, splits.get(invoice));
            day = day.plusDays(9);
        }
        LocalDate[] lastDays = {LocalDate.of(2016, 10, 18), LocalDate.of(2016, 10, 27)};
        for (int i = 0; i < 2; i++) {
            pay(latest.get(i), lastDays[i], List.of(new CategoryAmount("7a", latestSplit.get("7a")),
                    new CategoryAmount("7b", latestSplit.get("7b")), new CategoryAmount("7c", latestSplit.get("7c"))));
        }
        reserve.save(new ReserveMovement(LocalDate.of(2016, 3, 1), ReserveMovement.Kind.CONTRIBUTION,
                new Money(new BigDecimal("150000.00"), "CHF"), states.get("NOR"), null, "demo"));
        reserve.save(new ReserveMovement(LocalDate.of(2016, 5, 10), ReserveMovement.Kind.CONTRIBUTION,
                new Money(new BigDecimal("100000.00"), "CHF"), states.get("CHE"), null, "demo"));
        reserve.save(new ReserveMovement(LocalDate.of(2016, 12, 15), ReserveMovement.Kind.DRAW,
                new Money(new BigDecimal("50000.00"), "CHF"), null,
                "Demo: December salaries while 2016 contributions were still outstanding", "demo"));
    }

    private void pay(Invoice invoice, LocalDate on, List<CategoryAmount> split) {
        BigDecimal amount = split.stream().map(CategoryAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        treasury.recordPaymentOnBehalf(new Treasury.PaymentEntry(invoice.id(), null, null, on, amount, "CHF", null,
                "DEMO-" + invoice.number(), null), split, "demo");
    }

    private static BigDecimal line(Invoice invoice, String category) {
        return invoice.lines().stream().filter(l -> l.category().equals(category)).map(CategoryAmount::amount)
                .findFirst().orElse(BigDecimal.ZERO);
    }
}
