package org.ccmplatform.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.Locale;
import org.ccmplatform.IntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The progress report is computed in a bounded number of queries: the same number on the first day of the Dubrovnik
 * Action Plan as today, with more States Parties (no query per State).
 */
@IntegrationTest
class IndicatorQueriesIntegrationTest {

    @Autowired
    ActionPlanDesk desk;

    @Autowired
    EntityManagerFactory entities;

    @Test
    @DisplayName("The report takes as many queries whatever the number of States Parties, and few of them")
    void theReportTakesABoundedNumberOfQueries() {
        long early = queries(LocalDate.of(2016, 1, 1));
        long late = queries(desk.today());

        assertThat(late).isEqualTo(early).isLessThanOrEqualTo(25);
        assertThat(desk.report(LocalDate.of(2016, 1, 1), Locale.ENGLISH).indicator("STATES_PARTIES").value())
                .isLessThan(desk.report(desk.today(), Locale.ENGLISH).indicator("STATES_PARTIES").value());
    }

    private long queries(LocalDate day) {
        Statistics statistics = entities.unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            desk.report(day, Locale.ENGLISH);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }
}
