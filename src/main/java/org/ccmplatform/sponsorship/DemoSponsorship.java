package org.ccmplatform.sponsorship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingDetails;
import org.ccmplatform.meetings.MeetingFilter;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.meetings.MeetingStatus;
import org.ccmplatform.meetings.MeetingVisibility;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.OneTimeLoads;
import org.ccmplatform.sponsorship.SponsorshipDesk.ApplicationDetails;
import org.ccmplatform.sponsorship.SponsorshipDesk.ContributionDetails;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo data of the Sponsorship Programme near the averages of the 2020 review (paragraphs 18 and 19): in 2016–2019
 * four donors gave about CHF 52,800 a year, and some 17 delegates from 16 States were sponsored to each Meeting of
 * States Parties. The donors' amounts, the delegates (invented people, marked "(demo)") and their costs are invented;
 * every figure of the reports is computed from these records. The MSPs are the meetings module's own when it has
 * them, else planned here, marked "(demo)".
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "ccm.demo-data.enabled", havingValue = "true")
class DemoSponsorship implements ApplicationRunner {

    static final String LOAD = "demo/sponsorship";
    static final String BY = "demo";
    static final String NOTE = "Demo (invented for the demonstration)";
    static final List<String> DONORS = List.of("NOR", "CHE", "IRL", "NZL");
    /** Each year's contributions, one per donor above: CHF 211,200 over four years, CHF 52,800 a year on average. */
    static final int[][] GIVEN = {{20000, 14800, 10000, 8000}, {20000, 15000, 10000, 7500}, {20000, 15000, 10500, 8000},
        {20000, 14400, 10000, 8000}};
    /** Each MSP's sponsored delegates and the States they come from: 17 from 16 on average. */
    static final int[] DELEGATES = {17, 18, 16, 17};
    static final int[] STATES = {16, 17, 15, 16};
    static final String[] MSP_NAMES = {"Sixth", "Seventh", "Eighth", "Ninth"};
    static final LocalDate[] MSP_DAYS = {LocalDate.of(2016, 9, 5), LocalDate.of(2017, 9, 4), LocalDate.of(2018, 9, 3),
        LocalDate.of(2019, 9, 2)};
    static final List<String> POOL = List.of("LBN", "LAO", "IRQ", "AFG", "KHM", "BWA", "ZMB", "MOZ", "SOM", "TCD",
            "MRT", "GNB", "SLE", "BEN", "BFA", "MDG", "MWI", "CMR", "SEN", "TGO", "NER", "GHA", "COL", "ECU", "GTM",
            "PER", "NIC", "HND", "BOL", "PSE", "FJI", "WSM", "NRU", "PLW", "CPV", "COM", "LSO", "SWZ");
    static final String[] GIVEN_NAMES = {"Amina", "Boun", "Carlos", "Dalia", "Emmanuel", "Fatou", "Gabriel", "Hana",
        "Ibrahim", "Josefa", "Kofi", "Leila", "Manuel", "Nadia", "Omar", "Paula", "Rashid", "Sokha", "Teresa"};
    static final String[] FAMILY_NAMES = {"Abdi", "Bounmy", "Castillo", "Diallo", "Eze", "Faye", "Garcia", "Haddad",
        "Ibrahimi", "Jalloh", "Keita", "Lopez", "Mensah", "Ndiaye", "Ouedraogo", "Phiri", "Quispe"};
    static final String[] FUNCTIONS = {"Director, national mine action authority", "Counsellor, Ministry of Foreign "
            + "Affairs", "Victim assistance focal point", "Head of clearance operations", "Legal adviser"};
    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    private final OneTimeLoads loads;
    private final SponsorshipDesk desk;
    private final MeetingPlanner meetings;

    DemoSponsorship(OneTimeLoads loads, SponsorshipDesk desk, MeetingPlanner meetings) {
        this.loads = loads;
        this.desk = desk;
        this.meetings = meetings;
    }

    @Override
    public void run(ApplicationArguments args) {
        loads.loadOnce(LOAD, "1", this::load);
    }

    private void load() {
        int person = 0;
        for (int y = 0; y < MSP_DAYS.length; y++) {
            LocalDate day = MSP_DAYS[y];
            int year = day.getYear();
            for (int d = 0; d < DONORS.size(); d++) {
                desk.contributeOnBehalf(new ContributionDetails(DONORS.get(d), null, year,
                        chf(GIVEN[y][d]), LocalDate.of(year, 2 + d, 10 + y), "SP-" + year + "-" + DONORS.get(d)
                                + " (demo)", NOTE), BY);
            }
            Meeting msp = msp(y);
            List<String> states = new ArrayList<>();
            for (int s = 0; s < STATES[y]; s++) {
                states.add(POOL.get((y * 7 + s) % POOL.size()));
            }
            LocalDate submitted = day.minusDays(75);
            for (int i = 0; i < DELEGATES[y]; i++) {
                String iso3 = states.get(i < STATES[y] ? i : 0);
                BigDecimal travel = BigDecimal.valueOf(1250 + (i * 379 + y * 131) % 900);
                BigDecimal dsa = BigDecimal.valueOf(i % 5 == 0 ? 1648 : 1236);
                SponsorshipApplication application = desk.submitOnBehalf(details(msp, iso3, person++, travel, dsa),
                        submitted.plusDays(i % 20), BY);
                desk.selectOnBehalf(application, day.minusDays(45), BY);
                desk.recordCostsOnBehalf(application, Sponsorship.francs(travel.subtract(
                        BigDecimal.valueOf((i * 53) % 120))), Sponsorship.francs(dsa), day.plusDays(24), BY);
            }
            String declinedState = POOL.get((y * 7 + STATES[y]) % POOL.size());
            SponsorshipApplication declined = desk.submitOnBehalf(details(msp, declinedState, person++,
                    new BigDecimal("2400"), new BigDecimal("1236")), submitted.plusDays(25), BY);
            desk.declineOnBehalf(declined, "Received after the deadline set for this meeting (demo)",
                    day.minusDays(45), BY);
            SponsorshipApplication withdrawn = desk.submitOnBehalf(details(msp, states.get(1), person++,
                    new BigDecimal("1800"), new BigDecimal("1236")), submitted.plusDays(3), BY);
            desk.withdrawOnBehalf(withdrawn, day.minusDays(30), BY);
        }
    }

    /** The MSP of that year: the meetings module's, if it has one, else one planned here and marked demo. */
    private Meeting msp(int y) {
        LocalDate day = MSP_DAYS[y];
        List<Meeting> found = meetings.list(new MeetingFilter(EnumSet.of(MeetingBody.MEETING_OF_STATES_PARTIES),
                LocalDate.of(day.getYear(), 1, 1), LocalDate.of(day.getYear(), 12, 31)), null, PageRequest.of(0, 5))
                .getContent().stream().filter(m -> m.status() != MeetingStatus.CANCELLED).toList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Meeting msp = meetings.planOnBehalf(new MeetingDetails(MeetingBody.MEETING_OF_STATES_PARTIES,
                MSP_NAMES[y] + " Meeting of States Parties (demo)", day.atTime(10, 0), day.plusDays(2).atTime(18, 0),
                GENEVA, "Palais des Nations, Geneva", false, Set.of(Language.EN, Language.FR, Language.ES),
                MeetingVisibility.PUBLIC));
        meetings.heldOnBehalf(msp);
        return msp;
    }

    private static ApplicationDetails details(Meeting msp, String iso3, int person, BigDecimal travel,
            BigDecimal dsa) {
        String name = GIVEN_NAMES[person % GIVEN_NAMES.length] + " " + FAMILY_NAMES[(person * 7) % FAMILY_NAMES.length]
                + " (demo)";
        return new ApplicationDetails(msp.id(), iso3, name, FUNCTIONS[person % FUNCTIONS.length],
                Sponsorship.francs(travel), Sponsorship.francs(dsa));
    }

    private static Money chf(int amount) {
        return Sponsorship.francs(BigDecimal.valueOf(amount));
    }
}
