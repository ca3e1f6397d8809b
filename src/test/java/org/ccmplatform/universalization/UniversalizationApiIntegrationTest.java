package org.ccmplatform.universalization;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The public API of the States not party: paged, filtered by category, names in the caller's language; a bad filter
 * is a 400 problem and an unknown State a 404 problem.
 */
@IntegrationTest
class UniversalizationApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "in {0}")
    @CsvSource({"en,United States", "fr,États-Unis", "es,Estados Unidos"})
    void theStatesInACategoryAreListedWithTheirSignatureProducerAndHolderStatusAndVotes(String lang, String usa)
            throws Exception {
        String json = get("/api/v1/universalization/states?category=POLITICAL_AND_SECURITY&size=200",
                lang).getContentAsString();

        List<String> codes = JsonPath.read(json, "$.content[*].iso3");
        assertThat(codes).contains("USA", "RUS", "CHN", "ISR", "IND", "PAK", "KOR").doesNotContain("TON", "FRA");
        assertThat(JsonPath.<List<String>>read(json, "$.content[*].category")).containsOnly("POLITICAL_AND_SECURITY");
        Map<String, Object> us = JsonPath.<List<Map<String, Object>>>read(json, "$.content[?(@.iso3 == 'USA')]").get(0);
        assertThat(us).containsEntry("name", usa).containsEntry("region", "AMERICAS").containsEntry("signed", false)
                .containsEntry("producer", true).containsEntry("holder", true);
        assertThat(JsonPath.<List<String>>read(json, "$.content[?(@.iso3 == 'USA')].votes.2016"))
                .containsExactly("NO");
        assertThat(JsonPath.<List<String>>read(json, "$.content[?(@.iso3 == 'CHN')].votes.2015"))
                .containsExactly("ABSTAIN");
    }

    @Test
    void theListIsPagedAndCountsEveryStateNotParty() throws Exception {
        String json = get("/api/v1/universalization/states?page=1&size=10", "en").getContentAsString();

        assertThat(JsonPath.<Integer>read(json, "$.totalElements")).isEqualTo(197 - 112);
        assertThat(JsonPath.<Integer>read(json, "$.page")).isEqualTo(1);
        assertThat(JsonPath.<List<Object>>read(json, "$.content")).hasSize(10);
    }

    @Test
    void theAdministrativeCategoryHoldsTheSignatoryIndonesiaWithItsSignatureDate() throws Exception {
        String json = get("/api/v1/universalization/states?category=administrative&size=200", "en")
                .getContentAsString();

        assertThat(JsonPath.<List<String>>read(json, "$.content[?(@.iso3 == 'IDN')].signatureDate"))
                .containsExactly("2008-12-03");
        assertThat(JsonPath.<List<String>>read(json, "$.content[*].iso3")).contains("TON", "KIR", "MYS")
                .doesNotContain("USA");
    }

    @Test
    void aBadCategoryIsA400Problem() throws Exception {
        MockHttpServletResponse response = get("/api/v1/universalization/states?category=FRIENDLY", "en");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail")).contains("FRIENDLY",
                "ADMINISTRATIVE, POLITICAL_AND_SECURITY, NOT_ASSESSED");
    }

    @Test
    void anUnknownStateIsA404Problem() throws Exception {
        MockHttpServletResponse response = get("/api/v1/universalization/states/QQQ", "en");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void aStatePartyIsDescribedAsOne() throws Exception {
        String json = get("/api/v1/universalization/states/NOR", "en").getContentAsString();

        assertThat(JsonPath.<Boolean>read(json, "$.stateParty")).isTrue();
        assertThat(JsonPath.<String>read(json, "$.category")).isEqualTo("NOT_ASSESSED");
    }

    @Test
    void theApiIsDocumented() throws Exception {
        String docs = get("/v3/api-docs", "en").getContentAsString();

        assertThat(docs).contains("/api/v1/universalization/states", "/api/v1/universalization/states/{iso3}",
                "Universalization");
    }

    private MockHttpServletResponse get(String path, String lang) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).header("Accept-Language", lang)).andReturn().getResponse();
    }
}
