package org.ccmplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The Presidency and committee pages as a visitor sees them: read (anonymously or signed in), post a form. */
final class GovernancePages {

    private final MockMvc mvc;

    GovernancePages(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The page, which must open (200); {@code person} null is an anonymous visitor. */
    Document open(String path, UserDetails person) throws Exception {
        return open(path, person, Locale.ENGLISH);
    }

    Document open(String path, UserDetails person, Locale locale) throws Exception {
        MockHttpServletRequestBuilder request = get(path).locale(locale);
        if (person != null) {
            request = request.with(user(person));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s as %s", path, person == null ? "anonymous"
                : person.getUsername()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    int status(String path, UserDetails person) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (person != null) {
            request = request.with(user(person));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    MvcResult post(MockHttpServletRequestBuilder form, UserDetails person) throws Exception {
        return mvc.perform(form.with(user(person)).with(csrf())).andReturn();
    }

    /** Posts a form that is shown again (200) with what was refused, and returns that page. */
    Document postShownAgain(MockHttpServletRequestBuilder form, UserDetails person) throws Exception {
        MvcResult result = post(form, person);
        assertThat(result.getResponse().getStatus()).as("the form is shown again").isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
