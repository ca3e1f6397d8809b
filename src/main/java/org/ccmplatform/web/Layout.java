package org.ccmplatform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccmplatform.shared.Language;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared layout asks on every page, error pages included (templates read it as {@code ${layout}}): which
 * section the reader is in, and links to the same page in each language.
 */
public final class Layout {

    static final String ATTRIBUTE = "layout";

    private final String path;
    private final Map<String, String> languageLinks;

    private Layout(String path, Map<String, String> languageLinks) {
        this.path = path;
        this.languageLinks = languageLinks;
    }

    static Layout of(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String text ? text : request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        String query = original != null ? null : request.getQueryString();
        Map<String, String> links = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            links.put(language.tag(), withLanguage(uri, query, language));
        }
        return new Layout(path, links);
    }

    /** True when the page shown belongs to the section at this path. */
    public boolean isIn(String section) {
        return path.equals(section) || path.startsWith(section + "/");
    }

    public Map<String, String> languageLinks() {
        return languageLinks;
    }

    private static String withLanguage(String uri, String query, Language language) {
        try {
            return UriComponentsBuilder.fromUriString(uri + (query == null ? "" : "?" + query))
                    .replaceQueryParam("lang", language.tag())
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException malformedQuery) {
            return uri + "?lang=" + language.tag();
        }
    }
}
