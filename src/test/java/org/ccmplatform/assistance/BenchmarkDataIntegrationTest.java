package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benchmark's synthetic set, written at a hundredth of its size into the test database: exactly the promised
 * counts, each need serving an obligation of its own State that its theme serves, each pledge to a need for that
 * need's State. The test's transaction is rolled back, so nothing of it stays for the other tests.
 */
@IntegrationTest
@Transactional
class BenchmarkDataIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void theSyntheticSetHoldsExactlyThePlannedCountsOnASmallScale() {
        long states = count("select count(*) from state");
        long needs = count("select count(*) from need");
        long offers = count("select count(*) from donor_offer");
        long pledges = count("select count(*) from pledge");
        BenchmarkPlan plan = BenchmarkPlan.at(0.01);

        BenchmarkData.Written written = new BenchmarkData(jdbc, clock).generate(plan);

        assertThat(written.statesAdded()).isEqualTo(Math.max(0, 200 - states));
        assertThat(count("select count(*) from state")).isEqualTo(Math.max(200, states));
        assertThat(count("select count(*) from need")).isEqualTo(needs + 50);
        assertThat(count("select count(*) from donor_offer")).isEqualTo(offers + 5);
        assertThat(count("select count(*) from pledge")).isEqualTo(pledges + 500);
        assertThat(count("select count(*) from pledge where recorded_by = 'benchmark' and need_id is not null"))
                .isEqualTo(450);
        assertThat(count("""
                select count(*) from need n join obligation o on o.id = n.obligation_id
                 where n.posted_by = 'benchmark' and o.state_id = n.state_id and o.article = n.article
                """)).isEqualTo(50);
        assertThat(jdbc.queryForList("select theme, article from need where posted_by = 'benchmark'"))
                .allMatch(row -> Theme.valueOf((String) row.get("theme"))
                        .serves(org.ccmplatform.obligations.Article.valueOf((String) row.get("article"))));
        assertThat(count("""
                select count(*) from pledge p join need n on n.id = p.need_id
                 where p.recorded_by = 'benchmark' and p.state_id = n.state_id
                """)).isEqualTo(450);
        assertThat(count("select count(distinct state_id) from obligation where article = 'ARTICLE_5'"))
                .isGreaterThanOrEqualTo(200);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
