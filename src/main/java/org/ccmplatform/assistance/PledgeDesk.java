package org.ccmplatform.assistance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccmplatform.coalitions.Coalition;
import org.ccmplatform.coalitions.CoalitionRegister;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pledges and their tranches. A pledge goes to a need, or to a State's programme (through its coalition or not).
 * A pledge that takes a need's pledges above its cost is kept, with a warning: co-financing and overlapping
 * programmes are real, and the need then shows as over-funded for donors to see. A tranche above what is left of its
 * pledge is refused.
 */
@Service
@Transactional(readOnly = true)
public class PledgeDesk {

    private final Pledges pledges;
    private final Disbursements disbursements;
    private final Needs needs;
    private final Donors donors;
    private final OrganisationDirectory organisations;
    private final CoalitionRegister coalitions;
    private final FundingGaps gaps;
    private final Clock clock;

    PledgeDesk(Pledges pledges, Disbursements disbursements, Needs needs, Donors donors,
            OrganisationDirectory organisations, CoalitionRegister coalitions, FundingGaps gaps, Clock clock) {
        this.pledges = pledges;
        this.disbursements = disbursements;
        this.needs = needs;
        this.donors = donors;
        this.organisations = organisations;
        this.coalitions = coalitions;
        this.gaps = gaps;
        this.clock = clock;
    }

    /** What a pledge goes to and through whom; the need, when given, decides the State. */
    public record Target(Long needId, String stateIso3, Long coalitionId, Long operatorId) {}

    /** A pledge as recorded, with the warnings the donor should read (a message key and its arguments each). */
    public record Receipt(Pledge pledge, List<Warning> warnings) {}

    public record Warning(String code, Object... arguments) {}

    /** Which pledges a list shows; any part may be null. */
    public record PledgeFilter(String donorIso3, Long donorOrganisationId, String stateIso3, Long needId,
            Long coalitionId, PledgeStatus status) {}

    public Page<Pledge> list(PledgeFilter filter, Pageable pageable) {
        return pledges.list(id(filter.donorIso3(), "donor"), filter.donorOrganisationId(),
                id(filter.stateIso3(), "state"), filter.needId(), filter.coalitionId(), filter.status(), pageable);
    }

    public List<Pledge> export(PledgeFilter filter, int bound) {
        return pledges.export(id(filter.donorIso3(), "donor"), filter.donorOrganisationId(),
                id(filter.stateIso3(), "state"), filter.needId(), filter.coalitionId(), filter.status(),
                Pageable.ofSize(bound));
    }

    public List<Pledge> ofNeed(Need need) {
        return pledges.ofNeed(need.id());
    }

    public Pledge get(long id) {
        return pledges.findById(id).orElseThrow(() -> new NotFoundException("Pledge", id));
    }

    public List<Disbursement> tranchesOf(Pledge pledge) {
        return disbursements.ofPledge(pledge.id());
    }

    /** What was paid on each of some pledges, in their own currencies. */
    public Map<Long, Money> paidOn(List<Pledge> some) {
        if (some.isEmpty()) {
            return Map.of();
        }
        Map<Long, Pledge> byId = some.stream().collect(Collectors.toMap(Pledge::id, p -> p));
        return disbursements.paidOn(byId.keySet()).stream().collect(Collectors.toMap(row -> (Long) row[0],
                row -> new Money((BigDecimal) row[1], byId.get((Long) row[0]).amount().currency())));
    }

    public Money paidOn(Pledge pledge) {
        return new Money(disbursements.paidOn(pledge.id()), pledge.amount().currency());
    }

    @Transactional
    public Receipt record(String donorIso3, Long donorOrganisationId, Target target, PledgeTerms terms,
            CurrentUser user) {
        Donor donor = donors.actingAs(user, donorIso3, donorOrganisationId);
        return recordOnBehalf(donor, target, terms, Reader.of(user), user.getUsername());
    }

    @Transactional
    public Receipt recordOnBehalf(Donor donor, Target target, PledgeTerms terms, Reader reader, String by) {
        Need need = null;
        State state;
        if (target.needId() != null) {
            need = needs.findById(target.needId()).filter(reader::sees)
                    .orElseThrow(() -> new RuleViolation("needId", "pledge.unknownNeed", target.needId()));
            if (need.status() != NeedStatus.OPEN) {
                throw new RuleViolation("needId", "pledge.needClosed");
            }
            state = need.state();
        } else if (target.stateIso3() != null && !target.stateIso3().isBlank()) {
            state = donors.state(target.stateIso3(), "state");
        } else {
            throw new RuleViolation("needId", "pledge.targetRequired");
        }
        Long coalitionId = coalitionOf(target.coalitionId(), state);
        Organisation operator = operator(target.operatorId());
        Pledge pledge = pledges.save(new Pledge(donor, need, state, coalitionId, terms, operator, by, today()));
        return new Receipt(pledge, need == null ? List.of() : warnings(need));
    }

    @Transactional
    public Receipt revise(long id, long version, PledgeTerms terms, Long operatorId, CurrentUser user) {
        Pledge pledge = kept(id, user);
        StaleEditException.check(version, pledge.version());
        pledge.revise(terms, operator(operatorId), paidOn(pledge));
        return new Receipt(pledge, pledge.need() == null ? List.of() : warnings(pledge.need()));
    }

    @Transactional
    public Disbursement pay(long id, LocalDate paidOn, BigDecimal amount, String reference, CurrentUser user) {
        Pledge pledge = kept(id, user);
        return payOnBehalf(pledge, paidOn, amount, reference, user.getUsername());
    }

    @Transactional
    public Disbursement payOnBehalf(Pledge pledge, LocalDate paidOn, BigDecimal amount, String reference,
            String by) {
        Money tranche = Money.of(amount, pledge.amount().currency(), "amount");
        return disbursements.save(pledge.pay(paidOn, tranche, reference, paidOn(pledge), by, today()));
    }

    private List<Warning> warnings(Need need) {
        List<Warning> warnings = new ArrayList<>();
        FundingGap gap = gaps.of(need);
        Money pledgedInAll = gap.committed().plus(gap.pledged());
        if (pledgedInAll.compareAmount(gap.cost()) > 0) {
            warnings.add(new Warning("pledge.aboveCost", pledgedInAll.toString(), gap.cost().toString()));
        }
        if (!gap.isComplete()) {
            warnings.add(new Warning("pledge.notConverted", gap.cost().currency()));
        }
        return warnings;
    }

    private Long coalitionOf(Long coalitionId, State state) {
        if (coalitionId == null) {
            return null;
        }
        Coalition coalition = coalitions.get(coalitionId);
        if (!coalition.state().id().equals(state.id())) {
            throw new RuleViolation("coalitionId", "pledge.coalitionOfAnotherState", coalition.name());
        }
        return coalition.id();
    }

    private Organisation operator(Long operatorId) {
        return operatorId == null ? null : organisations.find(operatorId)
                .orElseThrow(() -> new RuleViolation("operatorId", "pledge.unknownOperator", operatorId));
    }

    private Pledge kept(long id, CurrentUser user) {
        Pledge pledge = get(id);
        if (!pledge.isKeptBy(user)) {
            throw new AccessDeniedException("Only the donor and the ISU keep a pledge");
        }
        return pledge;
    }

    private Long id(String iso3, String field) {
        return iso3 == null || iso3.isBlank() ? null : donors.state(iso3, field).id();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
