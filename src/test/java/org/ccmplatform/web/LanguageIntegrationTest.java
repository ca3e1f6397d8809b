package org.ccmplatform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The reader's language: chosen with ?lang=, remembered in a cookie, else taken from the browser. */
@IntegrationTest
class LanguageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aLanguageChosenWithTheLinkIsRememberedOnTheNextPage() throws Exception {
        var chosen = mvc.perform(get("/states").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("ccm-lang", "fr"))
                .andExpect(cookie().httpOnly("ccm-lang", true))
                .andReturn().getResponse();
        assertThat(htmlLang(chosen.getContentAsString())).isEqualTo("fr");

        String next = mvc.perform(get("/organisations").cookie(chosen.getCookie("ccm-lang")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(htmlLang(next)).isEqualTo("fr");
    }

    @Test
    void withoutAChoiceTheBrowsersLanguageIsUsed() throws Exception {
        assertThat(htmlLang(page(get("/").header("Accept-Language", "es-ES,es;q=0.9")))).isEqualTo("es");
        assertThat(htmlLang(page(get("/").header("Accept-Language", "fr-CH")))).isEqualTo("fr");
    }

    @Test
    void aLanguageThePlatformDoesNotSpeakFallsBackToEnglish() throws Exception {
        assertThat(htmlLang(page(get("/").header("Accept-Language", "de-DE")))).isEqualTo("en");
    }

    @Test
    void theRememberedChoiceWinsOverTheBrowsersLanguage() throws Exception {
        assertThat(htmlLang(page(get("/").cookie(new Cookie("ccm-lang", "fr")).header("Accept-Language", "es"))))
                .isEqualTo("fr");
    }

    @Test
    void theSignInPageSpeaksTheChosenLanguageToo() throws Exception {
        assertThat(htmlLang(page(get("/login").param("lang", "es")))).isEqualTo("es");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String htmlLang(String html) {
        return Jsoup.parse(html).selectFirst("html").attr("lang");
    }
}
