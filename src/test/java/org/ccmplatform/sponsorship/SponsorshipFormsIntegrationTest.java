package org.ccmplatform.sponsorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.util.Map;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.sponsorship.SponsorshipDesk.ContributionDetails;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forms of the programme with good and bad input. A refusal shows its message next to the field (or, for a
 * selection, at the top of the page with what is available) and nothing stored changes: the counts and statuses are
 * read back from the database.
 */
@IntegrationTest
@Transactional
class SponsorshipFormsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    SponsorshipRecords records;

    @BeforeEach
    void records() {
        records = SponsorshipRecords.of(context);
    }

    @Test
    void theIsuRecordsAContributionAndTheSameReferenceIsRefusedTheSecondTime() throws Exception {
        int year = records.desk.today().getYear();
        Map<String, String> contribution = Map.of("donorState", "AUS", "amount", "12500.50", "receivedOn",
                records.desk.today().toString(), "reference", "SP-TEST-001");
        long before = records.count("sponsorship_contribution");

        MockHttpServletResponse saved = post("/sponsorship/years/" + year + "/contributions", contribution, "isu");
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(records.count("sponsorship_contribution")).isEqualTo(before + 1);
        assertThat(page("/sponsorship/years/" + year, "anonymous").select("#contributions-heading + div").text())
                .contains("Australia", "CHF 12,500.50").doesNotContain("SP-TEST-001");

        Document again = form("/sponsorship/years/" + year + "/contributions", Map.of("donorState", "NZL", "amount",
                "100", "receivedOn", records.desk.today().toString(), "reference", "sp-test-001"), "isu");
        assertThat(again.select("#reference-error").text())
                .isEqualTo("A contribution with the reference “sp-test-001” is already recorded.");
        assertThat(records.count("sponsorship_contribution")).isEqualTo(before + 1);
    }

    @Test
    void aNegativeOrMissingContributionIsRefusedNextToItsField() throws Exception {
        int year = records.desk.today().getYear();
        long before = records.count("sponsorship_contribution");

        Document negative = form("/sponsorship/years/" + year + "/contributions", Map.of("donorState", "AUS",
                "amount", "-50", "receivedOn", records.desk.today().toString(), "reference", "SP-TEST-NEG"), "isu");
        Document noDonor = form("/sponsorship/years/" + year + "/contributions", Map.of("amount", "50",
                "receivedOn", records.desk.today().toString(), "reference", "SP-TEST-NONE"), "isu");
        Document future = form("/sponsorship/years/" + year + "/contributions", Map.of("donorState", "AUS",
                "amount", "50", "receivedOn", records.desk.today().plusDays(3).toString(), "reference",
                "SP-TEST-FUT"), "isu");

        assertThat(negative.select("#amount-error").text()).isEqualTo("The amount must be more than zero.");
        assertThat(noDonor.select(".invalid-feedback").text()).contains("Choose the donor: a State or an organisation.");
        assertThat(future.select("#receivedOn-error").text()).isEqualTo("The date received cannot be in the future.");
        assertThat(records.count("sponsorship_contribution")).isEqualTo(before);
    }

    @Test
    void aFocalPointSubmitsForItsOwnStateOnly() throws Exception {
        Meeting msp = records.comingMsp();
        long before = records.count("sponsorship_application");

        MockHttpServletResponse own = post("/sponsorship/applications", application(msp, "LBN", "1800", "1236"),
                "lebanon");
        assertThat(own.getStatus()).isEqualTo(302);
        assertThat(records.count("sponsorship_application")).isEqualTo(before + 1);
        long id = records.number("select max(id) from sponsorship_application");
        assertThat(records.status(id)).isEqualTo("SUBMITTED");
        assertThat(page("/sponsorship/applications/" + id, "lebanon").select("#status").text()).isEqualTo("Submitted");

        MockHttpServletResponse other = post("/sponsorship/applications", application(msp, "LAO", "1800", "1236"),
                "lebanon");
        assertThat(other.getStatus()).isEqualTo(403);
        assertThat(records.count("sponsorship_application")).isEqualTo(before + 1);
        assertThat(post("/sponsorship/applications/" + id + "/select", Map.of("version", "0"), "lebanon").getStatus())
                .isEqualTo(403);
        assertThat(records.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void badApplicationsAreRefusedNextToTheFieldAndNothingIsStored() throws Exception {
        Meeting msp = records.comingMsp();
        long before = records.count("sponsorship_application");

        Document negative = form("/sponsorship/applications", application(msp, "LBN", "-10", "1236"), "lebanon");
        Document nothing = form("/sponsorship/applications", application(msp, "LBN", "0", "0"), "lebanon");
        Document centimes = form("/sponsorship/applications", application(msp, "LBN", "10.005", "0"), "lebanon");
        Map<String, String> noName = new java.util.HashMap<>(application(msp, "LBN", "10", "0"));
        noName.put("delegateName", " ");
        Document unnamed = form("/sponsorship/applications", noName, "lebanon");
        long committee = records.number("select min(id) from meeting where body = 'COORDINATION_COMMITTEE'");
        Map<String, String> wrongMeeting = new java.util.HashMap<>(application(msp, "LBN", "10", "0"));
        wrongMeeting.put("meetingId", String.valueOf(committee));
        Document notSponsored = form("/sponsorship/applications", wrongMeeting, "lebanon");

        assertThat(negative.select("#travel-error").text()).isEqualTo("An amount cannot be negative.");
        assertThat(nothing.select("#travel-error").text()).startsWith("Ask for travel, DSA or both");
        assertThat(centimes.select("#travel-error").text()).isEqualTo("An amount in CHF has at most 2 decimals.");
        assertThat(unnamed.select("#delegateName-error").text()).isEqualTo("This is required.");
        assertThat(notSponsored.select("#meetingId-error").text()).startsWith("Delegates are sponsored only to");
        assertThat(records.count("sponsorship_application")).isEqualTo(before);
    }

    @Test
    void theIsuCannotAllocateMoreThanTheProgrammeHasAndIsToldWhatIsAvailable() throws Exception {
        Meeting msp = records.comingMsp();
        int year = msp.day().getYear();
        BigDecimal available = records.desk.available(year).amount();
        SponsorshipApplication tooDear = records.application(msp, "LBN", "Test delegate (too dear)",
                available.add(new BigDecimal("1")).toPlainString(), "0");

        MvcResult refused = mvc.perform(MockMvcRequestBuilders.post("/sponsorship/applications/" + tooDear.id()
                + "/select").param("version", String.valueOf(tooDear.version())).with(csrf())
                .with(user(records.user("isu"))).header("Accept-Language", "en")).andReturn();
        Document page = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get(refused.getResponse().getRedirectedUrl())
                .flashAttrs(refused.getFlashMap()).with(user(records.user("isu"))).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select(".alert-danger").text()).contains("but the programme has only CHF "
                + available.toPlainString() + " available in " + year);
        assertThat(records.status(tooDear.id())).isEqualTo("SUBMITTED");
        assertThat(records.desk.available(year).amount()).isEqualByComparingTo(available);

        records.desk.contributeOnBehalf(new ContributionDetails("AUS", null, year, Sponsorship.francs(
                new BigDecimal("5000")), records.desk.today(), "SP-TEST-TOPUP", null), "test");
        MockHttpServletResponse selected = post("/sponsorship/applications/" + tooDear.id() + "/select",
                Map.of("version", String.valueOf(tooDear.version())), "isu");
        assertThat(selected.getStatus()).isEqualTo(302);
        assertThat(records.status(tooDear.id())).isEqualTo("SELECTED");
        assertThat(records.desk.available(year).amount()).isEqualByComparingTo("4999");
    }

    @Test
    void notSelectingNeedsReasonsWhichTheStateThenReads() throws Exception {
        Meeting msp = records.comingMsp();
        SponsorshipApplication application = records.application(msp, "LBN", "Test delegate (declined)", "1800",
                "1236");

        Document withoutReasons = form("/sponsorship/applications/" + application.id() + "/decline",
                Map.of("version", String.valueOf(application.version()), "reasons", "  "), "isu");
        assertThat(withoutReasons.select("#reasons-error").text())
                .isEqualTo("Give the reasons why the delegate is not selected: the State reads them.");
        assertThat(records.status(application.id())).isEqualTo("SUBMITTED");

        MockHttpServletResponse declined = post("/sponsorship/applications/" + application.id() + "/decline",
                Map.of("version", String.valueOf(application.version()), "reasons", "Two delegates of Lebanon are "
                        + "already sponsored to this meeting"), "isu");
        assertThat(declined.getStatus()).isEqualTo(302);
        assertThat(records.status(application.id())).isEqualTo("NOT_SELECTED");
        assertThat(page("/sponsorship/applications/" + application.id(), "lebanon").select("main").text())
                .contains("Not selected", "Two delegates of Lebanon are already sponsored to this meeting");
    }

    @Test
    void actualCostsWaitForTheEndOfTheMeeting() throws Exception {
        Meeting msp = records.comingMsp();
        int year = msp.day().getYear();
        records.desk.contributeOnBehalf(new ContributionDetails("AUS", null, year, Sponsorship.francs(
                new BigDecimal("5000")), records.desk.today(), "SP-TEST-COSTS", null), "test");
        SponsorshipApplication application = records.application(msp, "LBN", "Test delegate (costs)", "1800",
                "1236");
        records.desk.selectOnBehalf(application, records.desk.today(), "test");
        records.desk.available(year);
        long version = application.version();

        Document early = form("/sponsorship/applications/" + application.id() + "/costs", Map.of("version",
                String.valueOf(version), "travelActual", "1750", "dsaActual", "1236"), "isu");

        assertThat(early.select("#travelActual-error").text())
                .isEqualTo("The actual costs are recorded once the meeting is over.");
        assertThat(records.status(application.id())).isEqualTo("SELECTED");
    }

    private static Map<String, String> application(Meeting msp, String iso3, String travel, String dsa) {
        return Map.of("meetingId", String.valueOf(msp.id()), "state", iso3, "delegateName", "Test delegate (test)",
                "delegateFunction", "Counsellor", "travel", travel, "dsa", dsa);
    }

    private Document form(String path, Map<String, String> params, String visitor) throws Exception {
        MockHttpServletResponse response = post(path, params, visitor);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletResponse post(String path, Map<String, String> params, String visitor) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
        params.forEach(request::param);
        return perform(request, visitor);
    }

    private Document page(String path, String visitor) throws Exception {
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.get(path), visitor);
        assertThat(response.getStatus()).as(path + " for " + visitor).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String visitor) throws Exception {
        request.header("Accept-Language", "en");
        if (!visitor.equals("anonymous")) {
            request.with(user(records.user(visitor)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
