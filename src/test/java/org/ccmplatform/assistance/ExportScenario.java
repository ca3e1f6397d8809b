package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.ccmplatform.assistance.PledgeDesk.Target;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.Money;

/**
 * Rows an export test makes for itself through the desks, inside its own (rolled back) transaction, whatever demo
 * data exists: in Lebanon, a public clearance need in USD whose title starts like a formula and a need in MUR marked
 * not public; a dated MUR rate; Norway's committed USD pledge with a tranche through NPA, its public pledge in KGS (a
 * currency with no rate), its pledge to the need not public; UNDP's undisclosed pledge and its public indicated one.
 */
final class ExportScenario {

    static final String RATE_CURRENCY = "MUR";
    static final String NO_RATE_CURRENCY = "KGS";
    static final BigDecimal MUR_IN_USD = new BigDecimal("0.0220");

    final LocalDate today;
    final LocalDate rateDate;
    final LocalDate paidOn;
    final int firstYear;
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String publicTitle = "=SUM(A1) clearance of Nabatieh " + tag;
    final String hiddenTitle = "Confidential survey of the Bekaa " + tag;
    final Organisation npa;
    final Organisation undp;
    final Need publicNeed;
    final Need hiddenNeed;
    final Pledge committed;
    final Pledge unconvertible;
    final Pledge undisclosed;
    final Pledge indicated;
    final Pledge toHiddenNeed;

    ExportScenario(NeedDesk needs, PledgeDesk pledges, RateDesk rates, FundingGaps gaps, StateRegister states,
            OrganisationDirectory organisations) {
        today = gaps.today();
        rateDate = today.minusDays(10);
        paidOn = today.minusDays(30);
        firstYear = today.getYear() - 1;
        assertThat(gaps.ratesOn(today).knows(NO_RATE_CURRENCY)).as("no rate for " + NO_RATE_CURRENCY).isFalse();
        rates.recordOnBehalf(RATE_CURRENCY, rateDate, MUR_IN_USD, "Export test " + tag);

        State lebanon = states.get("LBN");
        npa = organisations.findByName("Norwegian People's Aid").orElseThrow();
        undp = organisations.findByName("United Nations Development Programme").orElseThrow();
        publicNeed = needs.postOnBehalf(lebanon, Article.ARTICLE_4, new NeedDetails(Theme.SURVEY_AND_CLEARANCE,
                "Nabatieh", publicTitle, new BigDecimal("2.4"), "km²", money("1000000.00", "USD"), firstYear,
                firstYear + 2, Priority.HIGH, "Survey LMAC-" + tag, true), null, null, "export-test");
        hiddenNeed = needs.postOnBehalf(lebanon, Article.ARTICLE_4, new NeedDetails(Theme.SURVEY_AND_CLEARANCE,
                "Bekaa", hiddenTitle, null, null, money("500000.00", RATE_CURRENCY), firstYear, firstYear + 1,
                Priority.MEDIUM, null, false), null, null, "export-test");

        Donor norway = new Donor(states.get("NOR"), null);
        Donor undpDonor = new Donor(null, undp);
        committed = pledge(pledges, norway, publicNeed, "300000.00", "USD", PledgeStatus.COMMITTED, true, npa.id());
        pledges.payOnBehalf(committed, paidOn, new BigDecimal("100000.00"), "NO-TR-" + tag, "export-test");
        unconvertible = pledge(pledges, norway, publicNeed, "1000000.00", NO_RATE_CURRENCY, PledgeStatus.COMMITTED,
                true, null);
        undisclosed = pledge(pledges, undpDonor, publicNeed, "123456.78", "USD", PledgeStatus.PLEDGED, false, null);
        indicated = pledge(pledges, undpDonor, publicNeed, "50000.00", "USD", PledgeStatus.INDICATED, true, null);
        toHiddenNeed = pledge(pledges, norway, hiddenNeed, "100000.00", RATE_CURRENCY, PledgeStatus.COMMITTED, true,
                null);
    }

    private Pledge pledge(PledgeDesk pledges, Donor donor, Need need, String amount, String currency,
            PledgeStatus status, boolean publicAmount, Long operatorId) {
        return pledges.recordOnBehalf(donor, new Target(need.id(), null, null, operatorId),
                new PledgeTerms(money(amount, currency), firstYear, firstYear + 1, status, publicAmount, null),
                Reader.isu(), "export-test").pledge();
    }

    static Money money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency, "amount");
    }
}
