package org.ccmplatform.registry;

import org.ccmplatform.HtmlForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ISU administrator adds and describes States through the pages. Every test runs in a transaction that is rolled
 * back, so Greenland (GRL/GL, not in the reference list) is never left behind and Tuvalu keeps its name.
 */
@IntegrationTest
@Transactional
class StateEditIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    StateRegister register;

    @Autowired
    EntityManager entityManager;

    @Test
    void theIsuAddsAStateWhoseNamesDefaultToTheStandardOnes() throws Exception {
        mvc.perform(newState("GRL", "GL").with(user(isu())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/states/GRL"));

        State greenland = register.find("GRL").orElseThrow();
        assertThat(greenland.iso2()).isEqualTo("GL");
        assertThat(greenland.names()).isEqualTo(new StateNames("Greenland", "Groenland", "Groenlandia"));
        assertThat(greenland.unMembership()).isEqualTo(UnMembership.NON_MEMBER);
        Document page = page(get("/states/GRL?lang=fr"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Groenland");
    }

    @Test
    void aStateThatExistsAlreadyIsRefusedNextToItsCode() throws Exception {
        Document form = page(newState("FRA", "FR").with(user(isu())).with(csrf()));

        assertThat(form.select("#iso3-error").text()).isEqualTo("A State with the code FRA already exists.");
        assertThat(form.selectFirst("#iso3").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aCodeTakenByAnotherStateCreatesNothing() throws Exception {
        Document form = page(newState("GRL", "FR").with(user(isu())).with(csrf()));

        assertThat(form.select("#iso2-error").text()).isEqualTo("A State with the code FR already exists.");
        assertThat(register.find("GRL")).isEmpty();
    }

    @Test
    void aMalformedOrMismatchedCodeIsExplainedNextToTheField() throws Exception {
        Document malformed = page(newState("12A", "GL").with(user(isu())).with(csrf()));
        Document mismatched = page(newState("GRL", "PR").with(user(isu())).with(csrf()));

        assertThat(malformed.select("#iso3-error").text())
                .isEqualTo("“12A” is not an ISO 3166-1 alpha-3 code (three letters).");
        assertThat(mismatched.select("#iso2-error").text())
                .isEqualTo("The codes PR and GRL do not belong to the same country.");
        assertThat(register.find("GRL")).isEmpty();
    }

    @Test
    void aNewStateNeedsBothCodes() throws Exception {
        Document form = page(newState("", "").with(user(isu())).with(csrf()));

        assertThat(form.select("#iso3-error").text()).isEqualTo("This is required.");
        assertThat(form.select("#iso2-error").text()).isEqualTo("This is required.");
    }

    @Test
    void htmlInANameIsRefusedAndNotEchoedAsMarkup() throws Exception {
        String html = mvc.perform(newState("GRL", "GL").param("nameEn", "<script>alert(1)</script>")
                        .with(user(isu())).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select("#nameEn-error").text()).isEqualTo("Plain text only: no HTML or script.");
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        assertThat(register.find("GRL")).isEmpty();
    }

    @Test
    void onlyTheIsuAddsStates() throws Exception {
        mvc.perform(newState("GRL", "GL").with(user(users.loadUserByUsername("lebanon"))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(newState("GRL", "GL").with(user(isu())))
                .andExpect(status().isForbidden());
        mvc.perform(newState("GRL", "GL").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));

        assertThat(register.find("GRL")).isEmpty();
    }

    @Test
    void theIsuRenamesAStateThroughItsEditPage() throws Exception {
        HtmlForm form = editForm("TUV").set("nameEn", "Tuvalu (renamed)");

        mvc.perform(form.post().with(user(isu())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/states/TUV"));

        assertThat(register.get("TUV").names().en()).isEqualTo("Tuvalu (renamed)");
        assertThat(register.get("TUV").iso2()).isEqualTo("TV");
    }

    @Test
    void aStaleEditIsRefusedAndDoesNotOverwriteTheOtherOne() throws Exception {
        HtmlForm mine = editForm("TUV").set("nameEn", "Tuvalu (mine)");
        HtmlForm theirs = editForm("TUV").set("nameEn", "Tuvalu (theirs)");
        mvc.perform(theirs.post().with(user(isu())).with(csrf())).andExpect(status().is3xxRedirection());
        entityManager.flush();

        Document refused = page(mine.post().with(user(isu())).with(csrf()));

        assertThat(refused.select(".alert-danger").text())
                .startsWith("Someone else saved this record after you opened it.");
        entityManager.clear();
        assertThat(register.get("TUV").names().en()).isEqualTo("Tuvalu (theirs)");
    }

    @Test
    void htmlInANameIsRefusedOnTheEditPage() throws Exception {
        Document refused = page(editForm("TUV").set("nameFr", "<img src=x onerror=alert(1)>").post()
                .with(user(isu())).with(csrf()));

        assertThat(refused.select("#nameFr-error").text()).isEqualTo("Plain text only: no HTML or script.");
        assertThat(register.get("TUV").names().fr()).isEqualTo("Tuvalu");
    }

    private MockHttpServletRequestBuilder newState(String iso3, String iso2) {
        return post("/states/new").param("iso3", iso3).param("iso2", iso2).param("region", "AMERICAS")
                .param("unMembership", "NON_MEMBER").param("nameEn", "").param("nameFr", "").param("nameEs", "")
                .param("version", "0");
    }

    private HtmlForm editForm(String iso3) throws Exception {
        String html = mvc.perform(get("/states/" + iso3 + "/edit").with(user(isu())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return HtmlForm.on(html, "/states/" + iso3 + "/edit");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private UserDetails isu() {
        return users.loadUserByUsername("isu");
    }
}
