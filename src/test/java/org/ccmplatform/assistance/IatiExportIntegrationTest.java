package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The IATI activity export (version 2.03) downloaded and parsed with a DOM parser, then held to the rules of the
 * standard's activity schema and codelists, checked one by one: the elements an activity requires, in the order the
 * schema sets; codes from the codelists; ISO 8601 dates; a currency and a value date on every value.
 */
@IntegrationTest
@Transactional
class IatiExportIntegrationTest {

    /** The children of iati-activity in the schema's sequence (2.03). */
    static final List<String> ACTIVITY_SEQUENCE = List.of("iati-identifier", "reporting-org", "title", "description",
            "participating-org", "other-identifier", "activity-status", "activity-date", "contact-info",
            "activity-scope", "recipient-country", "recipient-region", "location", "sector", "tag",
            "country-budget-items", "humanitarian-scope", "policy-marker", "collaboration-type", "default-flow-type",
            "default-finance-type", "default-aid-type", "default-tied-status", "budget", "planned-disbursement",
            "capital-spend", "transaction", "document-link", "related-activity", "legacy-data", "conditions",
            "result", "crs-add", "fss");

    static final List<String> REQUIRED = List.of("iati-identifier", "reporting-org", "title", "description",
            "participating-org", "activity-status", "activity-date");

    /** The children of transaction in the schema's sequence. */
    static final List<String> TRANSACTION_SEQUENCE = List.of("transaction-type", "transaction-date", "value",
            "description", "provider-org", "receiver-org", "disbursement-channel", "sector", "recipient-country",
            "recipient-region", "flow-type", "finance-type", "aid-type", "tied-status");

    /** Codelists: OrganisationType, OrganisationRole, ActivityStatus, ActivityDateType, TransactionType. */
    static final Set<String> ORGANISATION_TYPES = Set.of("10", "11", "15", "21", "22", "23", "24", "30", "40", "60",
            "70", "71", "72", "73", "80", "90");
    static final Set<String> ROLES = Set.of("1", "2", "3", "4");
    static final Set<String> ACTIVITY_STATUSES = Set.of("1", "2", "3", "4", "5", "6");
    static final Set<String> DATE_TYPES = Set.of("1", "2", "3", "4");
    static final Set<String> TRANSACTION_TYPES = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
            "12", "13");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    NeedDesk needDesk;

    @Autowired
    PledgeDesk pledgeDesk;

    @Autowired
    RateDesk rateDesk;

    @Autowired
    FundingGaps gaps;

    @Autowired
    StateRegister states;

    @Autowired
    OrganisationDirectory organisations;

    ExportScenario s;

    @BeforeEach
    void makeScenario() {
        s = new ExportScenario(needDesk, pledgeDesk, rateDesk, gaps, states, organisations);
    }

    @Test
    void aStateDonorsPublicPledgesFollowTheRulesOfIati203() throws Exception {
        MockHttpServletResponse response = download(get("/assistance/pledges/iati.xml").param("donor", "nor"));
        assertThat(response.getContentType()).startsWith("application/xml");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"ccm-iati-activities-NOR-" + s.today + ".xml\"");
        Document xml = parse(response);
        List<Element> activities = checkFile(xml);

        Element committed = activity(activities, s.committed.id()).orElseThrow();
        assertThat(child(committed, "iati-identifier").getTextContent()).isEqualTo("XM-DAC-8-CCMP-PLEDGE-"
                + s.committed.id());
        Element reporting = child(committed, "reporting-org");
        assertThat(reporting.getAttribute("ref")).isEqualTo("XM-DAC-8");
        assertThat(reporting.getAttribute("type")).isEqualTo("10");
        assertThat(narrative(reporting)).isEqualTo("Norway");
        assertThat(committed.getAttribute("default-currency")).isEqualTo("USD");
        assertThat(narrative(child(committed, "title"))).contains(s.publicTitle).contains("Lebanon");
        List<Element> participants = children(committed, "participating-org");
        assertThat(participants).extracting(p -> p.getAttribute("role")).containsExactly("1", "4");
        assertThat(narrative(participants.get(1))).isEqualTo("Norwegian People's Aid");
        assertThat(participants.get(1).getAttribute("type")).isEqualTo("21");
        assertThat(child(committed, "activity-status").getAttribute("code")).isEqualTo("2");
        assertThat(children(committed, "activity-date")).extracting(d -> d.getAttribute("type") + " "
                + d.getAttribute("iso-date")).containsExactly("1 " + s.firstYear + "-01-01", "2 " + s.paidOn,
                        "3 " + (s.firstYear + 1) + "-12-31");
        assertThat(child(committed, "recipient-country").getAttribute("code")).isEqualTo("LB");
        Element sector = child(committed, "sector");
        assertThat(sector.getAttribute("vocabulary")).isEqualTo("1");
        assertThat(sector.getAttribute("code")).isEqualTo("15250");

        List<Element> budgets = children(committed, "budget");
        assertThat(budgets).hasSize(2);
        assertThat(budgets).allMatch(b -> b.getAttribute("status").equals("2"));
        assertThat(budgets.stream().map(b -> new BigDecimal(child(b, "value").getTextContent()))
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("300000.00");

        List<Element> transactions = children(committed, "transaction");
        assertThat(transactions).hasSize(2);
        Element commitment = transactions.get(0);
        assertThat(child(commitment, "transaction-type").getAttribute("code")).isEqualTo("2");
        assertThat(child(commitment, "value").getTextContent()).isEqualTo("300000.00");
        assertThat(child(commitment, "value").getAttribute("currency")).isEqualTo("USD");
        Element tranche = transactions.get(1);
        assertThat(child(tranche, "transaction-type").getAttribute("code")).isEqualTo("3");
        assertThat(child(tranche, "transaction-date").getAttribute("iso-date")).isEqualTo(s.paidOn.toString());
        assertThat(child(tranche, "value").getTextContent()).isEqualTo("100000.00");
        assertThat(child(tranche, "value").getAttribute("value-date")).isEqualTo(s.paidOn.toString());
        assertThat(narrative(child(tranche, "receiver-org"))).isEqualTo("Norwegian People's Aid");

        Element unconvertible = activity(activities, s.unconvertible.id()).orElseThrow();
        assertThat(unconvertible.getAttribute("default-currency")).isEqualTo("KGS");
        assertThat(children(unconvertible, "transaction")).hasSize(1);

        Element toHidden = activity(activities, s.toHiddenNeed.id()).orElseThrow();
        assertThat(narrative(child(toHidden, "title"))).isEqualTo("Mine action in Lebanon");
        assertThat(response.getContentAsString()).as("a need not public is not named").doesNotContain(
                s.hiddenTitle);
        assertThat(activity(activities, s.undisclosed.id())).isEmpty();

        Document isu = parse(download(get("/assistance/pledges/iati.xml").param("donor", "NOR")
                .with(user(users.loadUserByUsername("isu")))));
        Element named = activity(checkFile(isu), s.toHiddenNeed.id()).orElseThrow();
        assertThat(narrative(child(named, "title"))).contains(s.hiddenTitle);
    }

    @Test
    void anOrganisationDonorsFileHoldsOnlyItsPledgesWithAPublicAmount() throws Exception {
        Document xml = parse(download(get("/assistance/pledges/iati.xml").param("donorOrganisation",
                String.valueOf(s.undp.id()))));
        List<Element> activities = checkFile(xml);
        assertThat(activity(activities, s.undisclosed.id())).as("an undisclosed amount is not published").isEmpty();
        Element indicated = activity(activities, s.indicated.id()).orElseThrow();
        Element reporting = child(indicated, "reporting-org");
        assertThat(reporting.getAttribute("ref")).isEqualTo("CCMP-ORG-" + s.undp.id());
        assertThat(reporting.getAttribute("type")).isEqualTo("40");
        assertThat(child(indicated, "activity-status").getAttribute("code")).isEqualTo("1");
        assertThat(children(indicated, "transaction")).as("nothing committed, nothing paid").isEmpty();
        assertThat(children(indicated, "budget")).allMatch(b -> b.getAttribute("status").equals("1"));
        assertThat(activities).allMatch(a -> child(a, "reporting-org").getAttribute("ref")
                .equals("CCMP-ORG-" + s.undp.id()));
    }

    @Test
    void aDonorWithNothingPublicOrNoDonorAtAllIsAClearRefusal() throws Exception {
        MockHttpServletResponse none = mvc.perform(get("/assistance/pledges/iati.xml").param("donor", "SMR"))
                .andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(404);
        assertThat(none.getContentType()).isEqualTo("application/problem+json");
        assertThat(none.getContentAsString()).contains("SMR");
        for (String query : List.of("", "donor=ZZZ", "donorOrganisation=abc", "donorOrganisation=-1")) {
            MockHttpServletResponse bad = mvc.perform(get("/assistance/pledges/iati.xml?" + query)).andReturn()
                    .getResponse();
            assertThat(bad.getStatus()).as(query).isEqualTo(400);
            assertThat(bad.getContentType()).as(query).isEqualTo("application/problem+json");
        }
    }

    /** The rules every activity of every file must keep; returns the activities. */
    private static List<Element> checkFile(Document xml) {
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("iati-activities");
        assertThat(root.getAttribute("version")).isEqualTo("2.03");
        OffsetDateTime generated = OffsetDateTime.parse(root.getAttribute("generated-datetime"));
        assertThat(generated.toInstant()).isCloseTo(java.time.Instant.now(), org.assertj.core.api.Assertions
                .within(1, ChronoUnit.HOURS));
        List<Element> activities = children(root, "iati-activity");
        assertThat(activities).isNotEmpty();
        assertThat(elements(root)).allMatch(e -> e.getTagName().equals("iati-activity"));
        for (Element activity : activities) {
            checkActivity(activity);
        }
        return activities;
    }

    private static void checkActivity(Element a) {
        String id = child(a, "iati-identifier").getTextContent();
        List<String> order = elements(a).stream().map(Element::getTagName).toList();
        assertThat(order).as(id + ": only elements of the schema").allMatch(ACTIVITY_SEQUENCE::contains);
        assertThat(order).as(id + ": in the schema's order")
                .isSortedAccordingTo((x, y) -> ACTIVITY_SEQUENCE.indexOf(x) - ACTIVITY_SEQUENCE.indexOf(y));
        assertThat(order).as(id + ": required elements").containsAll(REQUIRED);
        for (String once : List.of("iati-identifier", "reporting-org", "title", "activity-status")) {
            assertThat(children(a, once)).as(id + ": one " + once).hasSize(1);
        }
        assertThat(a.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).as("xml:lang").isEqualTo("en");
        String currency = a.getAttribute("default-currency");
        assertThat(Currency.getInstance(currency).getCurrencyCode()).isEqualTo(currency);

        Element reporting = child(a, "reporting-org");
        assertThat(reporting.getAttribute("ref")).isNotBlank();
        assertThat(id).as("the identifier starts with the reporting organisation's").startsWith(
                reporting.getAttribute("ref") + "-");
        assertThat(reporting.getAttribute("type")).isIn(ORGANISATION_TYPES);
        assertThat(narrative(reporting)).isNotBlank();
        assertThat(narrative(child(a, "title"))).isNotBlank();
        assertThat(narrative(child(a, "description"))).isNotBlank();
        for (Element org : children(a, "participating-org")) {
            assertThat(org.getAttribute("role")).isIn(ROLES);
            assertThat(org.getAttribute("type")).isIn(ORGANISATION_TYPES);
            assertThat(org.hasAttribute("ref") || !narrative(org).isBlank()).as("a ref or a name").isTrue();
        }
        assertThat(children(a, "participating-org")).anyMatch(o -> o.getAttribute("role").equals("1"));
        assertThat(child(a, "activity-status").getAttribute("code")).isIn(ACTIVITY_STATUSES);
        List<Element> dates = children(a, "activity-date");
        for (Element date : dates) {
            assertThat(date.getAttribute("type")).isIn(DATE_TYPES);
            LocalDate day = LocalDate.parse(date.getAttribute("iso-date"));
            if (Set.of("2", "4").contains(date.getAttribute("type"))) {
                assertThat(day).as("an actual date is not in the future").isBeforeOrEqualTo(LocalDate.now());
            }
        }
        assertThat(dates).as("a start date, planned or actual")
                .anyMatch(d -> Set.of("1", "2").contains(d.getAttribute("type")));
        for (Element country : children(a, "recipient-country")) {
            assertThat(country.getAttribute("code")).matches("[A-Z]{2}");
        }
        List<Element> sectors = children(a, "sector");
        assertThat(sectors).isNotEmpty();
        for (Element sector : sectors) {
            assertThat(sector.getAttribute("vocabulary")).isEqualTo("1");
            assertThat(sector.getAttribute("code")).matches("\\d{5}");
        }
        for (Element budget : children(a, "budget")) {
            assertThat(elements(budget)).extracting(Element::getTagName)
                    .containsExactly("period-start", "period-end", "value");
            assertThat(budget.getAttribute("type")).isIn("1", "2");
            assertThat(budget.getAttribute("status")).isIn("1", "2");
            LocalDate start = LocalDate.parse(child(budget, "period-start").getAttribute("iso-date"));
            LocalDate end = LocalDate.parse(child(budget, "period-end").getAttribute("iso-date"));
            assertThat(start).isBefore(end);
            assertThat(end).as("a budget period of at most a year").isBefore(start.plusYears(1));
            checkValue(child(budget, "value"));
        }
        for (Element transaction : children(a, "transaction")) {
            List<String> parts = elements(transaction).stream().map(Element::getTagName).toList();
            assertThat(parts).allMatch(TRANSACTION_SEQUENCE::contains);
            assertThat(parts).isSortedAccordingTo(
                    (x, y) -> TRANSACTION_SEQUENCE.indexOf(x) - TRANSACTION_SEQUENCE.indexOf(y));
            assertThat(parts).startsWith("transaction-type", "transaction-date", "value");
            assertThat(child(transaction, "transaction-type").getAttribute("code")).isIn(TRANSACTION_TYPES);
            LocalDate day = LocalDate.parse(child(transaction, "transaction-date").getAttribute("iso-date"));
            assertThat(day).isBeforeOrEqualTo(LocalDate.now());
            checkValue(child(transaction, "value"));
        }
    }

    private static void checkValue(Element value) {
        assertThat(new BigDecimal(value.getTextContent())).isPositive();
        String currency = value.getAttribute("currency");
        assertThat(Currency.getInstance(currency).getCurrencyCode()).isEqualTo(currency);
        LocalDate.parse(value.getAttribute("value-date"));
    }

    private MockHttpServletResponse download(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response;
    }

    private static Document parse(MockHttpServletResponse response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    private static Optional<Element> activity(List<Element> activities, long pledgeId) {
        return activities.stream().filter(a -> child(a, "iati-identifier").getTextContent()
                .endsWith("-CCMP-PLEDGE-" + pledgeId)).findFirst();
    }

    private static List<Element> elements(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> children(Element parent, String name) {
        return elements(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(name).isNotEmpty();
        return found.get(0);
    }

    private static String narrative(Element parent) {
        List<Element> narratives = children(parent, "narrative");
        return narratives.isEmpty() ? "" : narratives.get(0).getTextContent();
    }
}
