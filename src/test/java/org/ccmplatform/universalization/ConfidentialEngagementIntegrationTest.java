package org.ccmplatform.universalization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.shared.CurrentUser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * A confidential engagement with Myanmar, logged on 25 November 2016, is read by the ISU, the Presidency and France
 * as a coordinator of universalization in that term, on the page and in the API; not by the coordinator for Italy
 * (victim assistance), a donor, an observer or an anonymous visitor, anywhere; and its content is not in the audit
 * trail. An entry that is not confidential is read by everyone signed in.
 */
@IntegrationTest
@Transactional
class ConfidentialEngagementIntegrationTest {

    static final LocalDate DAY = LocalDate.of(2016, 11, 25);
    static final String SECRET = "Confidential test letter to Myanmar";
    static final String OPEN = "Open test letter to Myanmar";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    UniversalizationRecords records;
    Map<String, CurrentUser> visitors;

    @BeforeEach
    void engagements() {
        records = UniversalizationRecords.of(context);
        records.engagement("MMR", DAY, SECRET, true);
        records.engagement("MMR", DAY.plusDays(1), OPEN, false);
        records.entities.flush();
        visitors = new java.util.HashMap<>(Map.of("isu", records.user("isu"), "president", records.user("president"),
                "coordinator", records.user("coordinator"), "norway", records.user("norway"),
                "observer", records.user("observer")));
        visitors.put("france", records.universalizationCoordinator("FRA", DAY));
    }

    @ParameterizedTest(name = "{0} reads it")
    @ValueSource(strings = {"isu", "president", "france"})
    void theIsuThePresidencyAndTheCoordinatorOfUniversalizationReadTheConfidentialEntry(String visitor)
            throws Exception {
        String page = page(visitor);
        List<String> api = apiLog(visitor);

        assertThat(page).contains(SECRET, OPEN);
        assertThat(api).contains(SECRET, OPEN);
        assertThat(Jsoup.parse(page).select("#log tr.confidential").text()).contains("Confidential", SECRET);
    }

    @ParameterizedTest(name = "{0} does not read it")
    @ValueSource(strings = {"coordinator", "norway", "observer"})
    void othersSignedInReadOnlyTheEntryThatIsNotConfidential(String visitor) throws Exception {
        String page = page(visitor);
        List<String> api = apiLog(visitor);

        assertThat(page).contains(OPEN).doesNotContain(SECRET);
        assertThat(api).containsExactly(OPEN);
    }

    @Test
    void anAnonymousVisitorReadsNoEntryAtAll() throws Exception {
        assertThat(page("anonymous")).doesNotContain(SECRET).doesNotContain(OPEN);
        assertThat(apiLog("anonymous")).isEmpty();
    }

    @Test
    void theDemosConfidentialExchangeWithTheUnitedStatesIsHiddenFromTheCoordinatorForItaly() throws Exception {
        assertThat(text("/universalization/states/USA", "coordinator")).doesNotContain("Confidential bilateral");
        assertThat(text("/universalization/states/USA", "france")).contains("Confidential bilateral");
        assertThat(text("/universalization/states/USA", "isu")).contains("Confidential bilateral");
    }

    @Test
    void theAuditTrailKeepsThatAnEntryWasLoggedButNotWhatItSaysNorWhoWroteIt() {
        records.entities.flush();
        long entries = records.jdbc.queryForObject("select count(*) from audit_entry where entity_type like "
                + "'%Engagement'", Long.class);
        long revealing = records.jdbc.queryForObject("select count(*) from audit_entry where changes like ? or "
                + "changes like ?", Long.class, "%" + SECRET + "%", "%" + OPEN + "%");
        List<String> actors = records.jdbc.queryForList("select distinct actor from audit_entry where entity_type "
                + "like '%Engagement'", String.class);

        assertThat(entries).isGreaterThanOrEqualTo(2);
        assertThat(revealing).isZero();
        assertThat(actors).containsExactly("confidential");
    }

    private String page(String visitor) throws Exception {
        return text("/universalization/states/MMR", visitor);
    }

    private String text(String path, String visitor) throws Exception {
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.get(path), visitor);
        assertThat(response.getStatus()).as(path + " for " + visitor).isEqualTo(200);
        return response.getContentAsString();
    }

    private List<String> apiLog(String visitor) throws Exception {
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.get("/api/v1/universalization/states/MMR"),
                visitor);
        assertThat(response.getStatus()).isEqualTo(200);
        return JsonPath.read(response.getContentAsString(), "$.engagements[*].what");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String visitor) throws Exception {
        request.header("Accept-Language", "en");
        if (!visitor.equals("anonymous")) {
            request.with(user(visitors.get(visitor)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
