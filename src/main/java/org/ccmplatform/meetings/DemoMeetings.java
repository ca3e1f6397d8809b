package org.ccmplatform.meetings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.OneTimeLoads;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Coordination Committee meeting of 4 November 2016, as its minutes record it: who was present, agenda items 1 to
 * 8, its decisions and action points, the approval of the minutes of 27 September 2016, and the next meeting on
 * 7 December 2016. The minutes are summarised; the full text is in the source document.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "ccm.demo-data.enabled", havingValue = "true")
class DemoMeetings implements ApplicationRunner {

    static final String LOAD = "demo/coordination-committee-2016";
    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    private static final String GERMAN_MISSION = "Permanent Mission of the Federal Republic of Germany, Geneva";
    private static final LocalDate NEXT_MEETING = LocalDate.of(2016, 12, 7);

    private final OneTimeLoads loads;
    private final Meetings meetings;
    private final Delegations delegations;
    private final Participants participants;
    private final AgendaItems agenda;
    private final Decisions decisions;
    private final ActionPoints actionPoints;
    private final ActionPointUpdates updates;
    private final MinutesDesk minutes;
    private final StateRegister states;
    private final OrganisationDirectory organisations;

    DemoMeetings(OneTimeLoads loads, Meetings meetings, Delegations delegations, Participants participants,
            AgendaItems agenda, Decisions decisions, ActionPoints actionPoints, ActionPointUpdates updates,
            MinutesDesk minutes, StateRegister states, OrganisationDirectory organisations) {
        this.loads = loads;
        this.meetings = meetings;
        this.delegations = delegations;
        this.participants = participants;
        this.agenda = agenda;
        this.decisions = decisions;
        this.actionPoints = actionPoints;
        this.updates = updates;
        this.minutes = minutes;
        this.states = states;
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        loads.loadOnce(LOAD, "1", this::load);
    }

    private void load() {
        Meeting september = meetings.save(committee(LocalDate.of(2016, 9, 27), null));
        september.markHeld();
        Meeting november = meetings.save(committee(LocalDate.of(2016, 11, 4), GERMAN_MISSION));
        november.markHeld();
        Meeting december = meetings.save(committee(NEXT_MEETING, GERMAN_MISSION));
        november.followedBy(december);
        attendance(november);
        Map<String, AgendaItem> items = agendaOf(november, september);
        decide(november, items);
        assign(november, items);
        september.minutesApprovedAt(november);
        minutes.keep(september, MinutesRevision.Kind.APPROVED, "isu", null);
        november.minutesCirculated();
        minutes.keep(november, MinutesRevision.Kind.CIRCULATED, "isu", null);
        item(december, null, 1, "Approval of the Minutes of 4 November 2016", november, null);
        item(december, null, 2, "Operational plans of the thematic Coordinators", null, null);
        item(december, null, 3, "Country Coalitions: operational plan and lead countries", null, null);
        item(december, null, 4, "ISU-CCM contributions: advice from capitals", null, null);
        item(december, null, 5, "Date of the next meeting", null, null);
    }

    private static Meeting committee(LocalDate day, String place) {
        return new Meeting(new MeetingDetails(MeetingBody.COORDINATION_COMMITTEE, "Coordination Committee meeting",
                day.atTime(10, 0), day.atTime(11, 30), GENEVA, place == null ? "Geneva" : place, false,
                Set.of(Language.EN), MeetingVisibility.PARTICIPANTS));
    }

    private void attendance(Meeting meeting) {
        person(meeting, state("DEU"), DelegationRole.CHAIR, List.of("H.E. Michael Biontino|7MSP President",
                "Mr. Toralf Pilz"));
        person(meeting, state("AUS"), DelegationRole.MEMBER, List.of("Mr. Hugh Watson", "Ms. Thuy Nguyen",
                "Mr. Joel Paterson"));
        person(meeting, state("BIH"), DelegationRole.MEMBER, List.of("Mr. Asim Dorović"));
        person(meeting, state("CHL"), DelegationRole.MEMBER, List.of("Ms. Carola Muñoz"));
        person(meeting, state("CRI"), DelegationRole.MEMBER, List.of("Ms. Maricela Muñoz"));
        person(meeting, state("HRV"), DelegationRole.MEMBER, List.of("Ms. Ines Sprem Scigliano"));
        person(meeting, state("FRA"), DelegationRole.MEMBER, List.of("Ms. Camille Gufflet"));
        person(meeting, state("IRQ"), DelegationRole.MEMBER, List.of("Mr. Emad Al-Juhaishi"));
        person(meeting, state("ITA"), DelegationRole.MEMBER, List.of("Dr. Silvia Cattaneo"));
        person(meeting, state("MEX"), DelegationRole.MEMBER, List.of("Mr. Víctor Martínez"));
        person(meeting, state("NLD"), DelegationRole.MEMBER, List.of("Ms. Sachi Claringbould"));
        person(meeting, state("NZL"), DelegationRole.MEMBER, List.of("Ms. Katy Donnelly"));
        person(meeting, state("NOR"), DelegationRole.MEMBER, List.of("Ms. Malgorzata Hauge"));
        person(meeting, state("CHE"), DelegationRole.MEMBER, List.of("Ms. Aline Berdoz"));
        person(meeting, state("ZMB"), DelegationRole.MEMBER, List.of("H.E. Ms. Encyla Tina Chishiba Sinjela"));
        person(meeting, organisation("Cluster Munition Coalition"), DelegationRole.OBSERVER,
                List.of("Ms. Amélie Chayer"));
        person(meeting, organisation("International Committee of the Red Cross"), DelegationRole.OBSERVER,
                List.of("Mr. Louis Maresca"));
        person(meeting, organisation("United Nations Office for Disarmament Affairs"), DelegationRole.OBSERVER,
                List.of("Ms. Silvia Mercogliano"));
        person(meeting, organisation("Implementation Support Unit of the Convention on Cluster Munitions"),
                DelegationRole.SECRETARIAT, List.of("Ms. Sheila Mweemba|ISU-CCM Director", "Mr. Matthieu Laruelle"));
    }

    private void person(Meeting meeting, Object party, DelegationRole role, List<String> people) {
        Delegation delegation = delegations.save(new Delegation(meeting, party instanceof State s ? s : null,
                party instanceof Organisation o ? o : null, role, delegations.lastPosition(meeting) + 1));
        int position = 1;
        for (String person : people) {
            String[] parts = person.split("\\|");
            participants.save(new Participant(delegation, parts[0], parts.length > 1 ? parts[1] : null, null,
                    Attendance.PRESENT, position++));
        }
    }

    private Map<String, AgendaItem> agendaOf(Meeting november, Meeting september) {
        AgendaItem concepts;
        Map<String, AgendaItem> items = new java.util.HashMap<>();
        items.put("1", item(november, null, 1, "Present", null, "The participants are listed above."));
        items.put("2", item(november, null, 2, "Opening Remarks by the President", null, DemoMinutes.OPENING));
        items.put("3", item(november, null, 3, "Approval of the Minutes of 27 September 2016", september,
                DemoMinutes.APPROVAL));
        items.put("4", item(november, null, 4, "Updates from the 7MSP Presidency", null, DemoMinutes.PRESIDENCY));
        concepts = item(november, null, 5,
                "Presentation of Concept notes by thematic Coordinators of their work up to the 7MSP", null, null);
        items.put("5", concepts);
        String[][] themes = {
            {"5.1", "Victim Assistance (Italy and Chile)", DemoMinutes.VICTIM_ASSISTANCE},
            {"5.2", "Universalization (France and Zambia)", DemoMinutes.UNIVERSALIZATION},
            {"5.3", "Stockpile Destruction (Croatia and Mexico)", DemoMinutes.STOCKPILES},
            {"5.4", "Clearance and Risk Reduction Education (Norway and Netherlands)", DemoMinutes.CLEARANCE},
            {"5.5", "International Cooperation and Assistance (Iraq and Australia)", DemoMinutes.COOPERATION},
            {"5.6", "Transparency Measures (Costa Rica)", DemoMinutes.TRANSPARENCY},
            {"5.7", "National Implementation Measures (New Zealand)", DemoMinutes.NATIONAL_MEASURES},
            {"5.8", "Country Coalitions Non paper (Presidency)", DemoMinutes.COALITIONS}};
        for (int i = 0; i < themes.length; i++) {
            items.put(themes[i][0], item(november, concepts, i + 1, themes[i][1], null, themes[i][2]));
        }
        items.put("6", item(november, null, 6, "Implementation of the ISU-CCM Financial Decision", null,
                DemoMinutes.FINANCE));
        items.put("7", item(november, null, 7, "Update from the ISU-CCM", null, DemoMinutes.ISU));
        items.put("8", item(november, null, 8, "Date of the Next CC Meeting", null, DemoMinutes.NEXT));
        return items;
    }

    private AgendaItem item(Meeting meeting, AgendaItem parent, int position, String title, Meeting approves,
            String text) {
        AgendaItem item = new AgendaItem(meeting, parent, position, title, approves);
        item.writeMinutes(text);
        return agenda.save(item);
    }

    private void decide(Meeting meeting, Map<String, AgendaItem> items) {
        String[][] decided = {
            {"3", "The minutes of 27 September 2016 are approved without comments as a correct record."},
            {"4", "Concept notes are discussed and adapted before their final versions are published on the "
                    + "Convention's website with an executive summary."},
            {"8", "The next meeting is held on Wednesday 7 December 2016, 10:00-11:30, at the Permanent Mission of "
                    + "the Federal Republic of Germany."}};
        int position = 1;
        for (String[] decision : decided) {
            decisions.save(new Decision(meeting, items.get(decision[0]), decision[1], position++));
        }
    }

    private void assign(Meeting meeting, Map<String, AgendaItem> items) {
        String plan = "Turn the concept note into an operational plan with concrete steps, by the next meeting";
        point(meeting, items.get("5.1"), plan + " (victim assistance).", state("ITA"), NEXT_MEETING);
        point(meeting, items.get("5.2"), plan + " (universalization).", state("ZMB"), NEXT_MEETING);
        point(meeting, items.get("5.2"), "Meet the Presidency before the next meeting to fine-tune the approach to "
                + "States not party.", state("FRA"), NEXT_MEETING);
        point(meeting, items.get("5.3"), plan + " (stockpile destruction).", state("HRV"), NEXT_MEETING);
        point(meeting, items.get("5.4"), plan + " (clearance), and report on the workshop in Lebanon.",
                state("NOR"), NEXT_MEETING);
        point(meeting, items.get("5.5"), plan + " (international cooperation and assistance).", state("AUS"),
                NEXT_MEETING);
        point(meeting, items.get("5.6"), plan + " (transparency), with a target list of countries.", state("CRI"),
                NEXT_MEETING);
        point(meeting, items.get("5.7"), plan + " (national implementation measures).", state("NZL"), NEXT_MEETING);
        ActionPoint coalitions = point(meeting, items.get("5.8"), "Turn the Country Coalitions non-paper into an "
                + "operational plan and identify lead countries.", state("DEU"), NEXT_MEETING);
        point(meeting, items.get("6"), "Send individual letters to every State Party that has not yet paid its "
                + "contribution to the ISU Trust Fund.", organisation(
                        "Implementation Support Unit of the Convention on Cluster Munitions"), LocalDate.of(2016, 11, 30));
        point(meeting, items.get("6"), "Seek advice from capitals on publishing the status of contributions as UNOG "
                + "does, and answer at the next meeting.", state("CHE"), NEXT_MEETING);
        point(meeting, items.get("6"), "Help the Presidency find ways to address unpaid contributions, looking at "
                + "other Conventions, and re-examine the matter with UNOG early in 2017.", state("BIH"),
                LocalDate.of(2017, 1, 31));
        updates.save(coalitions.update(ActionPointStatus.IN_PROGRESS, "First draft shared with the ISU-CCM; the "
                + "European Union approached for funding of workshops.", "president",
                LocalDate.of(2016, 11, 20).atStartOfDay(GENEVA).toInstant(), LocalDate.of(2016, 11, 20), false));
    }

    private ActionPoint point(Meeting meeting, AgendaItem item, String text, Object owner, LocalDate due) {
        ActionPointOwner who = owner instanceof State s ? ActionPointOwner.of(s) : ActionPointOwner.of((Organisation) owner);
        return actionPoints.save(new ActionPoint(meeting, item, text, who, due));
    }

    private State state(String iso3) {
        return states.get(iso3);
    }

    private Organisation organisation(String name) {
        return organisations.findByName(name).orElseThrow();
    }

}
