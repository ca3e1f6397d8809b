package org.ccmplatform.meetings;

/** Summaries of the minutes of the Coordination Committee meeting of 4 November 2016, item by item. */
final class DemoMinutes {

    static final String OPENING = """
            The second Coordination Committee meeting under the German presidency was opened by the President of the \
            Seventh Meeting of States Parties (7MSP), Ambassador Michael Biontino. The President presented the Agenda; \
            there being no additional items, he proceeded with the Agenda as presented.""";

    static final String APPROVAL = """
            The draft Minutes, circulated in advance, were approved without comments as a correct record of the \
            Coordination Committee meeting held on 27 September 2016.""";

    static final String PRESIDENCY = """
            Universalization remains one of the Presidency's top priorities up to the 7MSP; an outline is being \
            reviewed by the Coordinators on universalization (France and Zambia). The President introduced the \
            non-paper on Country Coalitions and reported on the First Committee, where Resolution A/C.1/71/L.22 on \
            the CCM was adopted with few abstentions. He proposed that concept notes be discussed and adapted before \
            their final versions are uploaded on the Convention's website with an executive summary. New Zealand \
            supported the approach. The ISU-CCM Director reported that thematic pages had been created on the \
            website. The President asked Coordinators for concrete steps on their plans at the December meeting.""";

    static final String VICTIM_ASSISTANCE = """
            Italy presented the concept note: inward and outward looking activities, joint approaches with the \
            Coordinators on International Cooperation and Assistance, coordination with the APMBC and the CCW, and \
            outreach to States Parties with victim assistance obligations. Australia announced the launch of the \
            Guidance on an integrated approach to Victim Assistance at the APMBC 15MSP in Santiago. The ISU-CCM \
            Director recalled the Dubrovnik Action Plan: a victim assistance focal point by the end of 2016 and a \
            national action plan by the end of 2018. The President invited all Coordinators to translate their \
            concept notes into operational plans by the next meeting.""";

    static final String UNIVERSALIZATION = """
            Zambia presented the objectives: more States Parties by the 7MSP towards the 2020 target of 130, \
            stigmatization of the use of cluster munitions, awareness of the Convention; eight (8) new States Parties \
            by the 7MSP. France stressed dialogue with producers and possessors. The President distinguished States \
            not party for administrative reasons from those with political or security concerns. New Zealand offered \
            to coordinate with its ASEAN intersessional meeting in early 2017. The Presidency and the Coordinators \
            will meet before the next meeting to fine-tune the approach.""";

    static final String STOCKPILES = """
            Croatia presented the concept note based on the Dubrovnik Action Plan: focus on States Parties with \
            upcoming deadlines and those that retain cluster munitions; partnerships, exchange of good practices, \
            identification of obstacles. No specific budget: mainly diplomacy. The President reminded all \
            Coordinators to turn their concept papers into operational plans by the next meeting.""";

    static final String CLEARANCE = """
            Norway presented the concept note: support States Parties to meet their Article 4 deadlines and so avoid \
            extension requests, through workshops with selected States. A first workshop will be held in Lebanon in \
            November with the Lebanon Mine Action Centre, donors and operators. The Netherlands added outreach to \
            affected States that hesitate to join because of the clearance deadline.""";

    static final String COOPERATION = """
            Australia presented the focus on partnerships and evidence-based cooperation and assistance: better \
            matching of affected States' requests with donors' priorities, and a side event at the 2017 Mine Action \
            Directors meeting. The CMC stressed inviting all relevant actors.""";

    static final String TRANSPARENCY = """
            Costa Rica aims to raise the submission rate of transparency reports: 22 States Parties have overdue \
            initial reports and 20 have overdue 2015 annual reports. The Netherlands asked for the list of target \
            countries so that Coordinators approach the same States at the same time; Costa Rica is defining it with \
            the ISU-CCM.""";

    static final String NATIONAL_MEASURES = """
            New Zealand reported that few States Parties have enacted national legislation, and is developing a \
            consolidated target list with the ISU. Planned: guidance on informing national actors of their \
            obligations, a reporting mechanism on national dissemination, and guidance on the financing of cluster \
            munitions.""";

    static final String COALITIONS = """
            The President presented the non-paper on Country Coalitions: affected States (and States not party) with \
            a lead donor country, international organizations, operators and civil society, identifying challenges \
            and answers together. Norway welcomed it, preferring a focus on States Parties first. The Presidency will \
            turn the non-paper into an operational plan by the next meeting and may identify lead countries.""";

    static final String FINANCE = """
            Since the last update only 2 States Parties had contributed to the ISU Trust Fund, CHF 43,650 in total. \
            24 of 100 States Parties had contributed: CHF 96,433 towards 7a, CHF 110,922 towards 7b and CHF 170,481 \
            towards 7c; a deficit of just over CHF 100,000 on the 2016 budget. Three reminders were sent in 2016 \
            (January, June, before the 6MSP); States confuse the ISU invoice with the UN invoice for conference \
            services. The President will send individual letters to all States Parties that have not paid, asked \
            Coordinators for advice from capitals by the next meeting, and asked the Coordinators on General Status \
            and Operation to help find ways to address the issue.""";

    static final String ISU = """
            The ISU-CCM has created webpages for the Coordinators to showcase their work and upload the final \
            versions of their concept notes.""";

    static final String NEXT = """
            The next meeting will be held on Wednesday 7 December 2016 from 10:00 to 11:30 at the Permanent Mission \
            of the Federal Republic of Germany. Coordinators are to come with operational plans.""";

    private DemoMinutes() {}
}
