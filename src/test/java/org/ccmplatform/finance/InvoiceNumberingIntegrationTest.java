package org.ccmplatform.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoice numbers without gaps and without duplicates when several transactions take them at once: threads, each in
 * its own transaction, take numbers of the same year (2091) or issue the same year's invoices (2092), and the numbers
 * used are then 1..n, each once. These need commits, so the test removes its rows afterwards (the budgets would
 * otherwise become the finance pages' latest year).
 */
@IntegrationTest
class InvoiceNumberingIntegrationTest {

    static final int NUMBERS = 2091;
    static final int ISSUED = 2092;
    static final int THREADS = 6;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlatformTransactionManager transactions;

    FinanceFixture fixture;
    TransactionTemplate inTransaction;

    @BeforeEach
    void fixture() {
        fixture = FinanceFixture.of(context);
        inTransaction = new TransactionTemplate(transactions);
        removeTheTestsRows();
    }

    @AfterEach
    void removeTheTestsRows() {
        for (int year : List.of(NUMBERS, ISSUED)) {
            fixture.jdbc.update("delete from invoice_line where invoice_id in (select id from invoice "
                    + "where budget_year = ?)", year);
            fixture.jdbc.update("delete from invoice where budget_year = ?", year);
            fixture.jdbc.update("delete from invoice_counter where counter_year = ?", year);
            fixture.jdbc.update("delete from scale_rate where valid_from = ? and source = 'Finance test scale'", year);
            fixture.jdbc.update("delete from isu_budget where budget_year = ?", year);
        }
    }

    @Test
    void numbersTakenConcurrentlyHaveNoGapsAndNoDuplicates() throws Exception {
        inTransaction.executeWithoutResult(s -> fixture.invoices.startCounter(NUMBERS));
        int each = 15;
        List<String> taken = Collections.synchronizedList(new ArrayList<>());

        List<Throwable> failures = concurrently(IntStream.range(0, THREADS).<Callable<Void>>mapToObj(t -> () -> {
            for (int i = 0; i < each; i++) {
                taken.add(inTransaction.execute(s -> fixture.treasury.nextNumber(NUMBERS)));
                // a transaction that takes a number and then rolls back leaves no gap
                inTransaction.executeWithoutResult(s -> {
                    fixture.treasury.nextNumber(NUMBERS);
                    s.setRollbackOnly();
                });
            }
            return null;
        }).toList());

        assertThat(failures).isEmpty();
        assertThat(taken).hasSize(THREADS * each).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, THREADS * each)
                        .mapToObj(n -> String.format(Locale.ROOT, "ISU-2091-%03d", n)).toList());
        assertThat(fixture.invoices.counter(NUMBERS)).isEqualTo(THREADS * each);
    }

    @Test
    void invoicesIssuedConcurrentlyAreNumberedWithoutGapsOncePerState() throws Exception {
        List<String> states = List.of("AUT", "BEL", "CHE", "DEU", "FRA", "NOR", "SWE", "NZL");
        inTransaction.executeWithoutResult(s -> {
            fixture.budget(ISSUED, "250000.00");
            fixture.scale(ISSUED, ISSUED, Map.of("AUT", "0.7", "BEL", "0.9", "CHE", "1.1", "DEU", "6.1",
                    "FRA", "4.9", "NOR", "0.8", "SWE", "0.9", "NZL", "0.3"));
        });

        List<Throwable> failures = concurrently(IntStream.range(0, THREADS).<Callable<Void>>mapToObj(t -> () -> {
            inTransaction.execute(s -> fixture.treasury.issueInvoicesOnBehalf(ISSUED, fixture.treasury.today()));
            return null;
        }).toList());
        // whoever lost the race (a State invoiced by another meanwhile) issues nothing; a last run finds nothing left
        List<Invoice> late = inTransaction.execute(s -> fixture.treasury.issueInvoicesOnBehalf(ISSUED,
                fixture.treasury.today()));

        assertThat(failures).as("at least one issuer succeeded").hasSizeLessThan(THREADS);
        List<Invoice> invoices = fixture.treasury.invoicesOf(ISSUED);
        assertThat(invoices).extracting(Invoice::number).containsExactlyElementsOf(IntStream.rangeClosed(1,
                states.size()).mapToObj(n -> String.format(Locale.ROOT, "ISU-2092-%03d", n)).toList());
        assertThat(invoices).extracting(i -> i.state().iso3()).containsExactlyInAnyOrderElementsOf(states);
        assertThat(late).isEmpty();
        assertThat(fixture.invoices.counter(ISSUED)).isEqualTo(states.size());
    }

    /** Runs the tasks at once (released together) and returns what they threw. */
    private static List<Throwable> concurrently(List<Callable<Void>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> running = tasks.stream().map(task -> pool.submit(() -> {
                start.await();
                return task.call();
            })).toList();
            start.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<Void> future : running) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }
}
