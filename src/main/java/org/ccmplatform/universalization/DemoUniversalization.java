package org.ccmplatform.universalization;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.ParticipationRecord;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.OneTimeLoads;
import org.ccmplatform.universalization.UniversalizationDesk.EngagementDetails;
import org.ccmplatform.universalization.UniversalizationDesk.ProfileDetails;
import org.ccmplatform.universalization.UniversalizationDesk.TargetDetails;
import org.ccmplatform.universalization.UniversalizationDesk.VoteDetails;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data of universalization, grounded in item 5.2 of the Coordination Committee's minutes of 4 November 2016:
 * the President's two categories (the main producers among the political and security concerns; most Pacific and
 * South-East Asian States among the administrative reasons), the engagement the minutes tell of (the Addis Ababa
 * workshop of August 2016, New Zealand's ASEAN inter-sessional meeting planned for early 2017, the planned
 * South-East Asia workshop, the Presidency's letters and travel) and the targets (130 States Parties by 2020; eight new
 * States Parties by the 7MSP). Which State falls in which category, the votes, dates not in the minutes and the
 * outcomes are the demo's and say "(demo)"; only the best-known producers cite the Monitor. A few real signatures are
 * recorded in the registry where none is, marked to be checked.
 */
@Component
@Order(80)
@ConditionalOnProperty(name = "ccm.demo-data.enabled", havingValue = "true")
class DemoUniversalization implements ApplicationRunner {

    static final String LOAD = "demo/universalization";
    static final String BY = "demo";
    static final String MINUTES = "Coordination Committee minutes, 4 November 2016, item 5.2";
    static final String CATEGORY_NOTE = "Category assigned for the demonstration after the President’s two "
            + "categories (" + MINUTES + ") (demo)";
    static final String MONITOR = "Cluster Munition Monitor; category after " + MINUTES;
    static final String VOTES = "Illustrative (demo): not the recorded vote. The minutes say only that resolution "
            + "A/C.1/71/L.22 was adopted with few abstentions in 2016.";
    static final String SIGNATURES = "UN Treaty Collection, chapter XXVI-6 (demo: recorded for the demonstration, "
            + "to be checked by the ISU)";
    /** Producers and holders that are public knowledge from the Monitor. */
    static final List<String> KNOWN_PRODUCERS = List.of("USA", "RUS", "CHN", "ISR");
    /** Other producers of the Monitor's list, flagged for the demo. */
    static final List<String> OTHER_PRODUCERS = List.of("IND", "PAK", "KOR");
    static final List<String> PACIFIC = List.of("TON", "KIR", "MHL", "FSM", "SLB", "PNG");
    static final List<String> SOUTH_EAST_ASIA = List.of("BRN", "KHM", "TLS", "MYS", "THA", "IDN");
    static final List<String> AFRICA = List.of("AGO", "KEN", "ETH");
    /** Real signatures of States that never ratified (3 December 2008 unless said). */
    static final List<String[]> SIGNED = List.of(new String[] {"IDN", "2008-12-03"},
            new String[] {"KEN", "2008-12-03"}, new String[] {"AGO", "2008-12-03"}, new String[] {"UGA", "2008-12-03"},
            new String[] {"TZA", "2008-12-03"}, new String[] {"LBR", "2008-12-03"}, new String[] {"COD", "2009-03-18"},
            new String[] {"JAM", "2009-06-12"}, new String[] {"CYP", "2009-09-23"}, new String[] {"HTI", "2009-10-28"},
            new String[] {"DJI", "2010-07-30"});

    private final OneTimeLoads loads;
    private final UniversalizationDesk desk;
    private final StateRegister register;
    private final OrganisationDirectory organisations;

    DemoUniversalization(OneTimeLoads loads, UniversalizationDesk desk, StateRegister register,
            OrganisationDirectory organisations) {
        this.loads = loads;
        this.desk = desk;
        this.register = register;
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        loads.loadOnce(LOAD, "1", this::load);
    }

    private void load() {
        signatures();
        for (String iso3 : KNOWN_PRODUCERS) {
            assess(iso3, Category.POLITICAL_AND_SECURITY, true, true, "Among the main producers of cluster "
                    + "munitions, which the President placed in the second category", MONITOR);
        }
        for (String iso3 : OTHER_PRODUCERS) {
            assess(iso3, Category.POLITICAL_AND_SECURITY, true, true, CATEGORY_NOTE,
                    "Cluster Munition Monitor (demo: to be checked against the latest report)");
        }
        for (String iso3 : PACIFIC) {
            assess(iso3, Category.ADMINISTRATIVE, false, false, "New Zealand: most Pacific States belong to the "
                    + "first category; this State’s place in it is the demo’s (demo)", MINUTES);
        }
        for (String iso3 : SOUTH_EAST_ASIA) {
            assess(iso3, Category.ADMINISTRATIVE, false, false, CATEGORY_NOTE, MINUTES);
        }
        for (String iso3 : AFRICA) {
            assess(iso3, Category.ADMINISTRATIVE, false, false, CATEGORY_NOTE, MINUTES);
        }
        votes();
        engagements();
        targets();
    }

    private void signatures() {
        for (String[] signed : SIGNED) {
            if (register.find(signed[0]).flatMap(s -> register.participation(s, register.ccm())).isEmpty()) {
                register.record(signed[0], "CCM", null, new ParticipationRecord(LocalDate.parse(signed[1]), null,
                        null, null, SIGNATURES));
            }
        }
    }

    private void assess(String iso3, Category category, boolean producer, boolean holder, String note,
            String source) {
        desk.assessOnBehalf(iso3, new ProfileDetails(category, producer, holder, note, source), BY);
    }

    private void votes() {
        for (int year = 2015; year <= 2016; year++) {
            for (String iso3 : KNOWN_PRODUCERS) {
                vote(iso3, year, iso3.equals("CHN") ? Vote.ABSTAIN : Vote.NO);
            }
            for (String iso3 : OTHER_PRODUCERS) {
                vote(iso3, year, Vote.ABSTAIN);
            }
            for (String iso3 : PACIFIC) {
                vote(iso3, year, iso3.equals("TON") && year == 2015 ? Vote.ABSENT : Vote.YES);
            }
            for (String iso3 : SOUTH_EAST_ASIA) {
                vote(iso3, year, Vote.YES);
            }
            for (String iso3 : AFRICA) {
                vote(iso3, year, Vote.YES);
            }
        }
    }

    private void vote(String iso3, int year, Vote vote) {
        desk.voteOnBehalf(iso3, new VoteDetails(year, vote, VOTES), BY);
    }

    private void engagements() {
        Long cmc = organisations.findByName("Cluster Munition Coalition").map(o -> o.id()).orElse(null);
        engage("ETH", EngagementKind.WORKSHOP, Engager.OTHER, null, null, "Addis Ababa universalization workshop",
                LocalDate.of(2016, 8, 16), "Universalization workshop in Addis Ababa, August 2016 (" + MINUTES
                + "; the day is the demo’s)", "Cameroon then offered to host a similar event once its new "
                + "legislation is approved (" + MINUTES + ")", false);
        engage("MYS", EngagementKind.MEETING, Engager.OTHER, "NZL", null, null, LocalDate.of(2016, 11, 4),
                "New Zealand announced that it would host an ASEAN Inter-Sessional Meeting on Non-Proliferation and "
                        + "Disarmament in early 2017 and offered to coordinate universalization efforts with the "
                        + "Presidency and the Coordinators (" + MINUTES + ")",
                "Planned for early 2017", false);
        engage("VNM", EngagementKind.WORKSHOP, Engager.COORDINATOR, "ZMB", null, null, LocalDate.of(2016, 11, 4),
                "The Coordinators, with the Presidency and partners, hope to organize a workshop on universalization "
                        + "in South East Asia, funds permitting (" + MINUTES + ")",
                "Funding sought; the Presidency approached the European Union (" + MINUTES + ")", false);
        for (String iso3 : List.of("TON", "KIR", "BRN")) {
            engage(iso3, EngagementKind.LETTER, Engager.PRESIDENCY, "DEU", null, null, LocalDate.of(2016, 11, 21),
                    "Letter of the President inviting the State to join the Convention, following the Presidency’s "
                            + "offer to write to target States (" + MINUTES + "; the letter is the demo’s)",
                    "Acknowledged (demo)", false);
        }
        engage("THA", EngagementKind.VISIT, Engager.PRESIDENCY, "DEU", null, null, LocalDate.of(2016, 12, 12),
                "Visit of the President to the capital to discuss accession (demo, after the Presidency’s offer to "
                        + "travel to target States, " + MINUTES + ")",
                "Interest in an accession workshop (demo)", false);
        engage("USA", EngagementKind.MEETING, Engager.COORDINATOR, "FRA", null, null, LocalDate.of(2016, 11, 25),
                "Confidential bilateral exchange on the security concerns that keep the State out of the Convention, "
                        + "opening the constructive dialogue with producers France announced (demo)",
                "Willing to continue the dialogue as an observer at meetings (demo)", true);
        engage("KOR", EngagementKind.MEETING, Engager.CMC, null, cmc, null, LocalDate.of(2016, 10, 20),
                "Briefing with data from the Cluster Munition Monitor (demo)", null, false);
    }

    private void engage(String iso3, EngagementKind kind, Engager engager, String engagerState, Long organisation,
            String name, LocalDate day, String what, String outcome, boolean confidential) {
        desk.engageOnBehalf(iso3, new EngagementDetails(kind, engager, engagerState, organisation, name, day, what,
                outcome, confidential), BY);
    }

    private void targets() {
        desk.targetOnBehalf(new TargetDetails(LocalDate.of(2020, 12, 31), 130,
                "130 States Parties by 2020 (Dubrovnik Action Plan)", "Dubrovnik Action Plan (First Review "
                + "Conference, 2015), recalled by the universalization coordinators: " + MINUTES), BY);
        int then = PartiesOverTime.on(register.participationsIn(register.ccm()).stream()
                .map(p -> new PartiesOverTime.Membership(p.depositDate(), p.withdrawalEffective())).toList(),
                LocalDate.of(2016, 11, 4));
        desk.targetOnBehalf(new TargetDetails(LocalDate.of(2017, 9, 4), then + 8,
                "Eight new States Parties by the Seventh Meeting of States Parties", "Universalization concept note "
                + "(France and Zambia): " + MINUTES + "; counted from the States Parties on 4 November 2016; the "
                + "7MSP’s opening day is the demo’s"), BY);
    }
}
