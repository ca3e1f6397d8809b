package org.ccmplatform.assistance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.ccmplatform.coalitions.Coalition;
import org.ccmplatform.coalitions.CoalitionRegister;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.OneTimeLoads;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo data of assistance, every figure invented for the demonstration and marked so: indicative exchange rates;
 * offers of Norway, Germany, Switzerland and UNDP; needs of Lebanon and Lao PDR (one of Lebanon's not public);
 * Montenegro's clearance programme funded by Norway through NPA and completed in 2020; Botswana's stockpile
 * destruction, completed in 2018; pledges at every stage, one undisclosed, with tranches. Years follow today's.
 */
@Component
@Order(65)
@ConditionalOnProperty(name = "ccm.demo-data.enabled", havingValue = "true")
class DemoAssistance implements ApplicationRunner {

    static final String LOAD = "demo/assistance";
    static final String DEMO = "Demo (indicative rate invented for the demonstration)";
    static final String DEMO_NOTE = "Demo (invented for the demonstration)";
    static final String BY = "demo";

    private final OneTimeLoads loads;
    private final RateDesk rates;
    private final NeedDesk needs;
    private final OfferDesk offers;
    private final PledgeDesk pledges;
    private final StateRegister states;
    private final OrganisationDirectory organisations;
    private final CoalitionRegister coalitions;
    private final Clock clock;

    DemoAssistance(OneTimeLoads loads, RateDesk rates, NeedDesk needs, OfferDesk offers, PledgeDesk pledges,
            StateRegister states, OrganisationDirectory organisations, CoalitionRegister coalitions, Clock clock) {
        this.loads = loads;
        this.rates = rates;
        this.needs = needs;
        this.offers = offers;
        this.pledges = pledges;
        this.states = states;
        this.organisations = organisations;
        this.coalitions = coalitions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        loads.loadOnce(LOAD, "1", this::load);
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        rates(today);
        Donor norway = new Donor(states.get("NOR"), null);
        Donor germany = new Donor(states.get("DEU"), null);
        Donor switzerland = new Donor(states.get("CHE"), null);
        Donor undp = new Donor(null, organisation("UNDP"));
        Organisation npa = organisation("NPA");
        Organisation mag = organisation("MAG");

        offers.postOnBehalf(norway, new OfferDetails(EnumSet.of(Theme.SURVEY_AND_CLEARANCE, Theme.RISK_EDUCATION,
                Theme.VICTIM_ASSISTANCE), Set.of("LBN", "LAO", "IRQ"), Set.of(), money("60000000", "NOK"), year - 1,
                year + 3, Modality.THROUGH_OPERATOR, EnumSet.of(Preference.NATIONAL_OWNERSHIP, Preference.MULTI_YEAR),
                DEMO_NOTE));
        offers.postOnBehalf(germany, new OfferDetails(EnumSet.of(Theme.SURVEY_AND_CLEARANCE,
                Theme.STOCKPILE_DESTRUCTION, Theme.RISK_EDUCATION), Set.of(), Set.of(UnRegion.ASIA, UnRegion.AFRICA),
                money("8000000", "EUR"), year, year + 2, Modality.BILATERAL_GRANT, EnumSet.of(Preference.CO_FINANCING),
                DEMO_NOTE));
        offers.postOnBehalf(switzerland, new OfferDetails(EnumSet.of(Theme.SURVEY_AND_CLEARANCE,
                Theme.VICTIM_ASSISTANCE), Set.of("LAO"), Set.of(UnRegion.EUROPE), money("3000000", "CHF"), year,
                year + 3, Modality.THROUGH_OPERATOR, EnumSet.of(Preference.GENDER_AND_DIVERSITY), DEMO_NOTE));
        offers.postOnBehalf(undp, new OfferDetails(EnumSet.of(Theme.NATIONAL_CAPACITY, Theme.VICTIM_ASSISTANCE),
                Set.of(), Set.of(), money("1500000", "USD"), year, year + 1, Modality.THROUGH_TRUST_FUND,
                EnumSet.of(Preference.NATIONAL_OWNERSHIP, Preference.CAPACITY_BUILDING), DEMO_NOTE));

        State lebanon = states.get("LBN");
        Need southLebanon = need(lebanon, Article.ARTICLE_4, new NeedDetails(Theme.SURVEY_AND_CLEARANCE,
                "South Lebanon and Nabatieh governorates",
                "Technical survey and clearance of 2.4 km² of cluster munition contaminated land",
                new BigDecimal("2.4"), "km²", money("9600000", "USD"), year, year + 2, Priority.HIGH,
                "LMAC national non-technical survey, reference LMAC-NTS-DEMO-14 (demo)", true));
        need(lebanon, Article.ARTICLE_4, new NeedDetails(Theme.RISK_EDUCATION, "Bekaa and South Lebanon",
                "Risk education for returning families and farmers", null, null, money("850000", "USD"), year,
                year + 1, Priority.MEDIUM, "LMAC casualty data (demo)", true));
        Need lebanonVictims = need(lebanon, Article.ARTICLE_5, new NeedDetails(Theme.VICTIM_ASSISTANCE, null,
                "Physical rehabilitation and psychosocial support for survivors", null, null,
                money("1200000", "USD"), year, year + 2, Priority.HIGH, "National survivors' register (demo)", false));

        State laos = states.get("LAO");
        Need xiengKhouang = need(laos, Article.ARTICLE_4, new NeedDetails(Theme.SURVEY_AND_CLEARANCE,
                "Xieng Khouang and Savannakhet provinces",
                "Survey and clearance of 45 km² of confirmed hazardous area", new BigDecimal("45"), "km²",
                money("18000000", "USD"), year, year + 4, Priority.HIGH,
                "NRA evidence-based survey, reference NRA-CHA-DEMO-2025 (demo)", true));
        Need database = need(laos, Article.ARTICLE_4, new NeedDetails(Theme.NATIONAL_CAPACITY, "Vientiane",
                "Strengthening the national mine action database and its quality management", null, null,
                money("400000", "USD"), year, year, Priority.MEDIUM, "NRA capacity assessment (demo)", true));

        State montenegro = states.get("MNE");
        Need golubovci = need(montenegro, Article.ARTICLE_4, new NeedDetails(Theme.SURVEY_AND_CLEARANCE,
                "Golubovci, Rudo Polje and Bijelo Polje",
                "Clearance of the remaining 1.7 km² of cluster munition contaminated areas", new BigDecimal("1.7"),
                "km²", money("1150000", "EUR"), 2018, 2020, Priority.HIGH, "DEM completion plan 2018 (demo)", true));
        State botswana = states.get("BWA");
        Need stockpile = need(botswana, Article.ARTICLE_3, new NeedDetails(Theme.STOCKPILE_DESTRUCTION, null,
                "Destruction of the declared cluster munition stockpile", null, null, money("700000", "USD"), 2017,
                2018, Priority.HIGH, "BDF stockpile declaration (demo)", true));

        Coalition forum = coalition("LBN");
        Pledge norwayLebanon = pledge(norway, southLebanon.id(), null, null, npa, "30000000", "NOK", year, year + 1,
                PledgeStatus.COMMITTED, true);
        pledges.payOnBehalf(norwayLebanon, today.minusMonths(8).withDayOfMonth(15), new BigDecimal("10000000"),
                "NO-MFA tranche 1 (demo)", BY);
        pledge(germany, southLebanon.id(), null, null, mag, "2000000", "EUR", year, year, PledgeStatus.PLEDGED, true);
        pledge(norway, null, "LBN", forum == null ? null : forum.id(), null, "500000", "USD", year, year,
                PledgeStatus.INDICATED, true);
        pledge(undp, lebanonVictims.id(), null, null, null, "300000", "USD", year, year + 1, PledgeStatus.COMMITTED,
                true);
        pledge(undp, database.id(), null, null, null, "400000", "USD", year, year, PledgeStatus.COMMITTED, true);
        pledge(switzerland, xiengKhouang.id(), null, null, mag, "2500000", "CHF", year, year + 2,
                PledgeStatus.COMMITTED, false);
        pledge(germany, xiengKhouang.id(), null, null, null, "1500000", "EUR", year + 1, year + 2,
                PledgeStatus.INDICATED, true);

        Pledge norwayMontenegro = pledge(norway, golubovci.id(), null, null, npa, "11000000", "NOK", 2018, 2020,
                PledgeStatus.COMMITTED, true);
        pledges.payOnBehalf(norwayMontenegro, LocalDate.of(2018, 4, 20), new BigDecimal("4000000"),
                "NO-MFA tranche 1 (demo)", BY);
        pledges.payOnBehalf(norwayMontenegro, LocalDate.of(2019, 3, 18), new BigDecimal("4000000"),
                "NO-MFA tranche 2 (demo)", BY);
        pledges.payOnBehalf(norwayMontenegro, LocalDate.of(2020, 2, 10), new BigDecimal("3000000"),
                "NO-MFA tranche 3 (demo)", BY);
        Pledge germanyBotswana = pledge(germany, stockpile.id(), null, null, null, "450000", "EUR", 2017, 2018,
                PledgeStatus.COMMITTED, true);
        pledges.payOnBehalf(germanyBotswana, LocalDate.of(2017, 9, 1), new BigDecimal("450000"),
                "AA tranche (demo)", BY);
        needs.closeOnBehalf(golubovci);
        needs.closeOnBehalf(stockpile);
    }

    private void rates(LocalDate today) {
        LocalDate endOfLastYear = LocalDate.of(today.getYear() - 1, 12, 31);
        LocalDate midYear = LocalDate.of(today.getYear(), 6, 30);
        rate("EUR", endOfLastYear, "1.08");
        rate("NOK", endOfLastYear, "0.091");
        rate("CHF", endOfLastYear, "1.12");
        rate("GBP", endOfLastYear, "1.26");
        rate("JPY", endOfLastYear, "0.0066");
        if (!midYear.isAfter(today)) {
            rate("EUR", midYear, "1.10");
            rate("NOK", midYear, "0.094");
            rate("CHF", midYear, "1.15");
        }
    }

    private void rate(String currency, LocalDate on, String usdPerUnit) {
        rates.recordOnBehalf(currency, on, new BigDecimal(usdPerUnit), DEMO);
    }

    private Need need(State state, Article article, NeedDetails details) {
        return needs.postOnBehalf(state, article, details, null, null, BY);
    }

    private Pledge pledge(Donor donor, Long needId, String stateIso3, Long coalitionId, Organisation operator,
            String amount, String currency, int from, int to, PledgeStatus status, boolean publicAmount) {
        return pledges.recordOnBehalf(donor, new PledgeDesk.Target(needId, stateIso3, coalitionId,
                        operator == null ? null : operator.id()),
                new PledgeTerms(money(amount, currency), from, to, status, publicAmount, DEMO_NOTE), Reader.isu(), BY)
                .pledge();
    }

    private Coalition coalition(String iso3) {
        return coalitions.list(null, PageRequest.of(0, 100)).getContent().stream()
                .filter(c -> c.state().iso3().equals(iso3)).findFirst().orElse(null);
    }

    private Organisation organisation(String acronym) {
        return organisations.all().stream().filter(o -> acronym.equals(o.acronym())).findFirst().orElseThrow();
    }

    private static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
