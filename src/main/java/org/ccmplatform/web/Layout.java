package org.ccmplatform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccmplatform.shared.Language;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared layout asks on every page, error pages included (templates read it as {@code ${layout}}): which
 * section the reader is in, links to the same page in each language, and to the other pages of a list.
 */
public final class Layout {

    static final String ATTRIBUTE = "layout";

    private final String path;
    private final String uri;
    private final String query;
    private final Map<String, String> languageLinks;

    private Layout(String path, String uri, String query, Map<String, String> languageLinks) {
        this.path = path;
        this.uri = uri;
        this.query = query;
        this.languageLinks = languageLinks;
    }

    static Layout of(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String text ? text : request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        String query = original != null ? null : request.getQueryString();
        Map<String, String> links = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            links.put(language.tag(), withParameter(uri, query, "lang", language.tag()));
        }
        return new Layout(path, uri, query, links);
    }

    /** True when the page shown belongs to the section at this path. */
    public boolean isIn(String section) {
        return path.equals(section) || path.startsWith(section + "/");
    }

    public Map<String, String> languageLinks() {
        return languageLinks;
    }

    /** This list with the same filters, at another page. */
    public String pageLink(int page) {
        return withParameter(uri, query, "page", String.valueOf(Math.max(page, 0)));
    }

    private static String withParameter(String uri, String query, String name, String value) {
        try {
            return UriComponentsBuilder.fromUriString(uri + (query == null ? "" : "?" + query))
                    .replaceQueryParam(name, value)
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException malformedQuery) {
            return uri + "?" + name + "=" + value;
        }
    }
}
