package org.ccmplatform.assistance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmplatform.assistance.ScorePart.Factor;
import org.ccmplatform.obligations.ObligationLedger;
import org.ccmplatform.obligations.ObligationStatus;
import org.ccmplatform.obligations.ObligationView;
import org.ccmplatform.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the donors whose priorities fit a need, and the needs that fit a donor's offer. An offer fits a need when it
 * funds the need's theme, in its State or region (or anywhere), in years that overlap. The score, out of 100, says
 * why: theme 30, place 25 (the State named 25, its region 15, anywhere 10), size 20 (the envelope against what the
 * need still lacks a year), the donor already giving in that State 15, and the urgency of the obligation's deadline
 * 10.
 */
@Service
@Transactional(readOnly = true)
public class Matchmaker {

    static final int SHOWN = 50;

    private final DonorOffers offers;
    private final Needs needs;
    private final Pledges pledges;
    private final FundingGaps gaps;
    private final ObligationLedger obligations;

    Matchmaker(DonorOffers offers, Needs needs, Pledges pledges, FundingGaps gaps, ObligationLedger obligations) {
        this.offers = offers;
        this.needs = needs;
        this.pledges = pledges;
        this.gaps = gaps;
        this.obligations = obligations;
    }

    /** The offers that fit a need, best first. */
    public List<Match> donorsFor(Need need) {
        FundingGap gap = gaps.of(need);
        Rates rates = gaps.ratesOn(gaps.today());
        Set<String> givingThere = pledges.donorsIn(need.state().id()).stream()
                .map(row -> key((Long) row[0], (Long) row[1])).collect(Collectors.toSet());
        ObligationView obligation = obligations.viewsOf(List.of(need.obligationId())).get(need.obligationId());
        return offers.runningFrom(need.startYear()).stream()
                .map(offer -> match(offer, need, gap, rates, givingThere.contains(key(offer.donor())), obligation))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(Match::score).reversed().thenComparing(m -> m.offer().id()))
                .toList();
    }

    /** The open needs a reader may see that fit an offer, best first (the first fifty). */
    public List<Match> needsFor(DonorOffer offer, Reader reader) {
        OfferDetails details = offer.details();
        List<Need> candidates = needs.open(reader.seesAll(), reader.ownState()).stream()
                .filter(n -> details.themes().contains(n.theme()) && details.overlaps(n.startYear(), n.endYear()))
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Rates rates = gaps.ratesOn(gaps.today());
        Set<Long> givingIn = new HashSet<>(pledges.statesOf(
                offer.donor().state() == null ? null : offer.donor().state().id(),
                offer.donor().organisation() == null ? null : offer.donor().organisation().id()));
        Map<Long, FundingGap> gapOf = gaps.of(candidates);
        Map<Long, ObligationView> views = obligations.viewsOf(
                candidates.stream().map(Need::obligationId).collect(Collectors.toSet()));
        return candidates.stream()
                .map(need -> match(offer, need, gapOf.get(need.id()), rates, givingIn.contains(need.state().id()),
                        views.get(need.obligationId())))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(Match::score).reversed().thenComparing(m -> m.need().id()))
                .limit(SHOWN)
                .toList();
    }

    static Optional<Match> match(DonorOffer offer, Need need, FundingGap gap, Rates rates, boolean givesThere,
            ObligationView obligation) {
        OfferDetails details = offer.details();
        if (!details.themes().contains(need.theme()) || !details.overlaps(need.startYear(), need.endYear())) {
            return Optional.empty();
        }
        List<ScorePart> parts = new ArrayList<>();
        parts.add(new ScorePart(Factor.THEME, Factor.THEME.weight(), "match.theme", need.theme().name()));
        String iso3 = need.state().iso3();
        if (details.states().contains(iso3)) {
            parts.add(new ScorePart(Factor.PLACE, 25, "match.place.state", iso3));
        } else if (need.state().region() != null && details.regions().contains(need.state().region())) {
            parts.add(new ScorePart(Factor.PLACE, 15, "match.place.region", need.state().region().name()));
        } else if (details.isAnywhere()) {
            parts.add(new ScorePart(Factor.PLACE, 10, "match.place.anywhere"));
        } else {
            return Optional.empty();
        }
        parts.add(size(details.yearlyEnvelope(), need, gap, rates));
        parts.add(givesThere ? new ScorePart(Factor.ENGAGEMENT, 15, "match.engagement.there", iso3)
                : new ScorePart(Factor.ENGAGEMENT, 0, "match.engagement.new", iso3));
        parts.add(urgency(obligation, rates.day()));
        return Optional.of(new Match(offer, need, List.copyOf(parts)));
    }

    private static ScorePart size(Money envelope, Need need, FundingGap gap, Rates rates) {
        if (gap == null || gap.gap().amount().signum() <= 0) {
            return new ScorePart(Factor.SIZE, 0, "match.size.funded");
        }
        Money lacking = new Money(gap.gap().amount().divide(BigDecimal.valueOf(need.years()), MathContext.DECIMAL64),
                gap.gap().currency());
        Optional<Rates.Converted> inEnvelopeCurrency = rates.convert(lacking, envelope.currency());
        if (inEnvelopeCurrency.isEmpty()) {
            return new ScorePart(Factor.SIZE, 0, "match.size.noRate", lacking.currency(), envelope.currency());
        }
        BigDecimal perYear = inEnvelopeCurrency.get().money().amount();
        String shown = new Money(perYear.setScale(0, java.math.RoundingMode.HALF_UP), envelope.currency()).toString();
        if (envelope.amount().compareTo(perYear) >= 0) {
            return new ScorePart(Factor.SIZE, 20, "match.size.covers", envelope.toString(), shown);
        }
        int points = envelope.amount().multiply(BigDecimal.valueOf(20)).divide(perYear, MathContext.DECIMAL64)
                .intValue();
        return new ScorePart(Factor.SIZE, points, "match.size.part", envelope.toString(), shown);
    }

    private static ScorePart urgency(ObligationView obligation, LocalDate today) {
        if (obligation == null) {
            return new ScorePart(Factor.URGENCY, 0, "match.urgency.unknown");
        }
        ObligationStatus status = obligation.status();
        LocalDate deadline = obligation.currentDeadline();
        if (status == ObligationStatus.COMPLETED) {
            return new ScorePart(Factor.URGENCY, 0, "match.urgency.completed");
        }
        if (status == ObligationStatus.OVERDUE || status == ObligationStatus.AT_RISK) {
            return new ScorePart(Factor.URGENCY, 10, "match.urgency." + status.name(), deadline);
        }
        if (deadline == null) {
            return new ScorePart(Factor.URGENCY, 2, "match.urgency.noDeadline");
        }
        long years = ChronoUnit.YEARS.between(today, deadline);
        int points = years < 2 ? 8 : years < 5 ? 5 : 2;
        return new ScorePart(Factor.URGENCY, points, "match.urgency.deadline", deadline, years);
    }

    private static String key(Donor donor) {
        return key(donor.state() == null ? null : donor.state().id(),
                donor.organisation() == null ? null : donor.organisation().id());
    }

    private static String key(Long stateId, Long organisationId) {
        return stateId != null ? "s" + stateId : "o" + organisationId;
    }
}
