package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.obligations.ObligationPagesSupport.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.ccmplatform.HtmlForm;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.accounts.MemberAccounts;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingDetails;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.meetings.MeetingVisibility;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extension requests on their pages: the public list and Lebanon's request under analysis, and a request taken through
 * every step by the people whose step it is, each through the form its page shows. The workflow tests are
 * @Transactional: Iraq's obligation for remnants after the hostilities of 2024 (Article 4(1)(b), deadline 30 June 2034)
 * exists only in them, as does everything done to it.
 */
@IntegrationTest
class ExtensionRequestPagesIntegrationTest {

    static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    StateRegister states;

    @Autowired
    Obligations obligations;

    @Autowired
    ExtensionRequests requests;

    @Autowired
    MeetingPlanner meetings;

    @Autowired
    EntityManager entityManager;

    @Test
    void theListShowsLebanonsRequestUnderAnalysisAndTheDecisionsOfThePublicRecord() throws Exception {
        Document page = page(html("/extension-requests", null));

        List<List<String>> rows = ObligationPagesSupport.rows(page);
        assertThat(rows).contains(List.of("Lebanon", "Article 4", "1 May 2031", "under analysis", "—"));
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get(0)).startsWith("Lao");
            assertThat(row.subList(1, 5)).containsExactly("Article 4", "1 Aug 2025", "granted", "until 1 Aug 2025 9MSP");
        });
    }

    @Test
    void lebanonsRequestShowsItsStageWorkPlanAnalysisGroupAndSteps() throws Exception {
        Document page = page(html("/extension-requests/" + lebanonsRequest().id(), null));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Extension request of Lebanon");
        assertThat(page.select("ol.list-inline [aria-current=step]").text()).isEqualTo("under analysis");
        assertThat(page.select("main dl").text()).contains("Current deadline 1 May 2026")
                .contains("Requested deadline 1 May 2031").contains("Submitted 31 March 2026")
                .contains("Analysis Group Germany, Italy, Norway");
        List<List<String>> plan = ObligationPagesSupport.rows(page);
        assertThat(plan).hasSize(6).first().isEqualTo(List.of("2026", "1,900,000 m²", "6,500,000 USD"));
        assertThat(plan).extracting(row -> row.get(0)).containsExactly("2026", "2027", "2028", "2029", "2030", "2031");
        assertThat(page.select("#steps-heading + ol > li").eachText()).containsExactly(
                "10 Feb 2026 Extension request drafted by lebanon",
                "31 Mar 2026 Extension request submitted by lebanon",
                "14 Apr 2026 Analysis Group formed; analysis begun by isu");
    }

    @Test
    void theQuestionsAndAnswersAreForTheRequesterTheGroupTheIsuAndThePresidencyOnly() throws Exception {
        String path = "/extension-requests/" + lebanonsRequest().id();
        String question = "Please set out how the survey of the areas reported since 2023 changes the yearly targets.";

        for (String reader : List.of("lebanon", "coordinator", "isu", "president")) {
            assertThat(page(html(path, reader)).select("#exchanges-heading ~ .card").text()).as(reader)
                    .contains(question).contains("The survey adds 0.4 km² a year to the plan");
        }
        for (String reader : new String[] {null, "laos", "norway", "observer", "npa"}) {
            Document page = page(html(path, reader));
            assertThat(page.select("#exchanges-heading")).as(String.valueOf(reader)).isEmpty();
            assertThat(page.text()).as(String.valueOf(reader)).doesNotContain(question);
        }
    }

    @Test
    @Transactional
    void aRequestGoesThroughEveryStepOnItsPagesAndTheGrantMovesTheDeadline() throws Exception {
        String focalPoint = iraqsFocalPoint();
        long obligation = iraqsRemnantsAfterHostilities();
        Meeting msp = meetings.plan(new MeetingDetails(MeetingBody.MEETING_OF_STATES_PARTIES,
                "Meeting of States Parties (page test)", LocalDate.now().minusDays(30).atTime(10, 0),
                LocalDate.now().minusDays(30).atTime(18, 0), GENEVA, "Geneva", false, EnumSet.of(Language.EN),
                MeetingVisibility.PUBLIC), (CurrentUser) users.loadUserByUsername("isu"));

        MvcResult drafted = perform(focalPoint, formOn(focalPoint, "/obligations/" + obligation,
                "/obligations/" + obligation + "/extension-requests").set("requestedDeadline", "2038-06-30")
                .set("justification", "Remnants found in the North after the hostilities need four more years.")
                .post());
        String request = drafted.getResponse().getRedirectedUrl();
        assertThat(request).matches("/extension-requests/\\d+");
        assertDone(focalPoint, drafted, "The request has been begun as a draft: complete its work plan, then submit it.");

        assertDone(focalPoint, perform(focalPoint, formOn(focalPoint, request, request + "/work-plan").set("year", "2027")
                .set("target", "250000").set("unit", "SQUARE_METRES").set("budget", "1200000").set("currency", "usd")
                .post()), "The year has been added to the work plan.");
        assertDone(focalPoint, perform(focalPoint, post(request + "/submit")), "The request has been submitted.");
        assertDone("president", perform("president", post(request + "/analysis").param("members", "ITA", "NOR")),
                "The Analysis Group has been formed.");
        assertDone("coordinator", perform("coordinator", post(request + "/questions")
                .param("question", "Which areas does the plan clear first?")), "The question has been sent to the "
                + "requesting State.");
        String answer = page(html(request, focalPoint)).select("form[action$=/answer]").attr("action");
        assertDone(focalPoint, perform(focalPoint, post(answer).param("answer", "The areas nearest to villages, from 2027.")),
                "The answer has been recorded.");
        assertDone("coordinator", perform("coordinator", post(request + "/conclusion")
                .param("report", "The plan is realistic; the group recommends a shorter extension.")),
                "The analysis has been concluded.");
        assertDone("isu", perform("isu", post(request + "/decision").param("granted", "true")
                .param("grantedDeadline", "2037-06-30").param("meetingId", String.valueOf(msp.id()))),
                "The decision has been recorded.");

        Document decided = page(html(request, null));
        assertThat(decided.select("main dl").text()).contains("Decision granted until 30 June 2037 · Meeting of "
                + "States Parties (page test)");
        assertThat(decided.select("#exchanges-heading")).isEmpty();
        assertThat(page(html(request, "coordinator")).select("#exchanges-heading ~ .card").text())
                .contains("Which areas does the plan clear first?").contains("The areas nearest to villages, from 2027.");
        Document obligationPage = page(html("/obligations/" + obligation, null));
        assertThat(obligationPage.select("main dl").text()).contains("Current deadline 30 June 2037 (1 extension)")
                .contains("Treaty deadline 30 June 2034");
        String today = ObligationPagesSupport.SHORT_DATE.format(LocalDate.now());
        assertThat(obligationPage.select("#history-heading + ol > li").eachText()).containsExactly(
                "30 Jun 2024 The obligation began: end of the active hostilities (Article 4(1)(b)). Article 7 report of "
                        + "2025 (page test)",
                today + " Extension request drafted · Request for an extension until 30 June 2038 by " + focalPoint,
                today + " Extension request submitted · Request for an extension until 30 June 2038 by " + focalPoint,
                today + " Analysis Group formed; analysis begun · Request for an extension until 30 June 2038 by "
                        + "president",
                today + " Analysis concluded · Request for an extension until 30 June 2038 by coordinator",
                today + " Extension granted · Request for an extension until 30 June 2038 new deadline 30 June 2037 "
                        + "by isu",
                "30 Jun 2034 Deadline set by the Convention.");
    }

    @Test
    @Transactional
    void aWorkPlanYearGivenTwiceIsRefusedInFrenchOnTheForm() throws Exception {
        String focalPoint = iraqsFocalPoint();
        long obligation = iraqsRemnantsAfterHostilities();
        String request = perform(focalPoint, post("/obligations/" + obligation + "/extension-requests")
                .param("requestedDeadline", "2038-06-30")).getResponse().getRedirectedUrl();
        perform(focalPoint, post(request + "/work-plan").param("year", "2027").param("target", "250000")
                .param("unit", "SQUARE_METRES"));

        MockHttpServletResponse twice = mvc.perform(post(request + "/work-plan").param("year", "2027")
                .param("target", "beaucoup").param("unit", "SQUARE_METRES").cookie(new Cookie("ccm-lang", "fr"))
                .with(user(users.loadUserByUsername(focalPoint))).with(csrf())).andReturn().getResponse();

        assertThat(twice.getStatus()).isEqualTo(200);
        Document page = page(twice.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("#target-error").text()).startsWith("Saisissez un nombre");
        MockHttpServletResponse again = mvc.perform(post(request + "/work-plan").param("year", "2027")
                .param("target", "1000").param("unit", "SQUARE_METRES").cookie(new Cookie("ccm-lang", "fr"))
                .with(user(users.loadUserByUsername(focalPoint))).with(csrf())).andReturn().getResponse();
        assertThat(page(again.getContentAsString(StandardCharsets.UTF_8)).selectFirst("#year-error").text())
                .isEqualTo("Le plan de travail comporte déjà l’année 2027.");
        assertThat(ObligationPagesSupport.rows(page(html(request, focalPoint)))).hasSize(1);
    }

    @Test
    @Transactional
    void aSubmissionAfterTheDeadlineIsRefusedWithTheReasonOnThePage() throws Exception {
        Obligation laos = ObligationPagesSupport.obligation(obligations, states, "LAO", Article.ARTICLE_4);
        String request = perform("laos", post("/obligations/" + laos.id() + "/extension-requests")
                .param("requestedDeadline", "2030-08-01")).getResponse().getRedirectedUrl();
        perform("laos", post(request + "/work-plan").param("year", "2027").param("target", "60000000")
                .param("unit", "SQUARE_METRES"));

        MvcResult refused = perform("laos", post(request + "/submit"));

        Document page = page(mvc.perform(get(request).flashAttrs(refused.getFlashMap())
                .with(user(users.loadUserByUsername("laos")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("main .alert-danger").text())
                .isEqualTo("The deadline (2025-08-01) has passed: a request must be submitted before it.");
        assertThat(page.select("ol.list-inline [aria-current=step]").text()).isEqualTo("draft");
    }

    /**
     * The focal point opens the draft to change it; meanwhile the ISU submits it for the State. The focal point's
     * change is refused as stale, with the conflict message in view, and the submitted request stays as it was.
     */
    @Test
    @Transactional
    void aStaleChangeToARequestSubmittedMeanwhileIsRefusedWithTheConflictMessage() throws Exception {
        String focalPoint = iraqsFocalPoint();
        long obligation = iraqsRemnantsAfterHostilities();
        String request = perform(focalPoint, post("/obligations/" + obligation + "/extension-requests")
                .param("requestedDeadline", "2038-06-30")).getResponse().getRedirectedUrl();
        perform(focalPoint, post(request + "/work-plan").param("year", "2027").param("target", "250000")
                .param("unit", "SQUARE_METRES"));
        entityManager.flush();
        HtmlForm stale = formOn(focalPoint, request, request + "/draft").set("requestedDeadline", "2039-06-30");
        assertDone("isu", perform("isu", post(request + "/submit")), "The request has been submitted.");
        entityManager.flush();

        MockHttpServletResponse response = mvc.perform(stale.post().with(user(users.loadUserByUsername(focalPoint)))
                .with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).isIn(200, 409);
        assertThat(page(response.getContentAsString(StandardCharsets.UTF_8)).select("main [role=alert]").text())
                .contains("Someone else saved this record after you opened it.");
        entityManager.clear();
        ExtensionRequest kept = requests.findById(Long.parseLong(request.replaceAll("\\D", ""))).orElseThrow();
        assertThat(kept.requestedDeadline()).isEqualTo(LocalDate.of(2038, 6, 30));
        assertThat(kept.status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    private ExtensionRequest lebanonsRequest() {
        return requests.findByObligationOrderByIdAsc(ObligationPagesSupport.obligation(obligations, states, "LBN",
                Article.ARTICLE_4)).stream().filter(r -> r.status() == RequestStatus.UNDER_ANALYSIS).findFirst()
                .orElseThrow();
    }

    /** A focal point of Iraq, made for the test (rolled back with it). */
    private String iraqsFocalPoint() {
        return MemberAccounts.actingFor(accounts, "iraq", "Focal point, Iraq (test)", Role.FOCAL_POINT,
                states.get("IRQ").id(), null).username();
    }

    /** The ISU records, through the State's page, Iraq's clearance of remnants left by hostilities ended 30 June 2024. */
    private long iraqsRemnantsAfterHostilities() throws Exception {
        assertDone("isu", perform("isu", post("/obligations/states/IRQ/declare").param("article", "4")
                .param("hostilitiesEnded", "2024-06-30").param("source", "Article 7 report of 2025 (page test)")),
                "The obligation has been recorded.");
        return obligations.findByStateIdAndArticleAndBasis(states.get("IRQ").id(), Article.ARTICLE_4,
                Obligation.AFTER_HOSTILITIES).orElseThrow().id();
    }

    private HtmlForm formOn(String username, String page, String action) throws Exception {
        return HtmlForm.on(html(page, username), action);
    }

    private MvcResult perform(String username, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as("%s by %s", result.getRequest().getRequestURI(), username)
                .isEqualTo(302);
        return result;
    }

    /** The page the action led back to says it was done, and nothing was refused. */
    private void assertDone(String username, MvcResult result, String message) throws Exception {
        Map<String, Object> flash = result.getFlashMap();
        Document page = page(mvc.perform(get(result.getResponse().getRedirectedUrl()).flashAttrs(flash)
                        .with(user(users.loadUserByUsername(username))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("main .alert-danger").text()).isEmpty();
        assertThat(page.select("main .alert-success").text()).isEqualTo(message);
    }

    private String html(String path, String username) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (username != null) {
            request.with(user(users.loadUserByUsername(username)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s by %s", path, username).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
