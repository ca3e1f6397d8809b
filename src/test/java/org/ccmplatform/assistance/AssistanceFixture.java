package org.ccmplatform.assistance;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.obligations.ObligationStatus;
import org.ccmplatform.obligations.ObligationView;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.Role;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * States, donors, needs, offers, pledges, exchange rates and readers in one line, as the unit tests of the assistance
 * rules need them: never stored, but with ids, as if read from the database. Unit tests never read the clock.
 */
final class AssistanceFixture {

    /** The day the tests live on. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static final AtomicLong IDS = new AtomicLong(5000);

    private AssistanceFixture() {}

    // Places and donors

    static State state(String iso3, UnRegion region) {
        State state = mock(State.class);
        long id = IDS.incrementAndGet();
        when(state.id()).thenReturn(id);
        when(state.iso3()).thenReturn(iso3);
        when(state.region()).thenReturn(region);
        when(state.name(org.mockito.ArgumentMatchers.any(Locale.class))).thenReturn(iso3);
        return state;
    }

    static State lebanon() {
        return state("LBN", UnRegion.ASIA);
    }

    static State laos() {
        return state("LAO", UnRegion.ASIA);
    }

    static State norway() {
        return state("NOR", UnRegion.EUROPE);
    }

    static Organisation organisation(String acronym) {
        Organisation organisation = mock(Organisation.class);
        long id = IDS.incrementAndGet();
        when(organisation.id()).thenReturn(id);
        when(organisation.shortName()).thenReturn(acronym);
        return organisation;
    }

    static Donor donor(State state) {
        return new Donor(state, null);
    }

    static Donor donor(Organisation organisation) {
        return new Donor(null, organisation);
    }

    // Amounts and rates

    /** An amount as typed: "1250000.00", "USD". */
    static Money money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency, "amount");
    }

    static Money usd(String amount) {
        return money(amount, "USD");
    }

    /** How many dollars one unit of a currency was worth on a day. */
    static ExchangeRate rate(String currency, LocalDate day, String usdPerUnit) {
        return new ExchangeRate(currency, day, new BigDecimal(usdPerUnit), "test");
    }

    static Rates rates(ExchangeRate... latest) {
        return new Rates(TODAY, List.of(latest));
    }

    // Needs

    static NeedDetails needDetails(Theme theme, Money cost, int from, int to) {
        return new NeedDetails(theme, null, "Clear the remaining contaminated areas", null, null, cost, from, to,
                Priority.HIGH, null, true);
    }

    /** A public need of that State, serving the first article its theme serves. */
    static Need need(State state, Theme theme, Money cost, int from, int to) {
        return need(state, needDetails(theme, cost, from, to));
    }

    static Need need(State state, NeedDetails details) {
        return withId(new Need(state, IDS.incrementAndGet(), articleServedBy(details.theme()), details, "focal",
                TODAY));
    }

    /** A clearance need of USD 300,000.00 over 2026 to 2028. */
    static Need clearanceNeed(State state) {
        return need(state, Theme.SURVEY_AND_CLEARANCE, usd("300000.00"), 2026, 2028);
    }

    /** A clearance need that only the ISU, donors, the Presidency, coordinators and the State's own focal point see. */
    static Need notPublicNeed(State state) {
        return need(state, new NeedDetails(Theme.SURVEY_AND_CLEARANCE, null, "Clear the border areas", null, null,
                usd("300000.00"), 2026, 2028, Priority.HIGH, null, false));
    }

    static Article articleServedBy(Theme theme) {
        for (Article article : Article.values()) {
            if (theme.serves(article)) {
                return article;
            }
        }
        throw new IllegalArgumentException(theme.name());
    }

    // Offers

    static OfferDetails offerDetails(Set<Theme> themes, Set<String> states, Set<UnRegion> regions, Money envelope,
            int from, int to) {
        return new OfferDetails(themes, states, regions, envelope, from, to, Modality.BILATERAL_GRANT, Set.of(), null);
    }

    static DonorOffer offer(Donor donor, OfferDetails details) {
        return withId(new DonorOffer(donor, details));
    }

    /** A clearance offer of that yearly envelope over 2025 to 2030, in the States and regions named (none: anywhere). */
    static DonorOffer clearanceOffer(Donor donor, Money envelope, Set<String> states, Set<UnRegion> regions) {
        return offer(donor, offerDetails(Set.of(Theme.SURVEY_AND_CLEARANCE), states, regions, envelope, 2025, 2030));
    }

    // Pledges

    static PledgeTerms terms(Money amount, PledgeStatus status) {
        return new PledgeTerms(amount, 2026, 2028, status, false, null);
    }

    static PledgeTerms publicTerms(Money amount, PledgeStatus status) {
        return new PledgeTerms(amount, 2026, 2028, status, true, null);
    }

    /** A pledge to a need, its amount not disclosed. */
    static Pledge pledge(Donor donor, Need need, Money amount, PledgeStatus status) {
        return withId(new Pledge(donor, need, null, null, terms(amount, status), null, "donor", TODAY));
    }

    static Pledge pledge(Donor donor, Need need, PledgeTerms terms) {
        return withId(new Pledge(donor, need, null, null, terms, null, "donor", TODAY));
    }

    // Funding gaps and obligations

    /** A need's funding gap in the currency of its cost, with nothing merely pledged and nothing unconverted. */
    static FundingGap gap(Money cost, Money committed) {
        return new FundingGap(cost, committed, Money.zero(cost.currency()), cost.minus(committed), null, TODAY,
                List.of());
    }

    /** The obligation a need serves as the ledger shows it: only its status and current deadline matter here. */
    static ObligationView obligation(ObligationStatus status, LocalDate deadline) {
        return new ObligationView(null, null, null, null, deadline, List.of(), null, List.of(), status, TODAY);
    }

    // People

    static CurrentUser user(Role role, Long stateId, Long organisationId) {
        long id = IDS.incrementAndGet();
        return new CurrentUser(id, "user" + id, null, "User " + id, Set.of(role), stateId, organisationId, true,
                false);
    }

    static CurrentUser withRole(Role role) {
        return user(role, null, null);
    }

    static CurrentUser isu() {
        return withRole(Role.ISU_ADMIN);
    }

    static CurrentUser focalPointOf(State state) {
        return user(Role.FOCAL_POINT, state.id(), null);
    }

    static CurrentUser donorActingFor(State state) {
        return user(Role.DONOR, state.id(), null);
    }

    static CurrentUser donorActingFor(Organisation organisation) {
        return user(Role.DONOR, null, organisation.id());
    }

    static <T> T withId(T entity) {
        ReflectionTestUtils.setField(entity, "id", IDS.incrementAndGet());
        return entity;
    }
}
