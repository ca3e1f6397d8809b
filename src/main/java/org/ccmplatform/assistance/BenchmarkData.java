package org.ccmplatform.assistance;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.registry.UnRegion;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The synthetic set the assistance benchmark measures: the register topped up to a number of States, an Article 5
 * obligation for every State that has none (so that each State can have needs), needs spread over all States,
 * donors' offers, pledges (most to a need, some as general support to a State) and monthly exchange rates. Written
 * with JDBC batches in the caller's transaction, from a fixed seed, so that two runs generate the same set. Every row
 * it writes is marked: needs posted and pledges recorded by {@value #MARK}, States named "Synthetic State",
 * obligations and rates whose source says {@value #SOURCE}. Never used outside the benchmark (see BenchmarkRunner).
 */
final class BenchmarkData {

    static final String MARK = "benchmark";
    static final String SOURCE = "Synthetic benchmark data";
    static final List<String> CURRENCIES = List.of("EUR", "CHF", "NOK", "GBP", "SEK");
    private static final BigDecimal[] USD_PER_UNIT = {new BigDecimal("1.08"), new BigDecimal("1.12"),
        new BigDecimal("0.094"), new BigDecimal("1.27"), new BigDecimal("0.095")};
    private static final int BATCH = 1000;
    private static final int RATE_MONTHS = 24;

    /** What was written, for the log and the test. */
    record Written(int statesAdded, int obligationsAdded, int needs, int offers, int pledges, int rates) {}

    private record StateRow(long id, String iso3, UnRegion region) {}

    private record NeedRow(long stateId, int startYear, int endYear, BigDecimal cost, String currency) {}

    private record DonorRef(Long stateId, Long organisationId) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    BenchmarkData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes the set; call it inside a transaction, so that a failure leaves nothing behind. */
    Written generate(BenchmarkPlan plan) {
        Random random = new Random(6);
        LocalDate today = LocalDate.now(clock);
        int statesAdded = topUpStates(plan.states());
        List<StateRow> states = jdbc.query("select id, iso3, region from state order by id",
                (rs, i) -> new StateRow(rs.getLong(1), rs.getString(2), UnRegion.valueOf(rs.getString(3))));
        states = states.subList(0, Math.min(plan.states(), states.size()));
        int obligationsAdded = victimAssistanceForAll(states);
        Map<Long, Map<Article, Long>> obligations = obligationsOf();
        int rates = rates(today);
        List<NeedRow> needs = needs(plan, states, obligations, random, today);
        List<Long> needIds = jdbc.queryForList("select id from need where posted_by = ? order by id", Long.class, MARK);
        needIds = needIds.subList(needIds.size() - needs.size(), needIds.size());
        List<DonorRef> donors = donors(plan.donors(), states);
        offers(plan, donors, states, random);
        pledges(plan, donors, states, needs, needIds, random, today);
        return new Written(statesAdded, obligationsAdded, needs.size(), plan.offers(), plan.pledges(), rates);
    }

    private int topUpStates(int wanted) {
        Set<String> iso2 = new HashSet<>(jdbc.queryForList("select iso2 from state", String.class));
        int missing = wanted - iso2.size();
        List<Object[]> rows = new ArrayList<>();
        // ISO 3166 keeps the codes QM to QZ for users' own purposes: no real State will ever take them.
        for (char c = 'M'; c <= 'Z' && rows.size() < missing; c++) {
            String two = "Q" + c;
            if (!iso2.contains(two)) {
                String name = "Synthetic State " + two;
                String search = name.toLowerCase(Locale.ROOT);
                rows.add(new Object[] {"Q" + c + "X", two, "NON_MEMBER", UnRegion.OCEANIA.name(), name, name, name,
                    search, search, search});
            }
        }
        if (rows.size() < missing) {
            throw new IllegalStateException("cannot add " + missing + " synthetic States");
        }
        jdbc.batchUpdate("""
                insert into state (iso3, iso2, un_membership, region, name_en, name_fr, name_es, search_en, search_fr,
                 search_es, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, rows);
        return rows.size();
    }

    private int victimAssistanceForAll(List<StateRow> states) {
        Set<Long> having = new HashSet<>(jdbc.queryForList("select state_id from obligation where article = ?",
                Long.class, Article.ARTICLE_5.name()));
        List<Object[]> rows = states.stream().filter(s -> !having.contains(s.id()))
                .map(s -> new Object[] {s.id(), Article.ARTICLE_5.name(), "Article 5(1)", SOURCE}).toList();
        jdbc.batchUpdate("insert into obligation (state_id, article, basis, source, version) values (?, ?, ?, ?, 0)",
                rows);
        return rows.size();
    }

    private Map<Long, Map<Article, Long>> obligationsOf() {
        Map<Long, Map<Article, Long>> byState = new HashMap<>();
        jdbc.query("select id, state_id, article from obligation order by id", rs -> {
            byState.computeIfAbsent(rs.getLong(2), id -> new java.util.EnumMap<>(Article.class))
                    .putIfAbsent(Article.valueOf(rs.getString(3)), rs.getLong(1));
        });
        return byState;
    }

    /** A rate on the first day of each of the last 24 months for each currency, where none is kept for that day. */
    private int rates(LocalDate today) {
        List<Object[]> rows = new ArrayList<>();
        LocalDate first = today.withDayOfMonth(1);
        for (int c = 0; c < CURRENCIES.size(); c++) {
            String currency = CURRENCIES.get(c);
            Set<LocalDate> kept = new HashSet<>(jdbc.queryForList(
                    "select rate_date from exchange_rate where currency = ?", LocalDate.class, currency));
            for (int m = 0; m < RATE_MONTHS; m++) {
                LocalDate day = first.minusMonths(m);
                if (!kept.contains(day)) {
                    BigDecimal drift = BigDecimal.ONE.add(BigDecimal.valueOf((m % 5 - 2) / 100.0));
                    rows.add(new Object[] {currency, day, USD_PER_UNIT[c].multiply(drift), SOURCE});
                }
            }
        }
        jdbc.batchUpdate("insert into exchange_rate (currency, rate_date, usd_per_unit, source, version) "
                + "values (?, ?, ?, ?, 0)", rows, new int[] {Types.VARCHAR, Types.DATE, Types.NUMERIC, Types.VARCHAR});
        return rows.size();
    }

    private List<NeedRow> needs(BenchmarkPlan plan, List<StateRow> states, Map<Long, Map<Article, Long>> obligations,
            Random random, LocalDate today) {
        Theme[] themes = Theme.values();
        Priority[] priorities = Priority.values();
        List<NeedRow> needs = new ArrayList<>(plan.needs());
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < plan.needs(); i++) {
            StateRow state = states.get(i % states.size());
            Map<Article, Long> held = obligations.get(state.id());
            Theme theme = themes[random.nextInt(themes.length)];
            Article article = held.keySet().stream().filter(theme::serves).findFirst().orElse(null);
            if (article == null) {
                theme = Theme.VICTIM_ASSISTANCE;
                article = Article.ARTICLE_5;
            }
            int start = today.getYear() - 1 + random.nextInt(4);
            int end = start + random.nextInt(5);
            BigDecimal cost = BigDecimal.valueOf(50_000L + random.nextInt(4_950_000)).setScale(2);
            String currency = random.nextInt(3) == 0 ? CURRENCIES.get(random.nextInt(CURRENCIES.size()))
                    : ExchangeRate.BASE;
            needs.add(new NeedRow(state.id(), start, end, cost, currency));
            rows.add(new Object[] {state.id(), held.get(article), article.name(), theme.name(), "Province " + (i % 17),
                "Synthetic need " + (i + 1) + " of " + state.iso3(), cost, currency, start, end,
                priorities[random.nextInt(priorities.length)].name(), "Synthetic survey " + (i + 1),
                random.nextInt(10) != 0, random.nextInt(10) == 0 ? NeedStatus.CLOSED.name() : NeedStatus.OPEN.name(),
                MARK, today});
            flush(rows, """
                    insert into need (state_id, obligation_id, article, theme, place, title, cost, currency, start_year,
                     end_year, priority, evidence, public_need, status, posted_by, posted_on, version)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                    """, new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.NUMERIC, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.VARCHAR,
                        Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.DATE},
                    i == plan.needs() - 1);
        }
        return needs;
    }

    /** Donor States spread over the register, and the organisations there are, one in five donors at most. */
    private List<DonorRef> donors(int count, List<StateRow> states) {
        List<Long> organisations = jdbc.queryForList("select id from organisation order by id", Long.class);
        int fromOrganisations = Math.min(organisations.size(), count / 5);
        List<DonorRef> donors = new ArrayList<>(count);
        for (int i = 0; i < fromOrganisations; i++) {
            donors.add(new DonorRef(null, organisations.get(i)));
        }
        int step = Math.max(1, states.size() / Math.max(1, count - fromOrganisations));
        for (int i = 0; donors.size() < count; i++) {
            donors.add(new DonorRef(states.get((i * step + 1) % states.size()).id(), null));
        }
        return donors;
    }

    private void offers(BenchmarkPlan plan, List<DonorRef> donors, List<StateRow> states, Random random) {
        Theme[] themes = Theme.values();
        UnRegion[] regions = UnRegion.values();
        Modality[] modalities = Modality.values();
        Preference[] preferences = Preference.values();
        int thisYear = LocalDate.now(clock).getYear();
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < plan.offers(); i++) {
            DonorRef donor = donors.get(i % donors.size());
            Set<Theme> funded = EnumSet.noneOf(Theme.class);
            int themeCount = 1 + random.nextInt(3);
            while (funded.size() < themeCount) {
                funded.add(themes[random.nextInt(themes.length)]);
            }
            Set<String> named = new TreeSet<>();
            Set<UnRegion> inRegions = EnumSet.noneOf(UnRegion.class);
            int where = random.nextInt(10);
            if (where < 3) {
                int count = 3 + random.nextInt(13);
                while (named.size() < count) {
                    named.add(states.get(random.nextInt(states.size())).iso3());
                }
            } else if (where < 7) {
                inRegions.add(regions[random.nextInt(regions.length)]);
                inRegions.add(regions[random.nextInt(regions.length)]);
            }
            int from = thisYear - 2 + random.nextInt(5);
            rows.add(new Object[] {donor.stateId(), donor.organisationId(), CodeSets.join(funded), CodeSets.join(named),
                CodeSets.join(inRegions), BigDecimal.valueOf(100_000L + random.nextInt(9_900_000)).setScale(2),
                random.nextInt(3) == 0 ? CURRENCIES.get(random.nextInt(CURRENCIES.size())) : ExchangeRate.BASE,
                from, from + 2 + random.nextInt(5), modalities[random.nextInt(modalities.length)].name(),
                CodeSets.join(Set.of(preferences[random.nextInt(preferences.length)])), "Synthetic offer " + (i + 1)});
            flush(rows, """
                    insert into donor_offer (donor_state_id, donor_organisation_id, themes, states, regions,
                     yearly_amount, currency, from_year, to_year, modality, preferences, notes, version)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                    """, new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.NUMERIC, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR},
                    i == plan.offers() - 1);
        }
    }

    private void pledges(BenchmarkPlan plan, List<DonorRef> donors, List<StateRow> states, List<NeedRow> needs,
            List<Long> needIds, Random random, LocalDate today) {
        PledgeStatus[] statuses = PledgeStatus.values();
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < plan.pledges(); i++) {
            DonorRef donor = donors.get(random.nextInt(donors.size()));
            Long needId;
            long stateId;
            int from;
            int to;
            BigDecimal amount;
            String currency;
            if (i < plan.pledgesToNeeds()) {
                int n = random.nextInt(needs.size());
                NeedRow need = needs.get(n);
                needId = needIds.get(n);
                stateId = need.stateId();
                from = need.startYear();
                to = Math.min(need.endYear(), from + random.nextInt(3));
                // About a twentieth of the cost each, so that ten pledges leave most needs with a gap.
                amount = need.cost().divide(BigDecimal.valueOf(10 + random.nextInt(20)), 2,
                        java.math.RoundingMode.DOWN);
                currency = random.nextInt(4) == 0 ? CURRENCIES.get(random.nextInt(CURRENCIES.size()))
                        : need.currency();
            } else {
                needId = null;
                stateId = states.get(random.nextInt(states.size())).id();
                from = today.getYear() - 1 + random.nextInt(3);
                to = from + random.nextInt(3);
                amount = BigDecimal.valueOf(10_000L + random.nextInt(490_000)).setScale(2);
                currency = ExchangeRate.BASE;
            }
            rows.add(new Object[] {donor.stateId(), donor.organisationId(), needId, stateId, amount, currency, from,
                to, statuses[random.nextInt(statuses.length)].name(), random.nextInt(20) != 0, MARK, today});
            flush(rows, """
                    insert into pledge (donor_state_id, donor_organisation_id, need_id, state_id, amount, currency,
                     from_year, to_year, status, public_amount, recorded_by, recorded_on, version)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                    """, new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.NUMERIC,
                        Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR,
                        Types.DATE},
                    i == plan.pledges() - 1);
        }
    }

    /** Sends a batch when it is full, or the rest when the last row is in. */
    private void flush(List<Object[]> rows, String sql, int[] types, boolean last) {
        if (rows.size() >= BATCH || (last && !rows.isEmpty())) {
            jdbc.batchUpdate(sql, rows, types);
            rows.clear();
        }
    }
}
