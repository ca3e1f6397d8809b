package org.ccmplatform.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccmplatform.finance.FinanceFixture.chf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.Participation;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Treasury on the test's own years (2093 to 2095, rolled back after each test; the concurrent numbering, which
 * needs commits, is in InvoiceNumberingIntegrationTest): who is assessed when, the schedule's refusals, cancelling,
 * payments refused with nothing stored, conversion, allocation over the categories, credit, voluntary money and the
 * year's summary.
 */
@IntegrationTest
@Transactional
class TreasuryIntegrationTest {

    static final int YEAR = 2093;
    static final int NO_SCALE = 2094;
    static final int NO_BUDGET = 2095;

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    FinanceFixture fixture;
    Treasury treasury;
    CurrentUser isu;

    @BeforeEach
    void fixture() {
        fixture = FinanceFixture.of(context);
        treasury = fixture.treasury;
        isu = fixture.user("isu");
    }

    /** A budget of CHF 100,000 for 2093 and three States with a rate: Austria 2, Switzerland 1, Norway 1. */
    private List<Invoice> issued() {
        fixture.budget(YEAR, "100000.00");
        fixture.scale(YEAR, YEAR, Map.of("AUT", "2", "CHE", "1", "NOR", "1"));
        return treasury.issueInvoicesOnBehalf(YEAR, treasury.today());
    }

    // ---- who is assessed ----

    @Test
    void aStateForWhichTheConventionEntersIntoForceDuringTheYearIsAssessedFromTheNext() {
        for (String iso3 : List.of("SSD", "VUT", "LKA")) {
            Participation joined = participation(iso3);
            LocalDate inForce = joined.entryIntoForce();
            assertThat(MonthDay.from(inForce)).as(iso3).isNotEqualTo(MonthDay.of(1, 1));
            int year = inForce.getYear();

            assertThat(assessed(year)).as("%s in %d", iso3, year).doesNotContain(iso3);
            assertThat(assessed(year + 1)).as("%s in %d", iso3, year + 1).contains(iso3);
        }
    }

    @Test
    void aStateThatWithdrawsIsAssessedUntilTheYearItsWithdrawalTakesEffect() {
        Participation lithuania = participation("LTU");
        int year = lithuania.withdrawalEffective().getYear();

        assertThat(assessed(year)).contains("LTU");
        assertThat(assessed(year + 1)).doesNotContain("LTU");
    }

    @Test
    void theScheduleListsAStateThatJoinedDuringTheYearApartAndChargesItTheNextYear() {
        Participation southSudan = participation("SSD");
        int year = southSudan.entryIntoForce().getYear();
        for (int y : List.of(year, year + 1)) {
            if (fixture.treasury.budgets().stream().noneMatch(b -> b.year() == y)) {
                fixture.budget(y, "50000.00");
            }
        }
        if (!fixture.scale.overlaps(year, year + 1)) {
            fixture.scale(year, year + 1, Map.of("SSD", "0.003", "NOR", "0.8", "CHE", "1.1", "AUT", "0.7"));
        }

        Schedule joining = treasury.scheduleOf(year);
        Schedule next = treasury.scheduleOf(year + 1);

        assertThat(joining.joinedDuringTheYear()).extracting(State::iso3).contains("SSD");
        assertThat(joining.lines()).extracting(l -> l.state().iso3()).doesNotContain("SSD");
        assertThat(joining.withoutRate()).extracting(State::iso3).doesNotContain("SSD");
        assertThat(next.joinedDuringTheYear()).extracting(State::iso3).doesNotContain("SSD");
        assertThat(next.lines().stream().map(l -> l.state().iso3()).toList()
                + " " + next.withoutRate().stream().map(State::iso3).toList()).contains("SSD");
    }

    // ---- the schedule and its refusals ----

    @Test
    void theScheduleSharesEveryCategoryInForceOverTheStatesWithARateExactlyToTheCentime() {
        fixture.budget(YEAR, "100000.01");
        fixture.scale(YEAR, YEAR, Map.of("AUT", "0.7", "CHE", "1.1", "NOR", "0.8", "DEU", "6.1"));
        fixture.categories.save(new ContributionCategory("T93", "Finance test category", new BigDecimal("12.5"),
                new BigDecimal("50"), null, YEAR, YEAR, "Finance test"));

        Schedule schedule = treasury.scheduleOf(YEAR);

        assertThat(schedule.categories()).extracting(ContributionCategory::code).contains("7a", "7b", "7c", "T93");
        assertThat(schedule.lines()).extracting(l -> l.state().iso3()).containsExactly("AUT", "CHE", "DEU", "NOR");
        assertThat(schedule.illustrative()).isTrue();
        assertThat(schedule.scaleSource()).isEqualTo("Finance test scale");
        assertThat(schedule.withoutRate()).extracting(State::iso3).contains("ITA", "LBN").doesNotContain("NOR");
        for (ContributionCategory category : schedule.categories()) {
            BigDecimal total = ContributionSchedule.categoryTotal(chf("100000.01"), category.budgetShare());
            assertThat(schedule.lines().stream().map(l -> l.amountOf(category.code()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).as(category.code()).isEqualTo(total);
        }
        // Germany's 6.1 of 8.7 is capped at half of the test category (12,500.00): the others share the rest
        assertThat(line(schedule, "DEU").amountOf("T93")).isEqualTo(chf("6250.00"));
        assertThat(line(schedule, "CHE").amountOf("T93")).isEqualTo(chf("2644.23"));
        assertThat(fixture.categories.inForce(NO_SCALE)).extracting(ContributionCategory::code)
                .doesNotContain("T93");
    }

    @Test
    void aYearWithoutAScaleInForceIsRefusedWithAClearMessage() {
        fixture.budget(NO_SCALE, "80000.00");
        String before = fixture.stored();

        assertThatThrownBy(() -> treasury.scheduleOf(NO_SCALE)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.messageCode()).isEqualTo("scale.none");
            assertThat(e.field()).isEqualTo("year");
            assertThat(messages.getMessage(e.messageCode(), e.arguments(), Locale.ENGLISH)).isEqualTo(
                    "No UN scale of assessment is in force for 2094: import the scale before computing the schedule.");
        });
        assertThatThrownBy(() -> treasury.issueInvoicesOnBehalf(NO_SCALE, treasury.today()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageCode()).isEqualTo("scale.none"));
        assertThat(fixture.stored()).isEqualTo(before);
        assertThat(fixture.invoices.counter(NO_SCALE)).isZero();
    }

    @Test
    void aScaleWithoutAnyStatePartyAssessedIsNoScale() {
        fixture.budget(NO_SCALE, "80000.00");
        // a rate for Lithuania alone, which is no longer a State Party in 2094
        fixture.scale(NO_SCALE, NO_SCALE, Map.of("LTU", "0.07"));

        assertThatThrownBy(() -> treasury.scheduleOf(NO_SCALE)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageCode()).isEqualTo("scale.none"));
    }

    @Test
    void aYearWithoutABudgetIsRefused() {
        String before = fixture.stored();

        for (Runnable attempt : List.<Runnable>of(() -> treasury.budgetOf(NO_BUDGET),
                () -> treasury.scheduleOf(NO_BUDGET), () -> treasury.summary(NO_BUDGET),
                () -> treasury.issueInvoicesOnBehalf(NO_BUDGET, treasury.today()),
                () -> treasury.nextNumber(NO_BUDGET))) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(RuleViolation.class, e -> {
                assertThat(e.messageCode()).isEqualTo("budget.none");
                assertThat(messages.getMessage(e.messageCode(), e.arguments(), Locale.ENGLISH))
                        .isEqualTo("No budget is recorded for 2095.");
            });
        }
        assertThat(fixture.stored()).isEqualTo(before);
    }

    @Test
    void aSecondBudgetForAYearIsRefused() {
        fixture.budget(YEAR, "100000.00");

        assertThatThrownBy(() -> fixture.budget(YEAR, "90000.00")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageCode()).isEqualTo("budget.duplicate"));
        assertThat(treasury.budgetOf(YEAR).amount().amount()).isEqualByComparingTo("100000.00");
    }

    @Test
    void onlyTheIsuAdministratorActsOnMoney() {
        List<Invoice> invoices = issued();
        for (String username : List.of("president", "coordinator", "norway", "observer")) {
            CurrentUser other = fixture.user(username);
            assertThatThrownBy(() -> treasury.adoptBudget(NO_SCALE, new org.ccmplatform.shared.Money(chf("1.00"),
                    "CHF"), LocalDate.of(2093, 1, 1), null, "No", other)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> treasury.issueInvoices(YEAR, other)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> treasury.cancelInvoice(invoices.get(0).id(), invoices.get(0).version(), "No",
                    other)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> treasury.recordPayment(fixture.against(invoices.get(0), "1.00", "NO-" + username),
                    other)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> treasury.issueInvoices(YEAR, null)).isInstanceOf(AccessDeniedException.class);
    }

    // ---- invoices ----

    @Test
    void invoicesAreNumberedInTurnOnePerStateWithARate() {
        List<Invoice> invoices = issued();

        assertThat(invoices).extracting(Invoice::number).containsExactly("ISU-2093-001", "ISU-2093-002",
                "ISU-2093-003");
        assertThat(invoices).extracting(i -> i.state().iso3()).containsExactly("AUT", "CHE", "NOR");
        assertThat(fixture.invoiceOf(YEAR, "AUT").total().amount()).isEqualByComparingTo("50000.00");
        assertThat(fixture.invoiceOf(YEAR, "NOR").lines()).containsExactly(new CategoryAmount("7a", chf("6250.00")),
                new CategoryAmount("7b", chf("7500.00")), new CategoryAmount("7c", chf("11250.00")));
        assertThat(treasury.issueInvoicesOnBehalf(YEAR, treasury.today())).as("issued again").isEmpty();
        assertThat(fixture.invoices.counter(YEAR)).isEqualTo(3);
    }

    @Test
    void aCancelledInvoiceKeepsItsNumberAndTakesNoPayment() {
        issued();
        Invoice norway = fixture.invoiceOf(YEAR, "NOR");

        Invoice cancelled = treasury.cancelInvoice(norway.id(), norway.version(), "  Sent to the wrong address ", isu);
        fixture.entities.flush();

        assertThat(cancelled.status()).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Sent to the wrong address");
        assertThat(cancelled.cancelledOn()).isEqualTo(treasury.today());
        assertThat(treasury.invoicesOf(YEAR)).extracting(Invoice::number).containsExactly("ISU-2093-001",
                "ISU-2093-002", "ISU-2093-003");
        assertThat(fixture.invoiceOf(YEAR, "NOR").number()).isEqualTo("ISU-2093-003");
        assertThat(fixture.invoices.counter(YEAR)).isEqualTo(3);
        String before = fixture.stored();

        assertThatThrownBy(() -> treasury.recordPayment(fixture.against(cancelled, "100.00", "FT-2093-CANCELLED"),
                isu)).isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("payment.invoiceCancelled");
                    assertThat(messages.getMessage(e.messageCode(), e.arguments(), Locale.ENGLISH)).isEqualTo(
                            "Invoice ISU-2093-003 is cancelled; a payment cannot be recorded against it.");
                });
        assertThatThrownBy(() -> treasury.cancelInvoice(norway.id(), cancelled.version(), "Again", isu))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageCode()).isEqualTo("invoice.alreadyCancelled"));
        assertThat(fixture.stored()).isEqualTo(before);
        assertThat(treasury.summary(YEAR).contributions()).extracting(c -> c.state().iso3())
                .doesNotContain("NOR");
    }

    @Test
    void aStateWhoseInvoiceWasCancelledGetsACorrectedOneWithTheNextNumber() {
        issued();
        Invoice norway = fixture.invoiceOf(YEAR, "NOR");
        treasury.cancelInvoice(norway.id(), norway.version(), "Wrong amount", isu);
        fixture.entities.flush();

        List<Invoice> reissued = treasury.issueInvoicesOnBehalf(YEAR, treasury.today());

        assertThat(reissued).extracting(i -> i.state().iso3(), Invoice::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NOR", "ISU-2093-004"));
        assertThat(treasury.issueInvoicesOnBehalf(YEAR, treasury.today())).as("issued again").isEmpty();
        assertThat(treasury.invoicesOf(YEAR)).filteredOn(i -> i.state().iso3().equals("NOR"))
                .extracting(Invoice::status).containsExactlyInAnyOrder(InvoiceStatus.CANCELLED, InvoiceStatus.ISSUED);
    }

    @Test
    void anInvoiceWithAPaymentOrWithoutAReasonIsNotCancelled() {
        issued();
        Invoice swiss = fixture.invoiceOf(YEAR, "CHE");
        Invoice austria = fixture.invoiceOf(YEAR, "AUT");
        treasury.recordPayment(fixture.against(swiss, "10.00", "FT-2093-PAID"), isu);

        assertThatThrownBy(() -> treasury.cancelInvoice(swiss.id(), swiss.version(), "Too late", isu))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageCode()).isEqualTo("invoice.paid"));
        assertThatThrownBy(() -> treasury.cancelInvoice(austria.id(), austria.version(), " ", isu))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageCode()).isEqualTo("validation.required"));
        assertThat(fixture.invoiceOf(YEAR, "AUT").status()).isEqualTo(InvoiceStatus.ISSUED);
    }

    // ---- payments refused ----

    @Test
    void aNegativeOrZeroAmountIsRefusedAndNothingIsStored() {
        Invoice austria = issued().get(0);
        String before = fixture.stored();

        for (String amount : List.of("-100.00", "0", "0.00")) {
            assertThatThrownBy(() -> treasury.recordPayment(fixture.against(austria, amount, "FT-2093-NEG"), isu))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> {
                        assertThat(e.messageCode()).isEqualTo("payment.notPositive");
                        assertThat(e.field()).isEqualTo("paidAmount");
                    });
        }
        assertThat(fixture.stored()).isEqualTo(before);
    }

    @Test
    void aBankReferenceRecordedBeforeIsRefusedAndNothingStoredChanges() {
        issued();
        Invoice austria = fixture.invoiceOf(YEAR, "AUT");
        Invoice swiss = fixture.invoiceOf(YEAR, "CHE");
        treasury.recordPayment(fixture.against(austria, "1000.00", "FT-2093-0001"), isu);
        long paymentsBefore = fixture.payments.ofYear(YEAR).size();
        String before = fixture.stored();

        for (Treasury.PaymentEntry again : List.of(fixture.against(austria, "1000.00", "FT-2093-0001"),
                fixture.against(swiss, "5.00", "  FT-2093-0001 "),
                new Treasury.PaymentEntry(null, "NOR", YEAR, treasury.today(), chf("7.00"), "CHF", null,
                        "FT-2093-0001", null))) {
            assertThatThrownBy(() -> treasury.recordPayment(again, isu)).isInstanceOfSatisfying(RuleViolation.class,
                    e -> {
                        assertThat(e.messageCode()).isEqualTo("payment.duplicateReference");
                        assertThat(e.field()).isEqualTo("bankReference");
                        assertThat(messages.getMessage(e.messageCode(), e.arguments(), Locale.ENGLISH)).isEqualTo(
                                "A payment with the bank reference FT-2093-0001 is already recorded.");
                    });
        }
        assertThat(fixture.stored()).isEqualTo(before);
        assertThat(fixture.payments.ofYear(YEAR)).hasSize((int) paymentsBefore);
        assertThat(fixture.payments.paidOn(austria.id())).isEqualByComparingTo("1000.00");
        assertThat(fixture.payments.paidOn(swiss.id())).isEqualByComparingTo("0");
    }

    @Test
    void otherBadPaymentsAreRefusedAndNothingIsStored() {
        Invoice austria = issued().get(0);
        LocalDate today = treasury.today();
        String before = fixture.stored();
        Map<String, Treasury.PaymentEntry> bad = Map.of(
                "validation.required", new Treasury.PaymentEntry(austria.id(), null, null, today, chf("1.00"), "CHF",
                        null, " ", null),
                "payment.inFuture", new Treasury.PaymentEntry(austria.id(), null, null, today.plusDays(1),
                        chf("1.00"), "CHF", null, "FT-2093-FUTURE", null),
                "payment.targetRequired", new Treasury.PaymentEntry(null, null, YEAR, today, chf("1.00"), "CHF", null,
                        "FT-2093-NOWHERE", null),
                "state.unknown", new Treasury.PaymentEntry(null, "ZZZ", YEAR, today, chf("1.00"), "CHF", null,
                        "FT-2093-ZZZ", null),
                "payment.rateRequired", new Treasury.PaymentEntry(austria.id(), null, null, today, chf("1000.00"),
                        "EUR", null, "FT-2093-EUR", null));

        bad.forEach((code, entry) -> assertThatThrownBy(() -> treasury.recordPayment(entry, isu)).as(code)
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageCode()).isEqualTo(code)));
        assertThatThrownBy(() -> treasury.recordPayment(new Treasury.PaymentEntry(austria.id(), null, null, today,
                chf("1000.00"), "EUR", chf("-1.1"), "FT-2093-EUR", null), isu))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("rateToChf");
                    assertThat(messages.getMessage(e.messageCode(), e.arguments(), Locale.ENGLISH)).isEqualTo(
                            "An amount in EUR needs the rate used to convert it into Swiss francs.");
                });
        assertThat(fixture.stored()).isEqualTo(before);
    }

    // ---- conversion, allocation, credit, voluntary money and the summary ----

    @Test
    void anAmountInEurosIsConvertedAtTheStatedRateRoundedHalfUpToTheCentime() {
        Invoice austria = issued().get(0);

        Payment euros = treasury.recordPayment(new Treasury.PaymentEntry(austria.id(), null, null, treasury.today(),
                chf("100.00"), "EUR", new BigDecimal("1.07125"), "FT-2093-EUR-1", null), isu);
        Payment more = treasury.recordPayment(new Treasury.PaymentEntry(austria.id(), null, null, treasury.today(),
                chf("1000.55"), "eur", new BigDecimal("0.9345"), "FT-2093-EUR-2", null), isu);
        Payment francs = treasury.recordPayment(new Treasury.PaymentEntry(austria.id(), null, null, treasury.today(),
                chf("10.00"), "CHF", new BigDecimal("5"), "FT-2093-CHF", null), isu);

        assertThat(euros.amount().amount()).isEqualTo(chf("107.13"));
        assertThat(euros.paid().amount()).isEqualByComparingTo("100.00");
        assertThat(euros.paid().currency()).isEqualTo("EUR");
        assertThat(euros.rateToChf()).isEqualByComparingTo("1.07125");
        assertThat(more.amount().amount()).isEqualTo(chf("935.01"));
        assertThat(francs.amount().amount()).isEqualByComparingTo("10.00");
        assertThat(francs.rateToChf()).as("no rate for francs").isNull();
        assertThat(fixture.payments.paidOn(austria.id())).isEqualByComparingTo("1052.14");
    }

    @Test
    void aPaymentIsSplitOverTheInvoicesCategoriesInProportionAndWhatExceedsTheBalanceIsCredit() {
        issued();
        Invoice swiss = fixture.invoiceOf(YEAR, "CHE");

        Payment first = treasury.recordPayment(fixture.against(swiss, "10000.01", "FT-2093-CHE-1"), isu);
        Payment second = treasury.recordPayment(fixture.against(swiss, "20000.00", "FT-2093-CHE-2"), isu);
        Payment third = treasury.recordPayment(fixture.against(swiss, "50.00", "FT-2093-CHE-3"), isu);

        // 10,000.01 in proportion 25 : 30 : 45, the last centime to the largest remainder (7c's)
        assertThat(first.allocations()).containsExactly(new CategoryAmount("7a", chf("2500.00")),
                new CategoryAmount("7b", chf("3000.00")), new CategoryAmount("7c", chf("4500.01")));
        // 14,999.99 still owed, split the same way; the 5,000.01 beyond it is credit
        assertThat(second.allocations()).containsExactly(new CategoryAmount("7a", chf("3750.00")),
                new CategoryAmount("7b", chf("4500.00")), new CategoryAmount("7c", chf("6749.99")),
                new CategoryAmount(PaymentSplit.CREDIT, chf("5000.01")));
        assertThat(third.allocations()).containsExactly(new CategoryAmount(PaymentSplit.CREDIT, chf("50.00")));
        for (Payment payment : List.of(first, second, third)) {
            assertThat(payment.allocations().stream().map(CategoryAmount::amount).reduce(BigDecimal.ZERO,
                    BigDecimal::add)).isEqualTo(payment.amount().amount());
            assertThat(payment.isVoluntary()).isFalse();
            assertThat(payment.state().iso3()).isEqualTo("CHE");
        }
    }

    @Test
    void theAllocationIsExactToTheCentimeForAwkwardAmounts() {
        Invoice invoice = new Invoice("ISU-2093-999", YEAR, fixture.states.get("NOR"), treasury.today(),
                org.ccmplatform.shared.Language.EN, List.of(new CategoryAmount("7a", chf("333.33")),
                        new CategoryAmount("7b", chf("333.33")), new CategoryAmount("7c", chf("333.34"))));
        for (String amount : List.of("0.01", "0.02", "1.00", "100.00", "999.99", "1000.00", "1000.01", "77777.77")) {
            List<CategoryAmount> split = PaymentSplit.proportional(invoice, chf(amount), invoice.total().amount());

            assertThat(split.stream().map(CategoryAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(amount).isEqualTo(chf(amount));
            assertThat(split).as(amount).allSatisfy(a -> assertThat(a.amount().signum()).isNotNegative());
        }
        assertThat(PaymentSplit.proportional(invoice, chf("1000.00"), chf("0"))).containsExactly(
                new CategoryAmount(PaymentSplit.CREDIT, chf("1000.00")));
    }

    @Test
    void aVoluntaryContributionIsRecordedForAStateAndAYearEarmarkedOrNot() {
        fixture.budget(YEAR, "100000.00");

        Payment earmarked = treasury.recordPayment(new Treasury.PaymentEntry(null, " nor ", YEAR, treasury.today(),
                chf("1500.00"), "CHF", null, "FT-2093-VOL-1", " Capital reserve "), isu);
        Payment plain = treasury.recordPayment(new Treasury.PaymentEntry(null, "CHE", YEAR, treasury.today(),
                chf("200.00"), "USD", new BigDecimal("0.88"), "FT-2093-VOL-2", ""), isu);

        assertThat(earmarked.isVoluntary()).isTrue();
        assertThat(earmarked.state().iso3()).isEqualTo("NOR");
        assertThat(earmarked.invoice()).isNull();
        assertThat(earmarked.year()).isEqualTo(YEAR);
        assertThat(earmarked.earmark()).isEqualTo("Capital reserve");
        assertThat(earmarked.allocations()).containsExactly(new CategoryAmount(PaymentSplit.VOLUNTARY, chf("1500.00")));
        assertThat(plain.earmark()).isNull();
        assertThat(plain.amount().amount()).isEqualTo(chf("176.00"));
        assertThat(plain.allocations()).containsExactly(new CategoryAmount(PaymentSplit.VOLUNTARY, chf("176.00")));
    }

    @Test
    void theYearsSummaryAddsUpWhatWasInvoicedAndReceived() {
        issued();
        Invoice swiss = fixture.invoiceOf(YEAR, "CHE");
        treasury.recordPayment(fixture.against(swiss, "10000.01", "FT-2093-SUM-1"), isu);
        treasury.recordPayment(fixture.against(swiss, "20000.00", "FT-2093-SUM-2"), isu);
        treasury.recordPayment(new Treasury.PaymentEntry(null, "NOR", YEAR, treasury.today(), chf("1500.00"), "CHF",
                null, "FT-2093-SUM-3", "Capital reserve"), isu);

        YearSummary summary = treasury.summary(YEAR);

        assertThat(summary.year()).isEqualTo(YEAR);
        assertThat(summary.statesParties()).isEqualTo(treasury.partiesOn(treasury.today()));
        assertThat(summary.statesContributed()).isEqualTo(2);
        assertThat(summary.byCategory()).containsExactlyInAnyOrderEntriesOf(Map.of("7a", chf("6250.00"),
                "7b", chf("7500.00"), "7c", chf("11250.00"), PaymentSplit.CREDIT, chf("5000.01"),
                PaymentSplit.VOLUNTARY, chf("1500.00")));
        assertThat(summary.budget()).isEqualByComparingTo("100000.00");
        assertThat(summary.received()).isEqualByComparingTo("31500.01");
        assertThat(summary.byCategory().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(summary.received());
        assertThat(summary.deficit()).isEqualByComparingTo("68499.99");
        assertThat(summary.contributions()).extracting(c -> c.state().iso3()).containsExactly("AUT", "CHE", "NOR");
        YearSummary.StateContribution austria = summary.contributions().get(0);
        YearSummary.StateContribution switzerland = summary.contributions().get(1);
        YearSummary.StateContribution norway = summary.contributions().get(2);
        assertThat(austria.invoiced()).isEqualByComparingTo("50000.00");
        assertThat(austria.paid()).isEqualByComparingTo("0");
        assertThat(austria.outstanding()).isEqualByComparingTo("50000.00");
        assertThat(switzerland.paid()).isEqualByComparingTo("30000.01");
        assertThat(switzerland.outstanding()).isEqualByComparingTo("0");
        assertThat(norway.paid()).isEqualByComparingTo("1500.00");
        assertThat(norway.outstanding()).as("voluntary money does not pay the invoice").isEqualByComparingTo("25000.00");
    }

    @Test
    void noDeficitWhenMoreThanTheBudgetCameIn() {
        fixture.budget(YEAR, "1000.00");
        treasury.recordPayment(new Treasury.PaymentEntry(null, "NOR", YEAR, treasury.today(), chf("1200.00"), "CHF",
                null, "FT-2093-RICH", null), isu);

        YearSummary summary = treasury.summary(YEAR);

        assertThat(summary.received()).isEqualByComparingTo("1200.00");
        assertThat(summary.deficit()).isEqualByComparingTo("0");
        assertThat(summary.statesContributed()).isEqualTo(1);
    }

    // ---- helpers ----

    private Participation participation(String iso3) {
        return fixture.states.participation(fixture.states.get(iso3), fixture.states.ccm()).orElseThrow();
    }

    private List<String> assessed(int year) {
        return treasury.assessedIn(year).stream().map(p -> p.state().iso3()).toList();
    }

    private static Schedule.Line line(Schedule schedule, String iso3) {
        return schedule.lines().stream().filter(l -> l.state().iso3().equals(iso3)).findFirst().orElseThrow();
    }
}
