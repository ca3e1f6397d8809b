package org.ccmplatform.coalitions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.meetings.ActionPoint;
import org.ccmplatform.meetings.ActionPointOwner;
import org.ccmplatform.meetings.ActionPointStatus;
import org.ccmplatform.meetings.ActionPointTracker;
import org.ccmplatform.meetings.AgendaItem;
import org.ccmplatform.meetings.Attendance;
import org.ccmplatform.meetings.Delegation;
import org.ccmplatform.meetings.DelegationDesk;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingDetails;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.meetings.MinutesDesk;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.OneTimeLoads;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo coalitions from the sources: Lebanon's Mine Action Forum (Norway, GICHD facilitating, UNDP secretariat, twice a
 * year, quarterly working groups), Montenegro's completed programme with Norway and NPA, Botswana, and a proposed
 * coalition for Lao PDR. The meetings, action points and the concern are invented for the demo.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "ccm.demo-data.enabled", havingValue = "true")
class DemoCoalitions implements ApplicationRunner {

    static final String LOAD = "demo/coalitions";
    private static final ZoneId BEIRUT = ZoneId.of("Asia/Beirut");

    private final OneTimeLoads loads;
    private final Coalitions coalitions;
    private final CoalitionRegister register;
    private final CoalitionCalendar calendar;
    private final Concerns concerns;
    private final MidTermUpdates midTermUpdates;
    private final StateRegister states;
    private final OrganisationDirectory organisations;
    private final MeetingPlanner planner;
    private final DelegationDesk delegations;
    private final MinutesDesk minutes;
    private final ActionPointTracker actionPoints;
    private final AccountService accounts;

    DemoCoalitions(OneTimeLoads loads, Coalitions coalitions, CoalitionRegister register, CoalitionCalendar calendar,
            Concerns concerns, MidTermUpdates midTermUpdates, StateRegister states, OrganisationDirectory organisations,
            MeetingPlanner planner, DelegationDesk delegations, MinutesDesk minutes, ActionPointTracker actionPoints,
            AccountService accounts) {
        this.loads = loads;
        this.coalitions = coalitions;
        this.register = register;
        this.calendar = calendar;
        this.concerns = concerns;
        this.midTermUpdates = midTermUpdates;
        this.states = states;
        this.organisations = organisations;
        this.planner = planner;
        this.delegations = delegations;
        this.minutes = minutes;
        this.actionPoints = actionPoints;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        loads.loadOnce(LOAD, "1", this::load);
    }

    private void load() {
        lebanon();
        montenegro();
        Coalition botswana = coalition("BWA", "Botswana Country Coalition", CoalitionStatus.DORMANT,
                LocalDate.of(2019, 1, 1), EnumSet.of(CoveredObligation.CCM_ARTICLE_3),
                "Support the destruction of the remaining stockpiled cluster munitions (demo data).");
        member(botswana, organisation("Botswana Defence Force"), CoalitionRole.NATIONAL_AUTHORITY);
        member(botswana, organisation("Norwegian People's Aid"), CoalitionRole.OPERATOR);
        Coalition laos = coalition("LAO", "Lao PDR Country Coalition (proposed)", CoalitionStatus.PROPOSED, null,
                EnumSet.of(CoveredObligation.CCM_ARTICLE_4, CoveredObligation.CCM_ARTICLE_5),
                "A coalition proposed after the Bangkok seminar of March 2017 (demo data).");
        member(laos, organisation("National Regulatory Authority for UXO/Mine Action in Lao PDR"),
                CoalitionRole.NATIONAL_AUTHORITY);
    }

    private void lebanon() {
        Coalition forum = coalition("LBN", "Lebanon Mine Action Forum", CoalitionStatus.ACTIVE,
                LocalDate.of(2018, 3, 1), EnumSet.of(CoveredObligation.CCM_ARTICLE_4, CoveredObligation.CCM_ARTICLE_5),
                "Coordinate survey and clearance of the remaining cluster munition remnants, and assistance to "
                        + "victims, under the national mine action strategy (demo data).");
        member(forum, organisation("Lebanon Mine Action Center"), CoalitionRole.NATIONAL_AUTHORITY);
        register.join(forum, "NOR", null, CoalitionRole.CHAMPION);
        member(forum, organisation("Geneva International Centre for Humanitarian Demining"),
                CoalitionRole.FACILITATOR);
        member(forum, organisation("United Nations Development Programme"), CoalitionRole.SECRETARIAT);
        member(forum, organisation("Norwegian People's Aid"), CoalitionRole.OPERATOR);
        member(forum, organisation("Mines Advisory Group"), CoalitionRole.OPERATOR);

        held(forum, MeetingBody.COALITION_MEETING, "Mine Action Forum", LocalDate.of(2025, 5, 14), List.of());
        Meeting november = held(forum, MeetingBody.COALITION_MEETING, "Mine Action Forum",
                LocalDate.of(2025, 11, 12), List.of(
                        "1. Opening by the Lebanon Mine Action Center",
                        "2. Progress of survey and clearance since May",
                        "3. Priorities and funding for 2026",
                        "4. Date of the next Forum"));
        held(forum, MeetingBody.TECHNICAL_WORKING_GROUP, "Technical Working Group on land release",
                LocalDate.of(2026, 2, 18), List.of());
        held(forum, MeetingBody.TECHNICAL_WORKING_GROUP, "Technical Working Group on land release",
                LocalDate.of(2026, 5, 20), List.of());
        calendar.planFor(forum, details(MeetingBody.COALITION_MEETING, "Mine Action Forum",
                LocalDate.of(2026, 12, 9)));

        ActionPoint map = point(november, "Share the updated map of confirmed hazardous areas with all members.",
                ActionPointOwner.of(organisation("Lebanon Mine Action Center")), LocalDate.of(2026, 1, 31));
        ActionPoint priorities = point(november, "Propose a prioritisation of 2026 clearance tasks based on the "
                + "updated survey.", ActionPointOwner.of(organisation("Norwegian People's Aid")),
                LocalDate.of(2026, 3, 31));
        point(november, "Confirm 2026 funding for two additional clearance teams.",
                ActionPointOwner.of(states.get("NOR")), LocalDate.of(2026, 2, 28));
        point(november, "Circulate the draft work plan for the remaining Article 4 tasks for comments.",
                ActionPointOwner.of(organisation("Lebanon Mine Action Center")), LocalDate.of(2026, 6, 30));
        actionPoints.postMidTermOnBehalf(map, ActionPointStatus.DONE, "Map shared with all members on 10 February.",
                "lebanon");
        actionPoints.postMidTermOnBehalf(priorities, ActionPointStatus.IN_PROGRESS, "First proposal discussed at "
                + "the working group of 18 February.", "lebanon");
        midTermUpdates.save(new MidTermUpdate(forum, "lebanon", LocalDate.of(2026, 2, 20).atStartOfDay(BEIRUT)
                .toInstant(), "Mid-term update on the action points of the Forum of 12 November 2025.", 2, 0));
        accounts.findByUsername("npa").ifPresent(operator -> concerns.save(new Concern(forum,
                "Access permits for the teams in the South take several weeks to be issued, which delays the "
                        + "clearance tasks planned for this quarter.", operator.id(),
                LocalDate.of(2026, 3, 2).atStartOfDay(BEIRUT).toInstant())));
    }

    private void montenegro() {
        Coalition montenegro = coalition("MNE", "Montenegro Country Coalition", CoalitionStatus.COMPLETED,
                LocalDate.of(2015, 6, 1), EnumSet.of(CoveredObligation.CCM_ARTICLE_4),
                "Release of all areas contaminated by cluster munition remnants, with national quality control "
                        + "and co-financing; completed on time in July 2020.");
        member(montenegro, organisation("Directorate for Emergency Management of Montenegro"),
                CoalitionRole.NATIONAL_AUTHORITY);
        register.join(montenegro, "NOR", null, CoalitionRole.CHAMPION);
        member(montenegro, organisation("Norwegian People's Aid"), CoalitionRole.OPERATOR);
        Meeting completion = held(montenegro, MeetingBody.COALITION_MEETING, "Completion of Article 4 obligations",
                LocalDate.of(2020, 7, 21), List.of("1. Completion of clearance operations"));
        minutes.decideOnBehalf(completion, null, "Montenegro has fulfilled its obligations under Article 4 of the "
                + "Convention within its deadline.");
    }

    private Meeting held(Coalition coalition, MeetingBody body, String title, LocalDate day, List<String> agenda) {
        Meeting meeting = calendar.planFor(coalition, details(body, title, day));
        planner.heldOnBehalf(meeting);
        for (Delegation delegation : delegations.ofMeetingOnBehalf(meeting)) {
            people(delegation).forEach(p -> delegations.addPersonOnBehalf(delegation, p[0], p[1], p[2],
                    Attendance.PRESENT));
        }
        for (String title1 : agenda) {
            AgendaItem item = minutes.addItemOnBehalf(meeting, null, title1.substring(3), null);
            minutes.writeMinutesOnBehalf(item, "Discussed (demo minutes).");
        }
        return meeting;
    }

    private static List<String[]> people(Delegation delegation) {
        String name = delegation.organisation() != null ? delegation.organisation().acronym() : delegation.state().iso3();
        return switch (name) {
            case "LMAC" -> person("Rania Haddad", "Head of planning", "rania.haddad@example.org");
            case "NOR" -> person("Ingrid Solberg", "Mine action adviser", "ingrid.solberg@example.org");
            case "NPA" -> person("Lars Eriksen", "Country director", "lars.eriksen@example.org");
            case "GICHD" -> person("Claire Dubois", "Adviser", "claire.dubois@example.org");
            case "UNDP" -> person("Ahmad Saleh", "Programme analyst", "ahmad.saleh@example.org");
            default -> List.<String[]>of();
        };
    }

    private static List<String[]> person(String name, String function, String email) {
        return List.<String[]>of(new String[] {name, function, email});
    }

    private MeetingDetails details(MeetingBody body, String title, LocalDate day) {
        return new MeetingDetails(body, title, day.atTime(10, 0), day.atTime(13, 0), BEIRUT, "Beirut", false,
                Set.of(Language.EN), null);
    }

    private ActionPoint point(Meeting meeting, String text, ActionPointOwner owner, LocalDate due) {
        return actionPoints.assignOnBehalf(meeting, null, text, owner, due);
    }

    private Coalition coalition(String iso3, String name, CoalitionStatus status, LocalDate start,
            Set<CoveredObligation> obligations, String objectives) {
        return coalitions.save(new Coalition(states.get(iso3), new CoalitionDetails(name, status, start,
                Cadence.TWICE_A_YEAR, obligations, null, objectives)));
    }

    private void member(Coalition coalition, Organisation organisation, CoalitionRole role) {
        register.join(coalition, null, organisation.id(), role);
    }

    private Organisation organisation(String name) {
        return organisations.findByName(name).orElseThrow();
    }
}
