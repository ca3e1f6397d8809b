package org.ccmplatform.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccmplatform.assistance.PledgeDesk.PledgeFilter;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the exports hold, read in one transaction and shown exactly as the API shows it: a need marked not public only
 * to those who may see it, an undisclosed pledge amount left empty for others. Every export is bounded to
 * {@value #MAX_ROWS} rows; a longer one is cut there and says so.
 */
@Service
@Transactional(readOnly = true)
class AssistanceExports {

    static final int MAX_ROWS = 10_000;

    private final Needs needs;
    private final PledgeDesk pledgeDesk;
    private final Disbursements disbursements;
    private final FundingGaps gaps;
    private final Donors donors;

    AssistanceExports(Needs needs, PledgeDesk pledgeDesk, Disbursements disbursements, FundingGaps gaps,
            Donors donors) {
        this.needs = needs;
        this.pledgeDesk = pledgeDesk;
        this.disbursements = disbursements;
        this.gaps = gaps;
        this.donors = donors;
    }

    /** Some rows, and whether there were more than the bound. */
    record Bounded<T>(List<T> rows, boolean truncated) {

        static <T> Bounded<T> of(List<T> fetched) {
            return fetched.size() > MAX_ROWS ? new Bounded<>(List.copyOf(fetched.subList(0, MAX_ROWS)), true)
                    : new Bounded<>(List.copyOf(fetched), false);
        }
    }

    /** A need with its funding gap in its own currency at today's rates. */
    record NeedLine(long id, String stateIso3, String stateName, int article, Theme theme, String place, String title,
            BigDecimal quantity, String unit, Money cost, int startYear, int endYear, Priority priority,
            NeedStatus status, boolean publicNeed, String evidence, LocalDate postedOn, FundingGap gap) {}

    /** A pledge as the reader may see it: amount and disbursed are null when undisclosed to them. */
    record PledgeLine(long id, String donor, String donorName, Long needId, String needTitle, String stateIso3,
            String stateName, Long coalitionId, Money amount, boolean amountDisclosed, Money disbursed, int fromYear,
            int toYear, PledgeStatus status, String operator, LocalDate recordedOn) {}

    /** A pledge whose amount is public, with its tranches, for an IATI activity. */
    record IatiPledge(long id, Money amount, int fromYear, int toYear, PledgeStatus status, LocalDate recordedOn,
            State state, String needTitle, Theme theme, String place, Organisation operator,
            List<Tranche> tranches) {}

    record Tranche(LocalDate paidOn, Money amount, String reference) {}

    /** The donor of an IATI file and its public pledges. */
    record IatiDonor(Donor donor, Bounded<IatiPledge> pledges) {}

    LocalDate today() {
        return gaps.today();
    }

    Bounded<NeedLine> needs(Reader reader, Locale locale) {
        Bounded<Need> found = Bounded.of(needs.export(reader.seesAll(), reader.ownState(),
                Pageable.ofSize(MAX_ROWS + 1)));
        Map<Long, FundingGap> gapOf = gaps.of(found.rows());
        List<NeedLine> lines = found.rows().stream().map(n -> new NeedLine(n.id(), n.state().iso3(),
                n.state().name(locale), n.article().number(), n.theme(), n.place(), n.title(), n.quantity(), n.unit(),
                n.cost(), n.startYear(), n.endYear(), n.priority(), n.status(), n.isPublic(), n.evidence(),
                n.postedOn(), gapOf.get(n.id()))).toList();
        return new Bounded<>(lines, found.truncated());
    }

    Bounded<PledgeLine> pledges(PledgeFilter filter, CurrentUser user, Locale locale) {
        Reader reader = Reader.of(user);
        Bounded<Pledge> found = Bounded.of(pledgeDesk.export(filter, MAX_ROWS + 1));
        Map<Long, Money> paid = pledgeDesk.paidOn(found.rows());
        List<PledgeLine> lines = found.rows().stream().map(p -> {
            boolean shown = p.amountVisibleTo(user);
            Need need = p.need();
            return new PledgeLine(p.id(), p.donor().code(), p.donor().name(locale), need == null ? null : need.id(),
                    need != null && reader.sees(need) ? need.title() : null, p.state().iso3(), p.state().name(locale),
                    p.coalitionId(), shown ? p.amount() : null, p.isPublicAmount(),
                    shown ? paid.getOrDefault(p.id(), Money.zero(p.amount().currency())) : null, p.fromYear(),
                    p.toYear(), p.status(), p.operator() == null ? null : p.operator().shortName(), p.recordedOn());
        }).toList();
        return new Bounded<>(lines, found.truncated());
    }

    GapReport gaps(GapQuery query, Reader reader) {
        return gaps.report(query, reader);
    }

    /**
     * A donor's pledges whose amount is public, with their tranches (one query for all). A need marked not public is
     * not named: the activity then describes the State's programme.
     */
    IatiDonor iati(String donorIso3, Long donorOrganisationId, Reader reader) {
        Donor donor = donors.named(donorIso3, donorOrganisationId);
        PledgeFilter filter = new PledgeFilter(donor.state() == null ? null : donor.state().iso3(),
                donor.organisation() == null ? null : donor.organisation().id(), null, null, null, null);
        List<Pledge> all = pledgeDesk.export(filter, MAX_ROWS + 1);
        Bounded<Pledge> found = new Bounded<>(all.stream().limit(MAX_ROWS).filter(Pledge::isPublicAmount).toList(),
                all.size() > MAX_ROWS);
        Map<Long, List<Tranche>> tranches = found.rows().isEmpty() ? Map.of()
                : disbursements.ofPledges(found.rows().stream().map(Pledge::id).toList()).stream()
                        .collect(Collectors.groupingBy(d -> d.pledge().id(), Collectors.mapping(
                                d -> new Tranche(d.paidOn(), d.amount(), d.reference()), Collectors.toList())));
        List<IatiPledge> rows = found.rows().stream().map(p -> {
            Need need = p.need() != null && reader.sees(p.need()) ? p.need() : null;
            return new IatiPledge(p.id(), p.amount(), p.fromYear(), p.toYear(), p.status(), p.recordedOn(),
                    p.state(), need == null ? null : need.title(), need == null ? null : need.theme(),
                    need == null ? null : need.place(), p.operator(), tranches.getOrDefault(p.id(), List.of()));
        }).toList();
        return new IatiDonor(donor, new Bounded<>(rows, found.truncated()));
    }
}
