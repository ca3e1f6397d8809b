package org.ccmplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in, sign-out and sessions as a browser sees them over real HTTP, through the whole filter chain. */
@IntegrationTest
class SessionSecurityIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    UserAccount account;
    Browser browser;

    @BeforeEach
    void newAccountAndBrowser() {
        account = TestAccounts.observer(accounts, "session");
        browser = new Browser(port);
    }

    @Test
    void signingInGivesTheBrowserANewSessionId() throws Exception {
        browser.get("/login");
        String before = browser.sessionId();
        assertThat(before).as("the sign-in page keeps its CSRF token in a session").isNotNull();

        HttpResponse<String> signedIn = browser.signIn(account.username(), TestAccounts.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(Browser.location(signedIn)).isEqualTo("/");
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/profile").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndOtherSites() throws Exception {
        HttpResponse<String> loginPage = browser.get("/login");

        assertThat(loginPage.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void theApiDoesNotAcceptThePagesSessionSoThatItNeedsNoCsrfToken() throws Exception {
        browser.signIn(account.username(), TestAccounts.PASSWORD);
        assertThat(browser.get("/profile").statusCode()).isEqualTo(200);

        HttpResponse<String> api = browser.get("/api/v1/contacts");

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aSessionIdKnownBeforeSignInOpensNothingAfterwards() throws Exception {
        browser.get("/login");
        String planted = browser.sessionId();

        browser.signIn(account.username(), TestAccounts.PASSWORD);

        HttpResponse<String> attacker = browser.getWithSession("/profile", planted);
        assertThat(attacker.statusCode()).isEqualTo(302);
        assertThat(Browser.location(attacker)).isEqualTo("/login");
    }

    @Test
    void aWrongPasswordSendsTheBrowserBackToTheSignInPage() throws Exception {
        HttpResponse<String> refused = browser.signIn(account.username(), "not-the-password");

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(Browser.location(refused)).isEqualTo("/login?error");
        assertThat(browser.get("/login?error").body()).contains("The username or password is wrong.");
        assertThat(Browser.location(browser.get("/profile"))).isEqualTo("/login");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        browser.signIn(account.username(), TestAccounts.PASSWORD);
        String session = browser.sessionId();
        assertThat(browser.get("/profile").statusCode()).isEqualTo(200);

        HttpResponse<String> signedOut = browser.submit("/profile", "/logout", Map.of());

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(Browser.location(signedOut)).isEqualTo("/?signedOut");
        HttpResponse<String> afterwards = browser.get("/profile");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(Browser.location(afterwards)).isEqualTo("/login");
        assertThat(Browser.location(browser.getWithSession("/profile", session))).isEqualTo("/login");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        browser.signIn(account.username(), TestAccounts.PASSWORD);

        HttpResponse<String> forged = browser.post("/profile/language", Map.of("language", "FR"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(accounts.get(account.id()).language().tag()).isEqualTo("en");
    }

    @Test
    void aFormPostedWithAnotherSessionsCsrfTokenIsRefused() throws Exception {
        Browser other = new Browser(port);
        UserAccount otherAccount = TestAccounts.observer(accounts, "session-other");
        other.signIn(otherAccount.username(), TestAccounts.PASSWORD);
        String othersToken = other.csrfToken("/profile", "/profile/language");
        browser.signIn(account.username(), TestAccounts.PASSWORD);

        HttpResponse<String> forged = browser.post("/profile/language", Map.of("language", "FR", "_csrf", othersToken));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(accounts.get(account.id()).language().tag()).isEqualTo("en");
    }

    @Test
    void theApiAnswersHttpBasicWithoutOpeningASession() throws Exception {
        HttpResponse<String> answer = browser.getWithHeader("/api/v1/treaties", "Authorization",
                basic(account.username(), TestAccounts.PASSWORD));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(browser.sessionId()).isNull();
    }

    @Test
    void theApiRefusesAWrongHttpBasicPasswordWithAProblem() throws Exception {
        HttpResponse<String> answer = browser.getWithHeader("/api/v1/treaties", "Authorization",
                basic(account.username(), "not-the-password"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm="));
        assertThat(answer.body()).contains("\"status\":401");
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
