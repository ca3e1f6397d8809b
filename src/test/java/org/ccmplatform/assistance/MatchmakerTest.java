package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.assistance.AssistanceFixture.TODAY;
import static org.ccmplatform.assistance.AssistanceFixture.clearanceNeed;
import static org.ccmplatform.assistance.AssistanceFixture.clearanceOffer;
import static org.ccmplatform.assistance.AssistanceFixture.donor;
import static org.ccmplatform.assistance.AssistanceFixture.gap;
import static org.ccmplatform.assistance.AssistanceFixture.laos;
import static org.ccmplatform.assistance.AssistanceFixture.lebanon;
import static org.ccmplatform.assistance.AssistanceFixture.money;
import static org.ccmplatform.assistance.AssistanceFixture.need;
import static org.ccmplatform.assistance.AssistanceFixture.norway;
import static org.ccmplatform.assistance.AssistanceFixture.obligation;
import static org.ccmplatform.assistance.AssistanceFixture.offer;
import static org.ccmplatform.assistance.AssistanceFixture.offerDetails;
import static org.ccmplatform.assistance.AssistanceFixture.organisation;
import static org.ccmplatform.assistance.AssistanceFixture.rate;
import static org.ccmplatform.assistance.AssistanceFixture.rates;
import static org.ccmplatform.assistance.AssistanceFixture.state;
import static org.ccmplatform.assistance.AssistanceFixture.usd;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccmplatform.assistance.ScorePart.Factor;
import org.ccmplatform.obligations.ObligationLedger;
import org.ccmplatform.obligations.ObligationStatus;
import org.ccmplatform.obligations.ObligationView;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchmakerTest {

    private static final Set<String> NO_STATES = Set.of();
    private static final Set<UnRegion> NO_REGIONS = Set.of();

    private final State lebanon = lebanon();
    private final Donor norway = donor(norway());
    /** USD 300,000.00 over 2026 to 2028, nothing committed: it lacks USD 100,000 a year. */
    private final Need clearance = clearanceNeed(lebanon);
    private final FundingGap unfunded = gap(usd("300000.00"), Money.zero("USD"));

    private Optional<Match> match(DonorOffer offer) {
        return Matchmaker.match(offer, clearance, unfunded, rates(), false, null);
    }

    private static ScorePart part(Match match, Factor factor) {
        return match.parts().stream().filter(p -> p.factor() == factor).findFirst().orElseThrow();
    }

    private static ScorePart part(Optional<Match> match, Factor factor) {
        return part(match.orElseThrow(), factor);
    }

    private DonorOffer anywhere(String envelope) {
        return clearanceOffer(norway, usd(envelope), NO_STATES, NO_REGIONS);
    }

    // Whether an offer fits at all

    @Test
    void anOfferForAnotherThemeDoesNotFit() {
        DonorOffer victimAssistance = offer(norway, offerDetails(Set.of(Theme.VICTIM_ASSISTANCE, Theme.RISK_EDUCATION),
                NO_STATES, NO_REGIONS, usd("150000.00"), 2025, 2030));

        assertThat(match(victimAssistance)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2020, 2025, false", "2029, 2032, false", "2028, 2032, true", "2020, 2026, true"})
    void anOfferFitsOnlyWhenItsYearsOverlapTheNeeds(int from, int to, boolean fits) {
        DonorOffer offer = offer(norway, offerDetails(Set.of(Theme.SURVEY_AND_CLEARANCE), NO_STATES, NO_REGIONS,
                usd("150000.00"), from, to));

        assertThat(match(offer).isPresent()).isEqualTo(fits);
    }

    @Test
    void anOfferNamingOnlyOtherStatesAndRegionsDoesNotFit() {
        DonorOffer elsewhere = clearanceOffer(norway, usd("150000.00"), Set.of("BWA", "MNE"),
                Set.of(UnRegion.AFRICA, UnRegion.EUROPE));

        assertThat(match(elsewhere)).isEmpty();
    }

    // Place

    @Test
    void anOfferNamingTheNeedsStateScoresTheFullPlace() {
        ScorePart place = part(match(clearanceOffer(norway, usd("150000.00"), Set.of("LBN", "LAO"), NO_REGIONS)),
                Factor.PLACE);

        assertThat(place.points()).isEqualTo(25);
        assertThat(place.reason()).isEqualTo("match.place.state");
        assertThat(place.arguments()).containsExactly("LBN");
    }

    @Test
    void anOfferForTheNeedsRegionScoresLessThanOneNamingTheState() {
        ScorePart region = part(match(clearanceOffer(norway, usd("150000.00"), Set.of("LAO"), Set.of(UnRegion.ASIA))),
                Factor.PLACE);
        ScorePart both = part(match(clearanceOffer(norway, usd("150000.00"), Set.of("LBN"), Set.of(UnRegion.ASIA))),
                Factor.PLACE);

        assertThat(region.points()).isEqualTo(15);
        assertThat(region.reason()).isEqualTo("match.place.region");
        assertThat(region.arguments()).containsExactly("ASIA");
        assertThat(both.points()).isEqualTo(25);
    }

    @Test
    void anOfferForAnywhereScoresLessThanOneForTheRegion() {
        ScorePart place = part(match(anywhere("150000.00")), Factor.PLACE);

        assertThat(place.points()).isEqualTo(10);
        assertThat(place.reason()).isEqualTo("match.place.anywhere");
    }

    // Size

    @ParameterizedTest
    @CsvSource({"150000.00, 20, match.size.covers", "100000.00, 20, match.size.covers",
            "50000.00, 10, match.size.part", "25000.00, 5, match.size.part", "99999.00, 19, match.size.part"})
    void anEnvelopeScoresTheSizeInProportionToWhatTheNeedLacksAYear(String envelope, int points, String reason) {
        ScorePart size = part(match(anywhere(envelope)), Factor.SIZE);

        assertThat(size.points()).isEqualTo(points);
        assertThat(size.reason()).isEqualTo(reason);
        assertThat(size.arguments()).containsExactly("USD " + envelope, "USD 100000");
    }

    @Test
    void whatIsAlreadyCommittedNoLongerCountsAsLacking() {
        FundingGap halfCommitted = gap(usd("300000.00"), usd("150000.00"));

        ScorePart size = part(Matchmaker.match(anywhere("50000.00"), clearance, halfCommitted, rates(), false, null),
                Factor.SIZE);

        assertThat(size.points()).isEqualTo(20);
        assertThat(size.arguments()).containsExactly("USD 50000.00", "USD 50000");
    }

    @ParameterizedTest
    @CsvSource({"300000.00", "450000.00"})
    void aFullyCommittedNeedGivesNoPointsForSize(String committed) {
        FundingGap funded = gap(usd("300000.00"), usd(committed));

        Match match = Matchmaker.match(anywhere("150000.00"), clearance, funded, rates(), false, null).orElseThrow();

        assertThat(part(match, Factor.SIZE).points()).isZero();
        assertThat(part(match, Factor.SIZE).reason()).isEqualTo("match.size.funded");
    }

    @Test
    void anEnvelopeInACurrencyWithoutARateGivesNoPointsForSizeAndSaysWhy() {
        DonorOffer inEuros = clearanceOffer(norway, money("150000.00", "EUR"), NO_STATES, NO_REGIONS);

        ScorePart size = part(match(inEuros), Factor.SIZE);

        assertThat(size.points()).isZero();
        assertThat(size.reason()).isEqualTo("match.size.noRate");
        assertThat(size.arguments()).containsExactly("USD", "EUR");
    }

    @Test
    void anEnvelopeInAnotherCurrencyIsMeasuredAtTheRateOfTheDay() {
        DonorOffer inEuros = clearanceOffer(norway, money("50000.00", "EUR"), NO_STATES, NO_REGIONS);
        Rates euroAt110 = rates(rate("EUR", TODAY.minusDays(1), "1.10"));

        ScorePart size = part(Matchmaker.match(inEuros, clearance, unfunded, euroAt110, false, null), Factor.SIZE);

        assertThat(size.points()).isEqualTo(11);
        assertThat(size.arguments()).containsExactly("EUR 50000.00", "EUR 90909");
    }

    // Engagement and urgency

    @Test
    void aDonorAlreadyGivingInTheStateScoresTheEngagement() {
        ScorePart there = part(Matchmaker.match(anywhere("150000.00"), clearance, unfunded, rates(), true, null),
                Factor.ENGAGEMENT);
        ScorePart newcomer = part(match(anywhere("150000.00")), Factor.ENGAGEMENT);

        assertThat(there.points()).isEqualTo(15);
        assertThat(there.reason()).isEqualTo("match.engagement.there");
        assertThat(newcomer.points()).isZero();
        assertThat(newcomer.reason()).isEqualTo("match.engagement.new");
    }

    @Test
    void anObligationTheLedgerDoesNotKnowGivesNoUrgency() {
        ScorePart urgency = part(match(anywhere("150000.00")), Factor.URGENCY);

        assertThat(urgency.points()).isZero();
        assertThat(urgency.reason()).isEqualTo("match.urgency.unknown");
    }

    @ParameterizedTest
    @CsvSource({
        "OVERDUE, 2025-08-01, 10, match.urgency.OVERDUE",
        "AT_RISK, 2031-08-01, 10, match.urgency.AT_RISK",
        "ON_TRACK, 2027-03-01, 8, match.urgency.deadline",
        "ON_TRACK, 2028-03-01, 8, match.urgency.deadline",
        "ON_TRACK, 2028-03-02, 5, match.urgency.deadline",
        "ON_TRACK, 2031-03-01, 5, match.urgency.deadline",
        "ON_TRACK, 2031-03-02, 2, match.urgency.deadline",
        "ON_TRACK, 2036-08-01, 2, match.urgency.deadline",
        "COMPLETED, 2020-08-01, 0, match.urgency.completed",
        "NO_DEADLINE, , 2, match.urgency.noDeadline"})
    void theNearerOrMoreThreatenedTheDeadlineTheMoreUrgent(ObligationStatus status, LocalDate deadline, int points,
            String reason) {
        ObligationView obligation = obligation(status, deadline);

        ScorePart urgency = part(Matchmaker.match(anywhere("150000.00"), clearance, unfunded, rates(), false,
                obligation), Factor.URGENCY);

        assertThat(urgency.points()).isEqualTo(points);
        assertThat(urgency.reason()).isEqualTo(reason);
    }

    // The score

    @Test
    void theWeightsOfTheFactorsAddUpToAHundred() {
        assertThat(Arrays.stream(Factor.values()).mapToInt(Factor::weight).sum()).isEqualTo(100);
    }

    @Test
    void theBestPossibleMatchScoresAHundred() {
        DonorOffer named = clearanceOffer(norway, usd("1000000.00"), Set.of("LBN"), NO_REGIONS);

        Match match = Matchmaker.match(named, clearance, unfunded, rates(), true,
                obligation(ObligationStatus.OVERDUE, LocalDate.of(2025, 8, 1))).orElseThrow();

        assertThat(match.score()).isEqualTo(100);
        assertThat(match.parts()).extracting(ScorePart::factor).containsExactly(Factor.values());
        assertThat(match.parts()).allSatisfy(p -> assertThat(p.points()).isEqualTo(p.outOf()));
    }

    @ParameterizedTest
    @CsvSource({"LBN, , 1000000.00, true, OVERDUE, 100", "LAO, ASIA, 50000.00, true, ON_TRACK, 78",
            ", , 25000.00, false, COMPLETED, 45", ", , 99999.00, false, NO_DEADLINE, 61"})
    void theScoreIsTheSumOfItsPartsEachWithinItsWeight(String states, UnRegion region, String envelope,
            boolean givesThere, ObligationStatus status, int score) {
        DonorOffer offer = clearanceOffer(norway, usd(envelope), states == null ? NO_STATES : Set.of(states),
                region == null ? NO_REGIONS : Set.of(region));
        ObligationView obligation = obligation(status, status == ObligationStatus.NO_DEADLINE ? null
                : LocalDate.of(2027, 1, 1));

        Match match = Matchmaker.match(offer, clearance, unfunded, rates(), givesThere, obligation).orElseThrow();

        assertThat(match.score()).isEqualTo(match.parts().stream().mapToInt(ScorePart::points).sum())
                .isEqualTo(score).isLessThanOrEqualTo(100);
        assertThat(match.parts()).allSatisfy(p -> assertThat(p.points()).isBetween(0, p.outOf()));
    }

    // Ranking

    @Test
    void theDonorsForANeedAreRankedBestFirstAndEqualScoresInTheOrderTheOffersWereMade() {
        State sweden = state("SWE", UnRegion.EUROPE);
        DonorOffer europeanUnion = clearanceOffer(donor(organisation("EU")), usd("150000.00"), NO_STATES,
                NO_REGIONS);
        DonorOffer norwayAnywhere = anywhere("150000.00");
        DonorOffer swedenInAsia = clearanceOffer(donor(sweden), usd("50000.00"), NO_STATES, Set.of(UnRegion.ASIA));
        DonorOffer japanInLebanon = clearanceOffer(donor(state("JPN", UnRegion.ASIA)), usd("150000.00"),
                Set.of("LBN"), NO_REGIONS);
        DonorOffer victimAssistance = offer(norway, offerDetails(Set.of(Theme.VICTIM_ASSISTANCE), NO_STATES,
                NO_REGIONS, usd("150000.00"), 2025, 2030));

        DonorOffers offers = mock(DonorOffers.class);
        Pledges pledges = mock(Pledges.class);
        FundingGaps gaps = mock(FundingGaps.class);
        when(offers.runningFrom(2026)).thenReturn(
                List.of(norwayAnywhere, victimAssistance, swedenInAsia, europeanUnion, japanInLebanon));
        when(gaps.of(clearance)).thenReturn(unfunded);
        when(gaps.today()).thenReturn(TODAY);
        when(gaps.ratesOn(TODAY)).thenReturn(rates());
        long lebanonId = lebanon.id();
        Object[] swedenGivesThere = {sweden.id(), null};
        when(pledges.donorsIn(lebanonId)).thenReturn(List.<Object[]>of(swedenGivesThere));
        Matchmaker matchmaker = new Matchmaker(offers, mock(Needs.class), pledges, gaps,
                mock(ObligationLedger.class));

        List<Match> ranked = matchmaker.donorsFor(clearance);

        assertThat(ranked).extracting(Match::offer)
                .containsExactly(japanInLebanon, swedenInAsia, europeanUnion, norwayAnywhere);
        assertThat(ranked).extracting(Match::score).containsExactly(75, 70, 60, 60);
    }

    @Test
    void theNeedsForAnOfferAreRankedBestFirstAndOnlyThoseThatFit() {
        State laos = laos();
        Need inLaos = clearanceNeed(laos);
        Need inLebanon = clearance;
        Need inBotswana = clearanceNeed(state("BWA", UnRegion.AFRICA));
        Need victimAssistance = need(lebanon, Theme.VICTIM_ASSISTANCE, usd("300000.00"), 2026, 2028);
        DonorOffer offer = clearanceOffer(norway, usd("150000.00"), Set.of("LBN"), Set.of(UnRegion.ASIA));

        Needs needs = mock(Needs.class);
        FundingGaps gaps = mock(FundingGaps.class);
        when(needs.open(true, null)).thenReturn(List.of(inLaos, inBotswana, victimAssistance, inLebanon));
        when(gaps.today()).thenReturn(TODAY);
        when(gaps.ratesOn(TODAY)).thenReturn(rates());
        Map<Long, FundingGap> gapOf = Map.of(inLaos.id(), unfunded, inBotswana.id(), unfunded, inLebanon.id(),
                unfunded);
        when(gaps.of(List.of(inLaos, inBotswana, inLebanon))).thenReturn(gapOf);
        Matchmaker matchmaker = new Matchmaker(mock(DonorOffers.class), needs, mock(Pledges.class), gaps,
                mock(ObligationLedger.class));

        List<Match> ranked = matchmaker.needsFor(offer, Reader.isu());

        assertThat(ranked).extracting(Match::need).containsExactly(inLebanon, inLaos);
    }
}
