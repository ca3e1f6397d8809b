package org.ccmplatform.coalitions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser's session over real HTTP, through the servlet container and the whole filter chain (where MockMvc would
 * skip the container's limits on uploads): signs in with the login form and posts forms, multipart ones included,
 * with the CSRF token the page carries, as a browser does. Does not follow redirects.
 */
final class HttpSession {

    private final String base;
    private final HttpClient client;

    HttpSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpSession signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/login", Map.of("username", username, "password", password,
                "_csrf", csrfToken("/login", "/login")));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Could not sign in as " + username);
        }
        return this;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a file with the multipart form of {@code page} whose action is {@code action}, as a browser does. */
    HttpResponse<String> upload(String page, String action, String field, String fileName, String contentType,
            byte[] content) throws IOException, InterruptedException {
        String boundary = "----ccm" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrfToken(page, action) + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.write(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return client.send(HttpRequest.newBuilder(URI.create(base + action))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Referer", base + page)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String csrfToken(String page, String action) throws IOException, InterruptedException {
        Element form = Jsoup.parse(get(page).body()).selectFirst("form[action=" + action + "]");
        if (form == null) {
            throw new IllegalStateException("No form posting to " + action + " on " + page);
        }
        return form.selectFirst("input[name=_csrf]").val();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
