package org.ccmplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A form as a page renders it, filled in the way a browser would: every field with its shown value (checked boxes
 * only, several values for one name), and nothing the page does not have. The test adds a CSRF token with csrf().
 */
public final class HtmlForm {

    private final String action;
    private final List<Map.Entry<String, String>> fields = new ArrayList<>();

    private HtmlForm(String action) {
        this.action = action;
    }

    public static HtmlForm on(String html, String action) {
        Document page = Jsoup.parse(html);
        Element form = page.selectFirst("form[method=post][action=" + action + "]");
        assertThat(form).as("a form posting to %s", action).isNotNull();
        HtmlForm filled = new HtmlForm(action);
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String name = field.attr("name");
            String type = field.attr("type");
            if (type.equals("submit") || name.equals("_csrf")
                    || ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
                continue;
            }
            if (field.tagName().equals("select")) {
                Element chosen = field.selectFirst("option[selected]");
                filled.fields.add(Map.entry(name, chosen == null ? "" : chosen.val()));
            } else {
                String value = field.tagName().equals("textarea") ? field.wholeText() : field.val();
                filled.fields.add(Map.entry(name, value));
            }
        }
        return filled;
    }

    /** Replaces every value of a field with this one. */
    public HtmlForm set(String field, String value) {
        assertThat(fields).as("the form has a field %s", field).anyMatch(e -> e.getKey().equals(field));
        fields.removeIf(e -> e.getKey().equals(field));
        fields.add(Map.entry(field, value));
        return this;
    }

    /** Leaves a field out, as an unticked box is. */
    public HtmlForm without(String field) {
        assertThat(fields).as("the form has a field %s", field).anyMatch(e -> e.getKey().equals(field));
        fields.removeIf(e -> e.getKey().equals(field));
        return this;
    }

    public String value(String field) {
        return fields.stream().filter(e -> e.getKey().equals(field)).map(Map.Entry::getValue).findFirst()
                .orElseThrow();
    }

    public MockHttpServletRequestBuilder post() {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(action);
        fields.forEach(e -> request.param(e.getKey(), e.getValue()));
        return request;
    }
}
