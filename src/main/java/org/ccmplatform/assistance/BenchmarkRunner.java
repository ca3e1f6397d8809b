package org.ccmplatform.assistance;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.ccmplatform.shared.OneTimeLoads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The assistance benchmark, on only when {@code ccm.bench.synthetic=true} (bench/assistance-times.sh sets it, against
 * a data directory of its own): loads the synthetic set once into that database ({@code ccm.bench.scale} times the
 * full 200 States, 5,000 needs, 500 offers and 50,000 pledges), then times in the process, after a warm-up, ranking
 * one need's donors (Matchmaker.donorsFor, over twenty needs in turn) and the funding gaps of everything
 * (FundingGaps.report with no filter, as the ISU sees it), and logs the median and 95th percentile of each.
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "ccm.bench.synthetic", havingValue = "true")
class BenchmarkRunner implements ApplicationRunner {

    static final String LOAD = "bench/synthetic-assistance";
    static final String DONE = "Assistance benchmark done";
    private static final Logger log = LoggerFactory.getLogger(BenchmarkRunner.class);
    private static final int NEEDS_TIMED = 20;

    private final OneTimeLoads loads;
    private final BenchmarkData data;
    private final JdbcTemplate jdbc;
    private final Needs needs;
    private final Matchmaker matchmaker;
    private final FundingGaps gaps;
    private final double scale;
    private final int runs;

    BenchmarkRunner(OneTimeLoads loads, JdbcTemplate jdbc, Clock clock, Needs needs, Matchmaker matchmaker,
            FundingGaps gaps, @Value("${ccm.bench.scale:1}") double scale, @Value("${ccm.bench.runs:100}") int runs) {
        this.loads = loads;
        this.data = new BenchmarkData(jdbc, clock);
        this.jdbc = jdbc;
        this.needs = needs;
        this.matchmaker = matchmaker;
        this.gaps = gaps;
        this.scale = scale;
        this.runs = runs;
    }

    @Override
    public void run(ApplicationArguments args) {
        BenchmarkPlan plan = BenchmarkPlan.at(scale);
        if (loads.hasLoaded(LOAD)) {
            log.info("Synthetic assistance set already in this database; a new scale needs a new data directory");
        } else {
            long start = System.nanoTime();
            loads.loadOnce(LOAD, plan.toString(), () -> log.info("Synthetic assistance set written: {}",
                    data.generate(plan)));
            log.info("Synthetic assistance set ({}) loaded in {} ms", plan, (System.nanoTime() - start) / 1_000_000);
        }
        log.info("Database holds {} States, {} needs, {} offers, {} pledges",
                count("state"), count("need"), count("donor_offer"), count("pledge"));
        timeServices();
        log.info(DONE);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private void timeServices() {
        List<Long> open = jdbc.queryForList("select id from need where posted_by = ? and status = ? order by id",
                Long.class, BenchmarkData.MARK, NeedStatus.OPEN.name());
        if (open.isEmpty()) {
            return;
        }
        List<Need> sample = new ArrayList<>();
        for (int i = 0; i < NEEDS_TIMED; i++) {
            needs.findById(open.get(i * open.size() / NEEDS_TIMED)).ifPresent(sample::add);
        }
        int[] next = {0};
        int[] matches = {0};
        Supplier<Object> rank = () -> {
            List<Match> found = matchmaker.donorsFor(sample.get(next[0]++ % sample.size()));
            matches[0] += found.size();
            return found;
        };
        GapQuery everything = new GapQuery(null, null, null, null, null);
        Supplier<Object> report = () -> gaps.report(everything, Reader.isu());
        time("Matchmaker.donorsFor", rank, runs);
        log.info("Matchmaker.donorsFor found {} matches per need on average", matches[0] / Math.max(1, next[0]));
        time("FundingGaps.report", report, runs);
        GapReport one = gaps.report(everything, Reader.isu());
        log.info("FundingGaps.report: {} needs, {} States, {} years; total gap {}", one.needs().size(),
                one.states().size(), one.years().size(), one.total().gap());
    }

    /**
     * Runs a call as often as measured to warm up, then measures it; logs the median, 95th percentile and maximum of
     * the elapsed time, and the median of the CPU time of this thread (what the call costs on an idle core, whatever
     * else the machine is doing).
     */
    private void time(String what, Supplier<Object> call, int count) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < count; i++) {
            call.get();
        }
        double[] ms = new double[count];
        double[] cpu = new double[count];
        for (int i = 0; i < count; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        log.info(String.format(Locale.ROOT,
                "Benchmark %s: median %.1f ms, p95 %.1f ms, max %.1f ms over %d calls (CPU median %.1f ms)", what,
                ms[(count - 1) / 2], ms[Math.max(0, (int) Math.ceil(count * 0.95) - 1)], ms[count - 1], count,
                cpu[(count - 1) / 2]));
    }
}
