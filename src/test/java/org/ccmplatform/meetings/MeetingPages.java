package org.ccmplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The pages of the meetings module as a signed-in person sees them: read, post a form, follow where it leads. */
final class MeetingPages {

    private final MockMvc mvc;

    MeetingPages(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The page, which must open (200). */
    Document open(String path, UserDetails person) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(person))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s as %s", path, person.getUsername()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    String html(String path, UserDetails person) throws Exception {
        return open(path, person).outerHtml();
    }

    /** Posts a form with a valid CSRF token. */
    MvcResult post(MockHttpServletRequestBuilder form, UserDetails person) throws Exception {
        return mvc.perform(form.with(user(person)).with(csrf())).andReturn();
    }

    /** Posts a form that is shown again (200), and returns that page. */
    Document postShownAgain(MockHttpServletRequestBuilder form, UserDetails person) throws Exception {
        MvcResult result = post(form, person);
        assertThat(result.getResponse().getStatus()).as("the form is shown again").isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Posts a form that goes back to a page (302), and returns that page with its confirmation or refusal. */
    Document postAndFollow(MockHttpServletRequestBuilder form, UserDetails person) throws Exception {
        MvcResult result = post(form, person);
        assertThat(result.getResponse().getStatus()).as("the form leads back to a page").isEqualTo(302);
        MockHttpServletResponse page = mvc.perform(get(result.getResponse().getRedirectedUrl())
                        .flashAttrs(result.getFlashMap()).with(user(person)))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        return Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8));
    }

    /** What the page says was refused, or "" when nothing was. */
    static String refusal(Document page) {
        return page.select(".alert-danger").text();
    }

    /** What the page confirms. */
    static String confirmation(Document page) {
        return page.select(".alert-success").text();
    }
}
