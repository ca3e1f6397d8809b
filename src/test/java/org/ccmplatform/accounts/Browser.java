package org.ccmplatform.accounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser's view of the platform over real HTTP, through the whole filter chain: it keeps cookies, does not follow
 * redirects (so that tests see where they lead), and posts forms with the CSRF token their page carries.
 */
final class Browser {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    Browser(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the form whose action is {@code action} on the page at {@code page}, with its CSRF token. */
    HttpResponse<String> submit(String page, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfToken(page, action));
        return post(action, all);
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    String csrfToken(String page, String action) throws IOException, InterruptedException {
        HttpResponse<String> response = get(page);
        Element form = Jsoup.parse(response.body()).selectFirst("form[action=\"" + action + "\"]");
        if (form == null) {
            throw new IllegalStateException("No form posting to " + action + " on " + page + " (status "
                    + response.statusCode() + ")");
        }
        return form.selectFirst("input[name=_csrf]").val();
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** A request that someone else makes with a session id they know, without this browser's cookies. */
    HttpResponse<String> getWithSession(String path, String sessionId) throws IOException, InterruptedException {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", "JSESSIONID=" + sessionId)
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getWithHeader(String path, String header, String value)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(l -> URI.create(l).getPath()
                + (URI.create(l).getQuery() == null ? "" : "?" + URI.create(l).getQuery())).orElse(null);
    }
}
