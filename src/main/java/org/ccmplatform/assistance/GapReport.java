package org.ccmplatform.assistance;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.registry.State;

/**
 * Funding gaps in one currency at the rates of one day: in all, per need, per State, per thematic area and per year.
 * General support (pledges to a State's programme, not to a need) counts for the State and the total only.
 */
public record GapReport(String currency, LocalDate ratesOn, Integer year, FundingGap total, List<NeedLine> needs,
        List<StateLine> states, List<ThemeLine> themes, List<YearLine> years, FundingGap generalSupport) {

    public record NeedLine(long needId, String title, State state, Theme theme, FundingGap gap) {}

    public record StateLine(State state, FundingGap gap) {}

    public record ThemeLine(Theme theme, FundingGap gap) {}

    public record YearLine(int year, FundingGap gap) {}
}
