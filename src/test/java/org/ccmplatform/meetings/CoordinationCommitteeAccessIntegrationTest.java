package org.ccmplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.meetings.TestMeetings.NOVEMBER_4_2016;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who sees the Coordination Committee meeting of 4 November 2016, a meeting of its participants only: not the
 * public (its existence does not show), Italy as a member reading it, Germany as the chair running it.
 * (MeetingAuthorizationIntegrationTest has the full table of addresses.)
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoordinationCommitteeAccessIntegrationTest {

    static final String NOVEMBER_2016 = "body=COORDINATION_COMMITTEE&from=2016-11-01&to=2016-11-30";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    final JsonMapper json = JsonMapper.builder().build();

    TestMeetings meetings;
    Meeting november;

    @BeforeAll
    void findTheMeeting() {
        meetings = new TestMeetings(context);
        november = meetings.committeeMeetingOn(NOVEMBER_4_2016);
    }

    @Test
    void anonymousReadersDoNotFindItOnThePageNorInTheApi() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/meetings/" + november.id())).andReturn().getResponse();
        MockHttpServletResponse api = mvc.perform(get("/api/v1/meetings/" + november.id())).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Biontino", "Coordination Committee meeting");
        assertThat(api.getStatus()).isEqualTo(404);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Biontino");
    }

    @Test
    void thePublicListsDoNotShowIt() throws Exception {
        JsonNode publicList = json.readTree(read(get("/api/v1/meetings?" + NOVEMBER_2016)));
        Document publicPage = Jsoup.parse(read(get("/meetings?" + NOVEMBER_2016)));
        JsonNode italysList = json.readTree(read(get("/api/v1/meetings?" + NOVEMBER_2016)
                .with(user(meetings.user("coordinator")))));

        assertThat(publicList.get("totalElements").asLong()).isZero();
        assertThat(publicPage.select("a[href=/meetings/" + november.id() + "]")).isEmpty();
        assertThat(publicPage.select("tbody td").text()).isEqualTo("No meeting in this period.");
        assertThat(italysList.get("content"))
                .anySatisfy(m -> assertThat(m.get("id").asLong()).isEqualTo(november.id()));
    }

    @Test
    void italyAsAMemberReadsItButIsOfferedNoFormToRunIt() throws Exception {
        Document page = Jsoup.parse(read(get("/meetings/" + november.id())
                .with(user(meetings.user("coordinator")))));

        assertThat(page.select("h1").text()).isEqualTo("Coordination Committee meeting");
        assertThat(page.text()).contains("Dr. Silvia Cattaneo", "5.1. Victim Assistance (Italy and Chile)");
        assertThat(page.select("#run-heading")).isEmpty();
        assertThat(page.select("main form[method=post]")).isEmpty();
        assertThat(page.select("a[href=/meetings/" + november.id() + "/edit]")).isEmpty();
        assertThat(mvc.perform(get("/meetings/" + november.id() + "/edit").with(user(meetings.user("coordinator"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void germanyAsTheChairRunsIt() throws Exception {
        Document page = Jsoup.parse(read(get("/meetings/" + november.id())
                .with(user(meetings.user("president")))));

        assertThat(page.select("#run-heading").text()).isEqualTo("Run the meeting");
        assertThat(page.select("form[action=/meetings/" + november.id() + "/circulate]")).hasSize(1);
        assertThat(page.select("a[href=/meetings/" + november.id() + "/edit]")).hasSize(1);
        assertThat(page.select("a[href$=/minutes]")).hasSize(16);
        assertThat(read(get("/meetings/" + november.id() + "/edit").with(user(meetings.user("president")))))
                .contains("Coordination Committee meeting");
    }

    private String read(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
