package org.ccmplatform.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.ccmplatform.governance.PlanDesk.ActivityDetails;
import org.ccmplatform.obligations.OverdueReport;
import org.ccmplatform.obligations.ReportKind;
import org.ccmplatform.obligations.TransparencyDesk;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The coordinators' concept notes of 4 November 2016 as the minutes describe them (objectives, strategies,
 * outcomes, budget), and the operational plans asked for by the meeting of 7 December 2016. The activities come from
 * the minutes; which States each targets is illustrative, marked "demo", except transparency's, which are the States
 * Parties whose initial report was overdue on 4 November 2016 in the platform's own record.
 */
@Component
@ConditionalOnProperty(name = "ccm.demo-data.enabled", havingValue = "true")
class DemoPlans {

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    private static final LocalDate NOTES = DemoGovernance.COMMITTEE_MEETING;
    private static final LocalDate PLANS = LocalDate.of(2016, 12, 7);
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 12, 15);
    private static final LocalDate MSP7 = LocalDate.of(2017, 9, 4);
    private static final String BY = "isu";

    private final PlanDesk desk;
    private final TransparencyDesk transparency;

    DemoPlans(PlanDesk desk, TransparencyDesk transparency) {
        this.desk = desk;
        this.transparency = transparency;
    }

    void load(Term term) {
        ThemePlan universalization = note(term, Theme.UNIVERSALIZATION, "Increase the number of States Parties by "
                + "the 7MSP, moving towards the Dubrovnik Action Plan's target of 130 States Parties by 2020; increase "
                + "the stigmatization of the use of cluster munitions; increase awareness of the Convention.",
                "Focus on States not party that have shown interest (administrative reasons); with the Presidency, a "
                + "constructive dialogue with producers and possessors on their security concerns; letters and visits "
                + "by the Presidency; coordination with New Zealand's ASEAN inter-sessional meeting in early 2017.",
                "8 new States Parties by the 7MSP.", "Funds permitting: a universalization workshop in South-East "
                + "Asia, with the Presidency and partners.");
        activity(universalization, "Workshop on universalization in South-East Asia (demo targets)", "France, Zambia and "
                + "the Presidency", LocalDate.of(2017, 3, 1), LocalDate.of(2017, 5, 31), "MMR KHM VNM THA");
        activity(universalization, "Letters and visits of the Presidency to target States (demo targets)",
                "Presidency (Germany)", PLANS, MSP7, "MMR KHM VNM THA IDN PHL");
        activity(universalization, "Join New Zealand's ASEAN inter-sessional meeting on non-proliferation and "
                + "disarmament (demo targets)", "New Zealand with France and Zambia", LocalDate.of(2017, 2, 1),
                LocalDate.of(2017, 3, 31), "IDN PHL VNM");
        publish(universalization, "Eight new States Parties by the 7MSP, drawn from the States that stay outside for "
                + "administrative reasons, with a workshop in South-East Asia and the Presidency's letters and visits.");

        ThemePlan victims = note(term, Theme.VICTIM_ASSISTANCE, "Strengthen joint approaches with the coordinators on "
                + "international cooperation and assistance; increase coordination with the APMBC and the CCW.",
                "Inward-looking and outward-looking activities; reach out to States Parties with victim assistance "
                + "obligations that have not reported a focal point or a national action plan (analysis of Article 7 "
                + "reports); promote the Guidance on an integrated approach to victim assistance.",
                "A focal point in every State Party concerned by the end of 2016; a national action plan by the end "
                + "of 2018 (Dubrovnik Action Plan).", null);
        activity(victims, "Letters to States Parties without a reported focal point or national action plan (demo "
                + "targets)", "Italy and Chile", PLANS, LocalDate.of(2017, 3, 31), "AFG IRQ LAO LBN");
        activity(victims, "Promote the Guidance on an integrated approach to victim assistance, launched at the APMBC "
                + "15MSP", "Italy, Chile and Australia", LocalDate.of(2016, 11, 28), MSP7, "");
        publish(victims, "A focal point in every State Party concerned by the end of 2016 and a national action plan by "
                + "the end of 2018: letters to the States that have not reported them, and the integrated guidance.");

        ThemePlan stockpiles = note(term, Theme.STOCKPILE_DESTRUCTION, "Focus on States Parties with upcoming "
                + "deadlines and on States Parties that have retained cluster munitions.", "Facilitate partnerships "
                + "and exchanges of good practices; identify obstacles to destruction through bilateral contacts or "
                + "formal correspondence.", "Every State Party with a deadline before 2020 on track.",
                null);
        activity(stockpiles, "Bilateral contacts and letters to States Parties with upcoming Article 3 deadlines "
                + "(demo targets)", "Croatia and Mexico", PLANS, MSP7, "BWA GNB PER BGR");

        ThemePlan clearance = note(term, Theme.CLEARANCE, "Support States Parties to meet their Article 4 deadlines and "
                + "so avoid extension requests.", "A dialogue with selected States Parties through workshops on "
                + "their specific concerns, such as better targeting of resources; reach out to affected States that "
                + "hesitate to join because of the clearance deadline.", "A first workshop, in Lebanon, and its "
                + "lessons as a model for further dialogue.", null);
        activity(clearance, "Workshop in Beirut with the Lebanon Mine Action Centre, donors and operators on "
                + "efficient clearance", "Norway and the Netherlands", LocalDate.of(2016, 11, 21),
                LocalDate.of(2016, 11, 22), "LBN");
        activity(clearance, "Lessons learned from the Beirut workshop, and a second dialogue (demo targets)",
                "Norway and the Netherlands", LocalDate.of(2017, 1, 9), MSP7, "LAO IRQ");
        publish(clearance, "Workshops with affected States Parties on meeting their Article 4 deadlines, beginning "
                + "in Beirut in November 2016.");

        ThemePlan cooperation = note(term, Theme.COOPERATION_AND_ASSISTANCE, "Strengthen partnerships at all levels "
                + "and facilitate evidence-based cooperation and assistance.", "Better match evidence-based "
                + "requests of affected States with donors' priorities; meet the coordinators on stockpile "
                + "destruction, clearance and victim assistance to identify target States and common objectives.",
                "A side event at the 2017 Mine Action Directors meeting where affected States present needs and "
                + "donors their priorities.", null);
        activity(cooperation, "Side event in the margins of the 2017 Mine Action Directors meeting (demo targets)",
                "Iraq and Australia", LocalDate.of(2017, 2, 13), LocalDate.of(2017, 2, 17), "LBN LAO IRQ");

        ThemePlan transparencyPlan = note(term, Theme.TRANSPARENCY, "Increase the submission rate of initial and "
                + "annual transparency reports.", "A target list of countries in different regions, with the ISU; "
                + "collaborate with the coordinators on national implementation measures.", "Fewer than the 22 "
                + "States Parties with overdue initial reports and 20 with overdue 2015 annual reports.", null);
        activity(transparencyPlan, "Reminders and offers of help to the States Parties whose initial report is "
                + "overdue", "Costa Rica with the ISU", PLANS, MSP7, overdueInitialReports());

        ThemePlan legislation = note(term, Theme.NATIONAL_IMPLEMENTATION, "Raise the low number of States Parties "
                + "that have enacted national legislation to implement the Convention.", "A consolidated target "
                + "list, with the ISU, of States Parties developing legislation or that gave no information; work "
                + "with the coordinator on transparency.", "By the 7MSP: a guidance document on informing national "
                + "actors of their obligations (with the ICRC and the ISU); a mechanism to report on national "
                + "dissemination (with the ICRC and the CMC); guidance on the financing of cluster munitions (with "
                + "PAX Netherlands).", null);
        activity(legislation, "Guidance document with best practices on national implementation", "New Zealand with "
                + "the ICRC and the ISU", PLANS, MSP7, "");
        activity(legislation, "Guidance for States on the financing of cluster munitions", "New Zealand with PAX "
                + "Netherlands", PLANS, MSP7, "");
    }

    /** The States Parties whose initial report the platform shows as overdue on the day of the meeting. */
    private String overdueInitialReports() {
        return transparency.overdue(NOTES).stream().filter(r -> r.kind() == ReportKind.INITIAL)
                .map(OverdueReport::state).map(s -> s.iso3()).sorted().limit(12).collect(Collectors.joining(" "));
    }

    private ThemePlan note(Term term, Theme theme, String objectives, String strategies, String outcomes,
            String budget) {
        return desk.writeOnBehalf(term, theme, new ConceptNote(objectives, strategies, outcomes, budget), BY,
                at(NOTES));
    }

    private void activity(ThemePlan plan, String title, String owner, LocalDate start, LocalDate end,
            String targets) {
        desk.addActivityOnBehalf(plan, new ActivityDetails(title, owner, start, end, ActivityStatus.PLANNED,
                targets), BY, at(PLANS));
    }

    private void publish(ThemePlan plan, String summary) {
        desk.publishOnBehalf(plan, summary, BY, at(PUBLISHED));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(12, 0).atZone(GENEVA).toInstant();
    }
}
