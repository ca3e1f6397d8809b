package org.ccmplatform.assistance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccmplatform.assistance.NeedDesk.NeedFilter;
import org.ccmplatform.assistance.PledgeDesk.PledgeFilter;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.PageResponse;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Needs, their matches, pledges and funding gaps for donors' systems and scripts. Read-only and public, except needs
 * marked not public and undisclosed pledge amounts, which only those they are for see.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Assistance", description = "Article 6: needs, donors' offers, matching, pledges and funding gaps")
class AssistanceApiController {

    private final NeedDesk needDesk;
    private final PledgeDesk pledgeDesk;
    private final Matchmaker matchmaker;
    private final FundingGaps gaps;
    private final MessageSource messages;

    AssistanceApiController(NeedDesk needDesk, PledgeDesk pledgeDesk, Matchmaker matchmaker, FundingGaps gaps,
            MessageSource messages) {
        this.needDesk = needDesk;
        this.pledgeDesk = pledgeDesk;
        this.matchmaker = matchmaker;
        this.gaps = gaps;
        this.messages = messages;
    }

    record Amount(BigDecimal amount, String currency) {

        static Amount of(Money money) {
            return money == null ? null : new Amount(money.amount(), money.currency());
        }
    }

    record GapResponse(Amount cost, Amount committed, Amount pledgedNotCommitted, Amount gap, LocalDate rateDate,
            LocalDate ratesOn, List<Amount> unconvertedCost, List<Amount> unconvertedPledges) {

        static GapResponse of(FundingGap g) {
            return new GapResponse(Amount.of(g.cost()), Amount.of(g.committed()), Amount.of(g.pledged()),
                    Amount.of(g.gap()), g.rateDate(), g.ratesOn(),
                    g.unconverted().stream().filter(u -> u.part() == FundingGap.Part.COST)
                            .map(u -> Amount.of(u.money())).toList(),
                    g.unconverted().stream().filter(u -> u.part() != FundingGap.Part.COST)
                            .map(u -> Amount.of(u.money())).toList());
        }
    }

    record NeedResponse(long id, String state, int article, Theme theme, String place, String title,
            BigDecimal quantity, String unit, Amount cost, int startYear, int endYear, Priority priority,
            String evidence, boolean evidenceDocument, boolean publicNeed, NeedStatus status, LocalDate postedOn,
            GapResponse fundingGap) {

        static NeedResponse of(Need n, FundingGap gap) {
            return new NeedResponse(n.id(), n.state().iso3(), n.article().number(), n.theme(), n.place(), n.title(),
                    n.quantity(), n.unit(), Amount.of(n.cost()), n.startYear(), n.endYear(), n.priority(),
                    n.evidence(), n.documentId() != null, n.isPublic(), n.status(), n.postedOn(),
                    gap == null ? null : GapResponse.of(gap));
        }
    }

    record ScorePartResponse(ScorePart.Factor factor, int points, int outOf, String why) {}

    record MatchResponse(long offerId, String donor, int score, List<ScorePartResponse> parts, Amount yearlyEnvelope,
            int fromYear, int toYear, Modality modality) {}

    record PledgeSummary(long id, String donor, Amount amount, PledgeStatus status) {}

    record MatchesResponse(long needId, GapResponse fundingGap, List<MatchResponse> matches,
            List<PledgeSummary> existingPledges) {}

    record PledgeResponse(long id, String donor, Long needId, String state, Long coalitionId, Amount amount,
            boolean amountDisclosed, int fromYear, int toYear, PledgeStatus status, String operator,
            Amount disbursed, LocalDate recordedOn) {}

    record NeedGapResponse(long needId, String title, String state, Theme theme, GapResponse gap) {}

    record StateGapResponse(String state, GapResponse gap) {}

    record ThemeGapResponse(Theme theme, GapResponse gap) {}

    record YearGapResponse(int year, GapResponse gap) {}

    record GapReportResponse(String currency, LocalDate ratesOn, Integer year, GapResponse total,
            GapResponse generalSupport, List<StateGapResponse> byState, List<ThemeGapResponse> byTheme,
            List<YearGapResponse> byYear, List<NeedGapResponse> byNeed) {}

    @GetMapping("/needs")
    @Operation(summary = "Needs of affected States, with each one's funding gap in its own currency",
            description = "Needs marked not public are listed only for the ISU, donors, the Presidency, coordinators "
                    + "and the State's own focal point.")
    PageResponse<NeedResponse> needs(@Parameter(description = "ISO 3166-1 alpha-3") @RequestParam(required = false)
            String state, @RequestParam(required = false) String theme, @RequestParam(required = false) String status,
            @RequestParam(required = false) String priority, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal CurrentUser user) {
        Page<Need> found = needDesk.list(new NeedFilter(AssistanceParams.text(state),
                AssistanceParams.value(Theme.class, theme, "theme"),
                AssistanceParams.value(NeedStatus.class, status, "status"),
                AssistanceParams.value(Priority.class, priority, "priority")), Reader.of(user),
                AssistanceParams.page(page, size, Sort.by("id")));
        Map<Long, FundingGap> gapOf = gaps.of(found.getContent());
        return PageResponse.of(found, n -> NeedResponse.of(n, gapOf.get(n.id())));
    }

    @GetMapping("/needs/{id}")
    @Operation(summary = "One need")
    NeedResponse need(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        Need need = needDesk.read(id, Reader.of(user));
        return NeedResponse.of(need, gaps.of(need));
    }

    @GetMapping("/needs/{id}/matches")
    @Operation(summary = "The donors' offers that fit a need, best first, with every part of each score",
            description = "Score out of 100: theme 30, place 25 (State named 25, region 15, anywhere 10), size 20 "
                    + "(yearly envelope against what the need lacks a year), donor already giving in the State 15, "
                    + "urgency of the obligation's deadline 10. The pledges already made to the need are listed so "
                    + "that donors do not duplicate each other.")
    MatchesResponse matches(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        Need need = needDesk.read(id, Reader.of(user));
        List<MatchResponse> matches = matchmaker.donorsFor(need).stream().map(m -> {
            OfferDetails d = m.offer().details();
            return new MatchResponse(m.offer().id(), m.offer().donor().code(), m.score(),
                    m.parts().stream().map(p -> new ScorePartResponse(p.factor(), p.points(), p.outOf(),
                            messages.getMessage(p.reason(), p.arguments(), p.reason(), locale))).toList(),
                    Amount.of(d.yearlyEnvelope()), d.fromYear(), d.toYear(), d.modality());
        }).toList();
        List<PledgeSummary> existing = pledgeDesk.ofNeed(need).stream()
                .map(p -> new PledgeSummary(p.id(), p.donor().code(),
                        p.amountVisibleTo(user) ? Amount.of(p.amount()) : null, p.status()))
                .toList();
        return new MatchesResponse(need.id(), GapResponse.of(gaps.of(need)), matches, existing);
    }

    @GetMapping("/pledges")
    @Operation(summary = "Pledges, with what was disbursed on each",
            description = "An amount its donor did not disclose is null here, except for the donor, the ISU and the "
                    + "beneficiary State's focal point; it still counts in the funding gaps.")
    PageResponse<PledgeResponse> pledges(@RequestParam(required = false) String donor,
            @RequestParam(required = false) Long donorOrganisation, @RequestParam(required = false) String state,
            @RequestParam(required = false) Long need, @RequestParam(required = false) Long coalition,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal CurrentUser user) {
        Page<Pledge> found = pledgeDesk.list(new PledgeFilter(AssistanceParams.text(donor), donorOrganisation,
                AssistanceParams.text(state), need, coalition, AssistanceParams.value(PledgeStatus.class, status, "status")),
                AssistanceParams.page(page, size, Sort.by("id")));
        Map<Long, Money> paid = pledgeDesk.paidOn(found.getContent());
        return PageResponse.of(found, p -> {
            boolean shown = p.amountVisibleTo(user);
            return new PledgeResponse(p.id(), p.donor().code(), p.need() == null ? null : p.need().id(),
                    p.state().iso3(), p.coalitionId(), shown ? Amount.of(p.amount()) : null, p.isPublicAmount(),
                    p.fromYear(), p.toYear(), p.status(), p.operator() == null ? null : p.operator().shortName(),
                    shown ? Amount.of(paid.getOrDefault(p.id(), Money.zero(p.amount().currency()))) : null,
                    p.recordedOn());
        });
    }

    @GetMapping("/funding-gaps")
    @Operation(summary = "Funding gaps: cost minus committed, per need, State, thematic area and year",
            description = "Converted into one currency (USD unless asked) at the latest rates on or before asOf "
                    + "(today unless asked); each gap gives the date of the oldest rate it used, and any amount "
                    + "without a rate is listed apart, never mixed in. With a year, costs and pledges count for the "
                    + "share of their years that falls in it.")
    GapReportResponse fundingGaps(@Parameter(description = "ISO 3166-1 alpha-3") @RequestParam(required = false)
            String state, @Parameter(description = "YYYY") @RequestParam(required = false) String year,
            @RequestParam(required = false) Long coalition,
            @Parameter(description = "ISO 4217, USD by default") @RequestParam(required = false) String currency,
            @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) String asOf,
            @AuthenticationPrincipal CurrentUser user) {
        GapReport report = gaps.report(new GapQuery(AssistanceParams.text(state), coalition, AssistanceParams.year(year),
                AssistanceParams.text(currency), AssistanceParams.day(asOf)), Reader.of(user));
        return new GapReportResponse(report.currency(), report.ratesOn(), report.year(),
                GapResponse.of(report.total()), GapResponse.of(report.generalSupport()),
                report.states().stream().map(l -> new StateGapResponse(l.state().iso3(), GapResponse.of(l.gap())))
                        .toList(),
                report.themes().stream().map(l -> new ThemeGapResponse(l.theme(), GapResponse.of(l.gap()))).toList(),
                report.years().stream().map(l -> new YearGapResponse(l.year(), GapResponse.of(l.gap()))).toList(),
                report.needs().stream().map(l -> new NeedGapResponse(l.needId(), l.title(), l.state().iso3(),
                        l.theme(), GapResponse.of(l.gap()))).toList());
    }
}
