package org.ccmplatform.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ccmplatform.HtmlForm;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every finance endpoint against every kind of visitor (the demo accounts): the public sees the contributions page,
 * its CSV and the two API endpoints; the ISU, the Presidency and coordinators read the schedule and the invoices; only
 * the ISU issues invoices, records payments and cancels an invoice (its attempts here are refused by a rule, or
 * rolled back); focal points, donors, operators, facilitators and observers get 403 and anonymous visitors are sent to
 * sign in. Then bad input on the payment form, shown next to its field with nothing stored.
 */
@IntegrationTest
@Transactional
class FinanceAuthorizationIntegrationTest {

    static final List<String> VISITORS = List.of("anonymous", "isu", "president", "coordinator", "lebanon", "laos",
            "norway", "undp", "npa", "gichd", "observer");
    static final Set<String> EVERYONE = Set.copyOf(VISITORS);
    static final Set<String> READERS = Set.of("isu", "president", "coordinator");
    static final Set<String> ISU = Set.of("isu");

    record Endpoint(HttpMethod method, String path, Map<String, String> params, Set<String> allowed, int allowedStatus) {}

    static final Map<String, Endpoint> ENDPOINTS = Map.ofEntries(
            Map.entry("contributions page", get("/finance?year=2016", EVERYONE)),
            Map.entry("contributions page without year", get("/finance", EVERYONE)),
            Map.entry("contributions CSV", get("/finance/contributions.csv?year=2016", EVERYONE)),
            Map.entry("summary API", get("/api/v1/finance/summary?year=2016", EVERYONE)),
            Map.entry("contributions API", get("/api/v1/contributions?year=2016", EVERYONE)),
            Map.entry("schedule", get("/finance/schedule?year=2016", READERS)),
            Map.entry("invoices", get("/finance/invoices?year=2016", READERS)),
            Map.entry("issue", new Endpoint(HttpMethod.POST, "/finance/invoices/issue", Map.of("year", "2095"), ISU,
                    302)),
            Map.entry("cancel", new Endpoint(HttpMethod.POST, "/finance/invoices/{paid}/cancel",
                    Map.of("version", "{version}", "reason", "Authorization test"), ISU, 302)),
            Map.entry("payment", new Endpoint(HttpMethod.POST, "/finance/payments", Map.of("year", "2016"), ISU,
                    200)),
            Map.entry("invoice PDF", get("/finance/invoices/{paid}/pdf", READERS)),
            Map.entry("send invoices", new Endpoint(HttpMethod.POST, "/finance/invoices/send", Map.of("year", "2095"),
                    ISU, 302)),
            Map.entry("arrears", get("/finance/arrears", READERS)),
            Map.entry("reserve", get("/finance/reserve", READERS)),
            Map.entry("reminders", new Endpoint(HttpMethod.POST, "/finance/reminders", Map.of(), ISU, 302)),
            Map.entry("reserve contribution", new Endpoint(HttpMethod.POST, "/finance/reserve/contributions",
                    Map.of(), ISU, 302)),
            Map.entry("reserve draw", new Endpoint(HttpMethod.POST, "/finance/reserve/draws", Map.of(), ISU, 302)),
            Map.entry("budget", new Endpoint(HttpMethod.POST, "/finance/budgets", Map.of("budgetYear", "2094",
                    "amount", "-1000", "adoptedOn", "2016-01-01", "source", "Authorization test"), ISU, 302)),
            Map.entry("category", new Endpoint(HttpMethod.POST, "/finance/categories", Map.of("code", "AZ", "name",
                    "Authorization test", "budgetShare", "200", "validFrom", "2094", "source", "test"), ISU, 302)),
            Map.entry("scale import", new Endpoint(HttpMethod.POST, "/finance/scale/import", Map.of(), ISU, 200)));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    FinanceFixture fixture;
    Invoice paid;
    Invoice unpaid;

    @BeforeEach
    void invoices() {
        fixture = FinanceFixture.of(context);
        List<Payment> demo = fixture.treasury.paymentsOf(2016).stream()
                .filter(p -> p.bankReference().startsWith("DEMO-")).toList();
        paid = fixture.treasury.invoice(demo.get(0).invoice().id());
        unpaid = fixture.invoiceOf(2016, "ITA");
    }

    static Stream<Arguments> everyEndpointForEveryVisitor() {
        return ENDPOINTS.keySet().stream().sorted()
                .flatMap(endpoint -> VISITORS.stream().map(visitor -> Arguments.of(endpoint, visitor)));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("everyEndpointForEveryVisitor")
    void eachEndpointLetsThroughOnlyThoseTheCodeAllows(String name, String visitor) throws Exception {
        Endpoint endpoint = ENDPOINTS.get(name);
        String before = fixture.stored();

        MvcResult result = mvc.perform(request(endpoint, visitor)).andReturn();
        MockHttpServletResponse response = result.getResponse();

        if (endpoint.allowed().contains(visitor)) {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(endpoint.allowedStatus());
            if (endpoint.allowedStatus() == 302) {
                assertThat(response.getRedirectedUrl()).as("%s for %s", name, visitor)
                        .matches("/finance/[a-z]+(\\?year=\\d{4})?");
                assertThat(result.getFlashMap().get("refused") != null || result.getFlashMap().get("saved") != null)
                        .as("%s for %s: the page says what happened", name, visitor).isTrue();
            }
        } else if (visitor.equals("anonymous")) {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(403);
        }
        assertThat(fixture.stored()).as("%s for %s", name, visitor).isEqualTo(before);
        assertThat(fixture.treasury.invoice(paid.id()).status()).isEqualTo(InvoiceStatus.ISSUED);
    }

    @ParameterizedTest(name = "{0} sees the ISU''s tabs and forms: {1}")
    @CsvSource({"anonymous, false, false", "observer, false, false", "norway, false, false",
        "president, true, false", "coordinator, true, false", "isu, true, true"})
    void theTabsAndFormsShowOnlyWhatTheVisitorMayUse(String visitor, boolean reads, boolean acts) throws Exception {
        Document page = Jsoup.parse(perform(get("/finance?year=2016", EVERYONE), visitor)
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("a[href^=/finance/schedule]").isEmpty()).isEqualTo(!reads);
        assertThat(page.select("a[href^=/finance/invoices]").isEmpty()).isEqualTo(!reads);
        if (reads) {
            Document invoices = Jsoup.parse(perform(get("/finance/invoices?year=2016", READERS), visitor)
                    .getContentAsString(StandardCharsets.UTF_8));
            assertThat(invoices.select("form[action=/finance/payments]").isEmpty()).isEqualTo(!acts);
            assertThat(invoices.select("form[action$=/cancel]").isEmpty()).isEqualTo(!acts);
        }
    }

    // ---- bad input on the payment form ----

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bankReference | {duplicate} | bankReference | A payment with the bank reference {duplicate} is already recorded.
            paidAmount    | -5          | paidAmount    | The amount must be more than zero.
            paidAmount    | 0           | paidAmount    | The amount must be more than zero.
            paidAmount    | abc         | paidAmount    | Enter a number, such as 1250 or 1250.5, without spaces or thousands separators.
            paidAmount    | 1'000       | paidAmount    | Enter a number, such as 1250 or 1250.5, without spaces or thousands separators.
            paidCurrency  | EUR         | rateToChf     | An amount in EUR needs the rate used to convert it into Swiss francs.
            rateToChf     | lots        | rateToChf     | Enter a number, such as 1250 or 1250.5, without spaces or thousands separators.
            receivedOn    | 2999-01-01  | receivedOn    | A payment cannot be received in the future.
            bankReference | ''          | bankReference | This is required.
            """)
    void aBadPaymentIsRefusedNextToItsFieldAndNothingIsStored(String field, String value, String errorOf,
            String message) throws Exception {
        String duplicate = "DEMO-" + paid.number();
        HtmlForm form = HtmlForm.on(perform(get("/finance/invoices?year=2016", READERS), "isu")
                .getContentAsString(StandardCharsets.UTF_8), "/finance/payments")
                .set("invoiceId", String.valueOf(unpaid.id())).set("receivedOn", fixture.treasury.today().toString())
                .set("bankReference", "FT-AUTH-BAD-INPUT").set("paidAmount", "1000.00").set("paidCurrency", "CHF")
                .set(field, value.replace("{duplicate}", duplicate));
        String before = fixture.stored();

        MockHttpServletResponse response = mvc.perform(form.post().with(csrf())
                .with(user(users.loadUserByUsername("isu")))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        Document refused = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select("#" + errorOf + "-error").text()).isEqualTo(message.replace("{duplicate}",
                duplicate));
        assertThat(refused.select("#" + errorOf).attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.select("#bankReference").val()).isEqualTo(field.equals("bankReference")
                ? value.replace("{duplicate}", duplicate).replace("''", "") : "FT-AUTH-BAD-INPUT");
        assertThat(fixture.stored()).isEqualTo(before);
        assertThat(fixture.payments.paidOn(unpaid.id())).isEqualByComparingTo("0");
    }

    // ---- helpers ----

    private MockHttpServletResponse perform(Endpoint endpoint, String visitor) throws Exception {
        return mvc.perform(request(endpoint, visitor)).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder request(Endpoint endpoint, String visitor) {
        String path = endpoint.path().replace("{paid}", String.valueOf(paid.id()));
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), path);
        endpoint.params().forEach((k, v) -> request.param(k, v.replace("{version}", String.valueOf(paid.version()))));
        if (!visitor.equals("anonymous")) {
            request.with(user(users.loadUserByUsername(visitor)));
        }
        if (endpoint.method() == HttpMethod.POST) {
            request.with(csrf());
        }
        return request;
    }

    private static Endpoint get(String path, Set<String> allowed) {
        return new Endpoint(HttpMethod.GET, path, Map.of(), allowed, 200);
    }
}
