package org.ccmplatform.finance;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The finance tests' own data, in budget years nobody else uses (2091 to 2095): a budget, a small scale of a few
 * States Parties and, where a test wants them, categories of its own; and what is stored, counted, to show that a
 * refusal changes nothing.
 */
final class FinanceFixture {

    final Treasury treasury;
    final Categories categories;
    final ScaleRates scale;
    final Invoices invoices;
    final Payments payments;
    final StateRegister states;
    final JdbcTemplate jdbc;
    final EntityManager entities;
    private final UserDetailsService users;

    private FinanceFixture(ApplicationContext context) {
        this.treasury = context.getBean(Treasury.class);
        this.categories = context.getBean(Categories.class);
        this.scale = context.getBean(ScaleRates.class);
        this.invoices = context.getBean(Invoices.class);
        this.payments = context.getBean(Payments.class);
        this.states = context.getBean(StateRegister.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.entities = context.getBean(EntityManager.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    static FinanceFixture of(ApplicationContext context) {
        return new FinanceFixture(context);
    }

    IsuBudget budget(int year, String francs) {
        return treasury.adoptBudgetOnBehalf(year, new Money(new BigDecimal(francs), "CHF"),
                LocalDate.of(year - 1, 11, 30), null, "Finance test budget");
    }

    /** A test scale for the years given: rates (per cent) by ISO3 code. */
    void scale(int from, int to, Map<String, String> rates) {
        List<ScaleRate> rows = new ArrayList<>();
        rates.forEach((iso3, rate) -> rows.add(new ScaleRate(states.get(iso3), new BigDecimal(rate), from, to,
                "Finance test scale", true)));
        scale.saveAll(rows);
    }

    CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    Treasury.PaymentEntry against(Invoice invoice, String amount, String reference) {
        return new Treasury.PaymentEntry(invoice.id(), null, null, treasury.today(), new BigDecimal(amount), "CHF",
                null, reference, null);
    }

    Invoice invoiceOf(int year, String iso3) {
        return treasury.invoicesOf(year).stream().filter(i -> i.state().iso3().equals(iso3)).findFirst()
                .orElseThrow();
    }

    /** Every finance row, counted (after writing out what the session holds), and the invoice counters. */
    String stored() {
        entities.flush();
        return jdbc.queryForList("""
                select (select count(*) from payment) p, (select count(*) from payment_allocation) a,
                       (select count(*) from invoice) i, (select count(*) from invoice_line) l,
                       (select count(*) from isu_budget) b,
                       (select coalesce(sum(last_number), 0) from invoice_counter) n
                """).toString();
    }

    static BigDecimal chf(String amount) {
        return new BigDecimal(amount);
    }
}
