package org.ccmplatform.governance;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.ccmplatform.governance.CommitteeDesk.SeatDetails;
import org.ccmplatform.governance.Presidencies.MspDetails;
import org.ccmplatform.governance.Presidencies.SlotDetails;
import org.ccmplatform.meetings.ActionPoint;
import org.ccmplatform.meetings.ActionPointTracker;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingFilter;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.meetings.MeetingStatus;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.shared.OneTimeLoads;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The German Presidency of the Seventh Meeting of States Parties and its Coordination Committee as the minutes of
 * 4 November 2016 record them: the coordinators of each theme, the ISU Director, the CMC, the ICRC and UNODA invited
 * and the GICHD called upon; the MSPs from the sixth to the ninth (whose Presidents the sources do not name, except
 * Germany's); the action points that asked for operational plans, and the plans themselves (DemoPlans).
 */
@Component
@Order(75)
@ConditionalOnProperty(name = "ccm.demo-data.enabled", havingValue = "true")
class DemoGovernance implements ApplicationRunner {

    static final String LOAD = "demo/presidency-2016";
    static final LocalDate COMMITTEE_MEETING = LocalDate.of(2016, 11, 4);
    private static final Map<String, Theme> REQUESTED = Map.of("(victim assistance)", Theme.VICTIM_ASSISTANCE,
            "(universalization)", Theme.UNIVERSALIZATION, "(stockpile destruction)", Theme.STOCKPILE_DESTRUCTION,
            "(clearance)", Theme.CLEARANCE, "(international cooperation and assistance)",
            Theme.COOPERATION_AND_ASSISTANCE, "(transparency)", Theme.TRANSPARENCY,
            "(national implementation measures)", Theme.NATIONAL_IMPLEMENTATION);

    private final OneTimeLoads loads;
    private final Presidencies presidencies;
    private final CommitteeDesk committee;
    private final CommitteeRoster roster;
    private final PlanRequestDesk requests;
    private final DemoPlans plans;
    private final MeetingPlanner meetings;
    private final ActionPointTracker actionPoints;
    private final OrganisationDirectory organisations;

    DemoGovernance(OneTimeLoads loads, Presidencies presidencies, CommitteeDesk committee, CommitteeRoster roster,
            PlanRequestDesk requests, DemoPlans plans, MeetingPlanner meetings, ActionPointTracker actionPoints,
            OrganisationDirectory organisations) {
        this.loads = loads;
        this.presidencies = presidencies;
        this.committee = committee;
        this.roster = roster;
        this.requests = requests;
        this.plans = plans;
        this.meetings = meetings;
        this.actionPoints = actionPoints;
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        loads.loadOnce(LOAD, "1", this::load);
    }

    private void load() {
        msp(6, LocalDate.of(2016, 9, 5), LocalDate.of(2016, 9, 7), null, null);
        StatesPartiesMeeting seventh = msp(7, LocalDate.of(2017, 9, 4), LocalDate.of(2017, 9, 6), "DEU",
                "H.E. Michael Biontino");
        msp(8, LocalDate.of(2018, 9, 3), LocalDate.of(2018, 9, 5), null, null);
        msp(9, LocalDate.of(2019, 9, 2), LocalDate.of(2019, 9, 4), null, null);
        Term term = roster.term(seventh.id()).orElseThrow();
        seat(term, SeatKind.ISU_DIRECTOR, null, null, null, "Ms. Sheila Mweemba");
        coordinator(term, Theme.UNIVERSALIZATION, "FRA", "Ms. Camille Gufflet");
        coordinator(term, Theme.UNIVERSALIZATION, "ZMB", "H.E. Ms. Encyla Tina Chishiba Sinjela");
        coordinator(term, Theme.VICTIM_ASSISTANCE, "ITA", "Dr. Silvia Cattaneo");
        coordinator(term, Theme.VICTIM_ASSISTANCE, "CHL", "Ms. Carola Muñoz");
        coordinator(term, Theme.STOCKPILE_DESTRUCTION, "HRV", "Ms. Ines Sprem Scigliano");
        coordinator(term, Theme.STOCKPILE_DESTRUCTION, "MEX", "Mr. Víctor Martínez");
        coordinator(term, Theme.CLEARANCE, "NOR", "Ms. Malgorzata Hauge");
        coordinator(term, Theme.CLEARANCE, "NLD", "Ms. Sachi Claringbould");
        coordinator(term, Theme.COOPERATION_AND_ASSISTANCE, "IRQ", "Mr. Emad Al-Juhaishi");
        coordinator(term, Theme.COOPERATION_AND_ASSISTANCE, "AUS", "Mr. Hugh Watson");
        coordinator(term, Theme.TRANSPARENCY, "CRI", "Ms. Maricela Muñoz");
        coordinator(term, Theme.NATIONAL_IMPLEMENTATION, "NZL", "Ms. Katy Donnelly");
        coordinator(term, Theme.GENERAL_STATUS, "BIH", "Mr. Asim Dorović");
        coordinator(term, Theme.GENERAL_STATUS, "CHE", "Ms. Aline Berdoz");
        seat(term, SeatKind.STANDING_INVITEE, null, "Cluster Munition Coalition", null, "Ms. Amélie Chayer");
        seat(term, SeatKind.STANDING_INVITEE, null, "International Committee of the Red Cross", null,
                "Mr. Louis Maresca");
        seat(term, SeatKind.STANDING_INVITEE, null, "United Nations Office for Disarmament Affairs", null,
                "Ms. Silvia Mercogliano");
        seat(term, SeatKind.OCCASIONAL_INVITEE, null, "Geneva International Centre for Humanitarian Demining", null,
                null);
        plans.load(term);
        slots(seventh);
        askForPlans(term);
    }

    /** The MSP, linked to the meetings module's meeting of those days if one is there (the sponsorship demo's). */
    private StatesPartiesMeeting msp(int ordinal, LocalDate start, LocalDate end, String president, String person) {
        StatesPartiesMeeting msp = presidencies.recordOnBehalf(new MspDetails(MeetingKind.MEETING_OF_STATES_PARTIES,
                ordinal, start, end, StatesPartiesMeeting.DEFAULT_PLACE, president, person));
        meetings.listOnBehalf(new MeetingFilter(EnumSet.of(MeetingBody.MEETING_OF_STATES_PARTIES), start, end))
                .stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED).findFirst().map(Meeting::id)
                .ifPresent(msp::heldAs);
        return msp;
    }

    private void coordinator(Term term, Theme theme, String iso3, String person) {
        committee.seatOnBehalf(term, new SeatDetails(SeatKind.COORDINATOR, theme, iso3, null, person));
    }

    private void seat(Term term, SeatKind kind, Theme theme, String organisation, String iso3, String person) {
        Long organisationId = organisation == null ? null : organisations.findByName(organisation).orElseThrow().id();
        committee.seatOnBehalf(term, new SeatDetails(kind, theme, iso3, organisationId, person));
    }

    /** Updates in the 7MSP's programme by States implementing Articles 3 and 4 (which ones is illustrative). */
    private void slots(StatesPartiesMeeting seventh) {
        LocalDate first = seventh.startDate();
        List<Object[]> updates = List.of(
                new Object[] {"LBN", Theme.CLEARANCE, first.plusDays(1), "Article 4: clearance and the 2016 Beirut workshop (demo)"},
                new Object[] {"LAO", Theme.CLEARANCE, first.plusDays(1), "Article 4: survey and clearance (demo)"},
                new Object[] {"HRV", Theme.CLEARANCE, first.plusDays(1), "Article 4: clearance towards the deadline (demo)"},
                new Object[] {"BWA", Theme.STOCKPILE_DESTRUCTION, first, "Article 3: stockpile destruction (demo)"},
                new Object[] {"IRQ", Theme.VICTIM_ASSISTANCE, first.plusDays(2), "Article 5: victim assistance (demo)"});
        for (Object[] u : updates) {
            presidencies.addSlotOnBehalf(seventh, new SlotDetails((String) u[0], (Theme) u[1], (LocalDate) u[2],
                    (String) u[3]));
        }
    }

    /** The action points of 4 November 2016 that asked each theme for its operational plan by the next meeting. */
    private void askForPlans(Term term) {
        List<Meeting> met = meetings.listOnBehalf(new MeetingFilter(EnumSet.of(MeetingBody.COORDINATION_COMMITTEE),
                COMMITTEE_MEETING, COMMITTEE_MEETING));
        if (met.isEmpty()) {
            return;
        }
        for (ActionPoint point : actionPoints.pendingOf(met.stream().map(Meeting::id).toList())) {
            REQUESTED.entrySet().stream().filter(e -> point.text().contains(e.getKey())).findFirst()
                    .ifPresent(e -> requests.askOnBehalf(point.id(), term, EnumSet.of(e.getValue())));
        }
    }
}
