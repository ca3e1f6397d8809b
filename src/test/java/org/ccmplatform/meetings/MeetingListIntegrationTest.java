package org.ccmplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Lists of meetings by body and period, on the page and in the API, and what either does with a bad filter. */
@IntegrationTest
class MeetingListIntegrationTest {

    static final LocalDate DAY = LocalDate.of(2030, 3, 12);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    final JsonMapper json = JsonMapper.builder().build();

    TestMeetings meetings;

    @BeforeEach
    void signIn() {
        meetings = new TestMeetings(context);
    }

    @Test
    void thePeriodRunsFromItsFirstDayToItsLastDayIncluded() throws Exception {
        Meeting morning = meetings.plan(MeetingBody.INTERSESSIONAL_MEETING, TestMeetings.unique("Morning"),
                DAY.atTime(0, 0), DAY.atTime(1, 0));
        Meeting evening = meetings.plan(MeetingBody.INTERSESSIONAL_MEETING, TestMeetings.unique("Evening"),
                DAY.atTime(23, 0), DAY.atTime(23, 59));
        Meeting nextDay = meetings.plan(MeetingBody.INTERSESSIONAL_MEETING, TestMeetings.unique("Next day"),
                DAY.plusDays(1).atTime(0, 0), DAY.plusDays(1).atTime(1, 0));

        List<Long> listed = ids(api("/api/v1/meetings?body=intersessional_meeting&from=" + DAY + "&to=" + DAY));

        assertThat(listed).contains(morning.id(), evening.id()).doesNotContain(nextDay.id());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "body=PARTY | body | “PARTY” is not a known value",
        "from=2016-02-30 | from | “2016-02-30” is not a date (use YYYY-MM-DD).",
        "from=2016-12-01&to=2016-11-01 | to | The end of the period comes before its start.",
        "size=500 | size | Must be between 1 and 200."
    })
    void theApiRefusesABadFilterWithAProblemThatSaysWhy(String query, String field, String detail) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/meetings?" + query).with(user(meetings.isu)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("detail").asString())
                .startsWith(detail);
    }

    @Test
    void thePageIgnoresABadFilterAndSaysSo() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/meetings?body=PARTY&from=someday")).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".alert-warning").text())
                .isEqualTo("A filter value was not recognised and has been ignored.");
    }

    @Test
    void theListOfTheIsuShowsTheCoordinationCommitteeOfNovember2016() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/meetings?body=COORDINATION_COMMITTEE&from=2016-11-04"
                + "&to=2016-12-31").with(user(meetings.isu))).andReturn().getResponse();

        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("tbody tr").eachText()).contains(
                "7 December 2016 Coordination Committee meeting Coordination Committee "
                        + "Permanent Mission of the Federal Republic of Germany, Geneva planned",
                "4 November 2016 Coordination Committee meeting Coordination Committee "
                        + "Permanent Mission of the Federal Republic of Germany, Geneva held");
    }

    private JsonNode api(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(meetings.isu))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<Long> ids(JsonNode page) {
        return StreamSupport.stream(page.get("content").spliterator(), false).map(m -> m.get("id").asLong())
                .toList();
    }
}
