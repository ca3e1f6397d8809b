package org.ccmplatform.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmplatform.coalitions.Coalition;
import org.ccmplatform.coalitions.CoalitionRegister;
import org.ccmplatform.coalitions.CoveredObligation;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funding gaps: for each open need, its cost minus what donors have committed to it, converted at the rates of the
 * day into the currency asked for. A need's cost and each pledge are spread evenly over their years for the yearly
 * figures. Two queries whatever the number of needs and pledges.
 */
@Service
@Transactional(readOnly = true)
public class FundingGaps {

    private final Needs needs;
    private final Pledges pledges;
    private final ExchangeRates rates;
    private final StateRegister states;
    private final CoalitionRegister coalitions;
    private final Clock clock;

    FundingGaps(Needs needs, Pledges pledges, ExchangeRates rates, StateRegister states, CoalitionRegister coalitions,
            Clock clock) {
        this.needs = needs;
        this.pledges = pledges;
        this.rates = rates;
        this.states = states;
        this.coalitions = coalitions;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Rates ratesOn(LocalDate day) {
        return new Rates(day, rates.latestOn(day));
    }

    /** One need's gap in its own currency, at today's rates. */
    public FundingGap of(Need need) {
        Tally tally = new Tally(need.cost().currency(), ratesOn(today()));
        tally.add(FundingGap.Part.COST, need.cost());
        pledges.sumsOfNeed(need.id()).forEach(sum -> tally.add(sum.status(), sum.amount()));
        return tally.result();
    }

    /** The gaps of some needs, each in its own currency at today's rates, in one query. */
    public Map<Long, FundingGap> of(java.util.Collection<Need> some) {
        if (some.isEmpty()) {
            return Map.of();
        }
        Rates today = ratesOn(today());
        Map<Long, Tally> tallies = new HashMap<>();
        for (Need need : some) {
            Tally tally = new Tally(need.cost().currency(), today);
            tally.add(FundingGap.Part.COST, need.cost());
            tallies.put(need.id(), tally);
        }
        pledges.sumsOfNeeds(tallies.keySet()).forEach(sum -> tallies.get(sum.needId()).add(sum.status(), sum.amount()));
        Map<Long, FundingGap> gaps = new HashMap<>();
        tallies.forEach((id, tally) -> gaps.put(id, tally.result()));
        return gaps;
    }

    public GapReport report(GapQuery query, Reader reader) {
        String currency = Money.currency(query.currency() == null ? ExchangeRate.BASE : query.currency(), "currency")
                .getCurrencyCode();
        LocalDate day = query.asOf() == null ? today() : query.asOf();
        Rates dayRates = ratesOn(day);
        if (!dayRates.knows(currency)) {
            throw new RuleViolation("currency", "rate.none", currency, day);
        }
        Long stateId = null;
        Set<Article> articles = null;
        if (query.coalitionId() != null) {
            Coalition coalition = coalitions.get(query.coalitionId());
            stateId = coalition.state().id();
            articles = coalition.obligations().stream().map(FundingGaps::ccmArticle).filter(a -> a != null)
                    .collect(Collectors.toSet());
        } else if (query.stateIso3() != null && !query.stateIso3().isBlank()) {
            stateId = states.find(query.stateIso3().strip().toUpperCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> new RuleViolation("state", "state.unknown", query.stateIso3())).id();
        }
        Set<Article> inScope = articles;
        Map<Long, NeedFigures> open = needs.figures(stateId, reader.seesAll(), reader.ownState()).stream()
                .filter(n -> n.status() == NeedStatus.OPEN)
                .filter(n -> inScope == null || inScope.contains(n.article()))
                .collect(Collectors.toMap(NeedFigures::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Long coalitionId = query.coalitionId();
        List<PledgeSum> counted = pledges.sums(stateId).stream()
                .filter(s -> s.needId() != null ? open.containsKey(s.needId())
                        : coalitionId == null || coalitionId.equals(s.coalitionId()))
                .toList();
        return new Builder(currency, dayRates, query.year()).build(open, counted);
    }

    private static Article ccmArticle(CoveredObligation covered) {
        return switch (covered) {
            case CCM_ARTICLE_3 -> Article.ARTICLE_3;
            case CCM_ARTICLE_4 -> Article.ARTICLE_4;
            case CCM_ARTICLE_5 -> Article.ARTICLE_5;
            default -> null;
        };
    }

    /** Builds the report: each amount converted once, then added to its need, State, theme, year and total. */
    private final class Builder {

        private final String currency;
        private final Rates rates;
        private final Integer year;
        private final Tally total;
        private final Tally general;
        private final Map<Long, Tally> byNeed = new LinkedHashMap<>();
        private final Map<Long, Tally> byState = new HashMap<>();
        private final Map<Theme, Tally> byTheme = new EnumMap<>(Theme.class);
        private final Map<Integer, Tally> byYear = new TreeMap<>();

        Builder(String currency, Rates rates, Integer year) {
            this.currency = currency;
            this.rates = rates;
            this.year = year;
            this.total = tally();
            this.general = tally();
        }

        private Tally tally() {
            return new Tally(currency, rates);
        }

        GapReport build(Map<Long, NeedFigures> open, List<PledgeSum> counted) {
            for (NeedFigures need : open.values()) {
                add(need, null, total.convert(FundingGap.Part.COST, need.cost()), need.startYear(), need.endYear(),
                        need.stateId());
            }
            for (PledgeSum sum : counted) {
                FundingGap.Part part = sum.status().isCommitted() ? FundingGap.Part.COMMITTED : FundingGap.Part.PLEDGED;
                NeedFigures need = sum.needId() == null ? null : open.get(sum.needId());
                add(need, sum, total.convert(part, sum.amount()), sum.fromYear(), sum.toYear(), sum.stateId());
            }
            Map<Long, State> stateById = byState.isEmpty() ? Map.of() : states.all().stream()
                    .filter(s -> byState.containsKey(s.id())).collect(Collectors.toMap(State::id, s -> s));
            List<GapReport.NeedLine> needLines = new ArrayList<>();
            byNeed.forEach((id, tally) -> {
                NeedFigures need = open.get(id);
                needLines.add(new GapReport.NeedLine(id, need.title(), stateById.get(need.stateId()), need.theme(),
                        tally.result()));
            });
            needLines.sort(Comparator.comparing((GapReport.NeedLine l) -> l.gap().gap().amount()).reversed());
            List<GapReport.StateLine> stateLines = byState.entrySet().stream()
                    .map(e -> new GapReport.StateLine(stateById.get(e.getKey()), e.getValue().result()))
                    .sorted(Comparator.comparing((GapReport.StateLine l) -> l.gap().gap().amount()).reversed())
                    .toList();
            List<GapReport.ThemeLine> themeLines = byTheme.entrySet().stream()
                    .map(e -> new GapReport.ThemeLine(e.getKey(), e.getValue().result())).toList();
            List<GapReport.YearLine> yearLines = byYear.entrySet().stream()
                    .map(e -> new GapReport.YearLine(e.getKey(), e.getValue().result())).toList();
            return new GapReport(currency, rates.day(), year, total.result(), needLines, stateLines, themeLines,
                    yearLines, general.result());
        }

        private void add(NeedFigures need, PledgeSum sum, Tally.Amount whole, int from, int to, long stateId) {
            Tally.Amount counted = year == null ? whole : whole.shareIn(from, to, year);
            if (year != null && (year < from || year > to)) {
                return;
            }
            total.add(counted);
            byState.computeIfAbsent(stateId, id -> tally()).add(counted);
            if (need != null) {
                byNeed.computeIfAbsent(need.id(), id -> tally()).add(counted);
                byTheme.computeIfAbsent(need.theme(), t -> tally()).add(counted);
            } else if (sum != null) {
                general.add(counted);
            }
            for (int y = from; y <= to; y++) {
                if (year == null || y == year) {
                    byYear.computeIfAbsent(y, k -> tally()).add(whole.shareIn(from, to, y));
                }
            }
        }
    }
}
