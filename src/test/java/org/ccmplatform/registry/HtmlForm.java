package org.ccmplatform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A form as a page renders it, filled in the way a browser would: every field the page has, with its shown value,
 * and nothing the page does not have. The CSRF field is left out; the test adds a valid token with csrf().
 */
final class HtmlForm {

    private final String action;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private HtmlForm(String action) {
        this.action = action;
    }

    /** The post form of the page whose action is the given path. */
    static HtmlForm on(String html, String action) {
        Document page = Jsoup.parse(html);
        Element form = page.selectFirst("form[method=post][action=" + action + "]");
        assertThat(form).as("a form posting to %s", action).isNotNull();
        HtmlForm filled = new HtmlForm(action);
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("file") || input.attr("name").equals("_csrf")
                    || ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked"))) {
                continue;
            }
            filled.fields.put(input.attr("name"), input.val());
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            filled.fields.put(select.attr("name"), chosen == null ? "" : chosen.val());
        }
        return filled;
    }

    HtmlForm set(String field, String value) {
        assertThat(fields).as("the form has a field %s", field).containsKey(field);
        fields.put(field, value);
        return this;
    }

    MockHttpServletRequestBuilder post() {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(action);
        fields.forEach(request::param);
        return request;
    }
}
