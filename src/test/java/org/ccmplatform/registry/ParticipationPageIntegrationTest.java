package org.ccmplatform.registry;

import org.ccmplatform.HtmlForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ISU records signatures, deposits and withdrawals on a State's participation page. Zambia (ratified 12 August
 * 2009) and Tuvalu (no participation) are used, each test in a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class ParticipationPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    StateRegister register;

    @Autowired
    EntityManager entityManager;

    @Test
    void aDepositBeforeTheConventionOpenedIsRefusedAndChangesNothing() throws Exception {
        Document refused = submit(form("ZMB", "CCM").set("depositDate", "2008-11-30"));

        assertThat(refused.select("#depositDate-error").text())
                .isEqualTo("An instrument cannot be deposited before the Convention on Cluster Munitions opened for signature on 2008-12-03.");
        assertZambiaUnchanged();
    }

    @Test
    void aSignatureAfterTheSignaturePeriodIsRefusedAndChangesNothing() throws Exception {
        Document refused = submit(form("ZMB", "CCM").set("signatureDate", "2010-08-01"));

        assertThat(refused.select("#signatureDate-error").text())
                .isEqualTo("The Convention on Cluster Munitions was open for signature from 2008-12-03 to 2010-07-31.");
        assertZambiaUnchanged();
    }

    @Test
    void anAccessionAfterASignatureIsRefused() throws Exception {
        Document refused = submit(form("ZMB", "CCM").set("signatureDate", "2008-12-03")
                .set("depositType", "ACCESSION"));

        assertThat(refused.select("#depositType-error").text()).startsWith("A State that signed ratifies");
        assertZambiaUnchanged();
    }

    @Test
    void aDepositInTheFutureIsRefused() throws Exception {
        Document refused = submit(form("TUV", "CCM").set("depositDate", register.today().plusDays(1).toString())
                .set("depositType", "ACCESSION"));

        assertThat(refused.select("#depositDate-error").text()).isEqualTo("This date is in the future.");
        assertThat(register.participation(register.get("TUV"), register.ccm())).isEmpty();
    }

    @Test
    void protocolVCannotBeSigned() throws Exception {
        Document refused = submit(form("TUV", "CCW_P5").set("signatureDate", "2004-01-05"));

        assertThat(refused.select("#signatureDate-error").text())
                .isEqualTo("The CCW Protocol V is not open for signature; States join it by deposit.");
    }

    @Test
    void anAccessionIsRecordedWithItsComputedEntryIntoForce() throws Exception {
        mvc.perform(form("TUV", "CCM").set("depositDate", "2026-01-10").set("depositType", "ACCESSION")
                        .set("source", "Depositary notification C.N.12.2026").post().with(user(isu())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/states/TUV"));

        Participation tuvalu = register.participation(register.get("TUV"), register.ccm()).orElseThrow();
        assertThat(tuvalu.entryIntoForce()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(tuvalu.source()).isEqualTo("Depositary notification C.N.12.2026");
        Document page = Jsoup.parse(mvc.perform(get("/states/TUV")).andReturn().getResponse().getContentAsString());
        assertThat(page.select("table tbody tr").first().text())
                .contains("State Party", "10 January 2026", "accession", "1 July 2026");
    }

    @Test
    void aStaleParticipationFormDoesNotOverwriteTheOtherChange() throws Exception {
        HtmlForm mine = form("ZMB", "CCM").set("source", "mine");
        submitted(form("ZMB", "CCM").set("source", "theirs"));
        entityManager.flush();

        Document refused = submit(mine);

        assertThat(refused.select(".alert-danger").text()).startsWith("Someone else saved this record");
        entityManager.clear();
        assertThat(register.participation(register.get("ZMB"), register.ccm()).orElseThrow().source())
                .isEqualTo("theirs");
    }

    @Test
    void aFormOpenedBeforeTheFirstRecordDoesNotOverwriteIt() throws Exception {
        HtmlForm mine = form("TUV", "CCM").set("depositDate", "2026-02-20").set("depositType", "ACCESSION");
        submitted(form("TUV", "CCM").set("depositDate", "2026-01-10").set("depositType", "ACCESSION"));
        entityManager.flush();

        Document refused = submit(mine);

        assertThat(refused.select(".alert-danger").text()).startsWith("Someone else saved this record");
        entityManager.clear();
        assertThat(register.participation(register.get("TUV"), register.ccm()).orElseThrow().depositDate())
                .isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void anUnknownTreatyIsANotFoundPage() throws Exception {
        mvc.perform(get("/states/TUV/participations/XYZ").with(user(isu()))).andExpect(status().isNotFound());
    }

    private void assertZambiaUnchanged() {
        entityManager.flush();
        entityManager.clear();
        Participation zambia = register.participation(register.get("ZMB"), register.ccm()).orElseThrow();
        assertThat(zambia.depositDate()).isEqualTo(LocalDate.of(2009, 8, 12));
        assertThat(zambia.signatureDate()).isNull();
        assertThat(zambia.depositType()).isEqualTo(DepositType.RATIFICATION);
        assertThat(zambia.entryIntoForce()).isEqualTo(LocalDate.of(2010, 8, 1));
    }

    private HtmlForm form(String iso3, String treaty) throws Exception {
        String path = "/states/" + iso3 + "/participations/" + treaty;
        String html = mvc.perform(get(path).with(user(isu())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return HtmlForm.on(html, path);
    }

    private Document submit(HtmlForm form) throws Exception {
        return Jsoup.parse(mvc.perform(form.post().with(user(isu())).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private void submitted(HtmlForm form) throws Exception {
        mvc.perform(form.post().with(user(isu())).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private UserDetails isu() {
        return users.loadUserByUsername("isu");
    }
}
