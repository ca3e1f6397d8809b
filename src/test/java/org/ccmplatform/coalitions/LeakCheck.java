package org.ccmplatform.coalitions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Reads what a person gets at an address (a page, an API response, a CSV export, a PDF read back as text) and notes
 * every secret found in it, so that one test reports every leak at once.
 */
final class LeakCheck {

    /**
     * The list of every account of the platform that a meeting's action point form offers as owners: each person is
     * in it, whatever they did, so it says nothing about a concern.
     */
    static final String PLATFORM_DIRECTORY = "select[name=ownerUserId]";

    private final MockMvc mvc;
    private final UserDetailsService users;
    private final SoftAssertions softly = new SoftAssertions();

    LeakCheck(MockMvc mvc, UserDetailsService users) {
        this.mvc = mvc;
        this.users = users;
    }

    /** What the viewer ("anonymous" for nobody signed in) gets at the path, as text. */
    String read(String viewer, String path) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (!viewer.equals("anonymous")) {
            request.with(user(users.loadUserByUsername(viewer)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        byte[] body = response.getContentAsByteArray();
        String type = response.getContentType();
        if (type != null && type.startsWith("application/pdf")) {
            return TestPdfs.text(body);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (type != null && type.startsWith("text/html")) {
            Document page = Jsoup.parse(text);
            page.select(PLATFORM_DIRECTORY).remove();
            return page.outerHtml();
        }
        return text;
    }

    /** Notes a leak if what the viewer gets at the path holds any of the secrets (ignoring case). */
    LeakCheck noneOf(String viewer, String path, String... secrets) throws Exception {
        String seen = read(viewer, path);
        for (String secret : secrets) {
            softly.assertThat(seen).as("what %s gets at %s", viewer, path).doesNotContainIgnoringCase(secret);
        }
        return this;
    }

    void verify() {
        softly.assertAll();
    }
}
