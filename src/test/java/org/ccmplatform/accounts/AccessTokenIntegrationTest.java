package org.ccmplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Personal access tokens: made on the profile page, shown once, accepted by the API until revoked or expired. */
@IntegrationTest
class AccessTokenIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    UserAccount account;
    MockHttpSession session;

    @BeforeEach
    void newAccount() {
        account = TestAccounts.observer(accounts, "token");
        session = new MockHttpSession();
    }

    @Test
    void aTokenCreatedOnTheProfilePageIsShownOnceAndOpensTheApi() throws Exception {
        String token = createToken("nightly export", "30");

        assertThat(token).startsWith("ccm_");
        assertThat(Jsoup.parse(profile()).getElementById("new-token")).as("shown only once").isNull();
        assertThat(profile()).doesNotContain(token).contains("nightly export");
        bearer("/api/v1/treaties", token).andExpect(status().isOk());
        bearer("/api/v1/states/LBN", token).andExpect(status().isOk()).andExpect(jsonPath("$.iso3").value("LBN"));
    }

    @Test
    void theAuditTrailRecordsATokenWithoutItsSecretOrItsHash() throws Exception {
        String token = createToken("audited script", "30");
        long id = tokenId("audited script");

        String trail = mvc.perform(get("/admin/audit").param("entityType", "AccessToken")
                        .param("entityId", String.valueOf(id)).with(user(users.loadUserByUsername("isu"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(trail).contains("audited script").contains("tokenHash").contains("changed (value not shown)")
                .doesNotContain(token).doesNotContain(AccountService.sha256(token));
    }

    @Test
    void aValidTokenSignsTheCallerInWhereAnonymousCallersAreTurnedAway() throws Exception {
        String token = createToken("script", "1");

        mvc.perform(get("/api/v1/contacts")).andExpect(status().isUnauthorized());
        bearer("/api/v1/contacts", token).andExpect(status().isOk());
    }

    @Test
    void anUnknownTokenIsA401ProblemEvenOnAPublicAddress() throws Exception {
        assertRefused(bearer("/api/v1/treaties", "ccm_" + "x".repeat(43)));
        assertRefused(bearer("/api/v1/treaties", "not-even-a-token"));
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        String token = createToken("to revoke", "30");
        long id = tokenId("to revoke");

        mvc.perform(post("/profile/tokens/{id}/revoke", id).with(signedIn()).with(csrf()).session(session))
                .andExpect(redirectedUrl("/profile"));

        assertRefused(bearer("/api/v1/treaties", token));
        assertThat(Jsoup.parse(profile()).select("td:has(span.badge)").text()).isEqualTo("revoked");
    }

    @Test
    void nobodyElseCanRevokeSomeonesToken() throws Exception {
        String token = createToken("mine", "30");
        long id = tokenId("mine");

        mvc.perform(post("/profile/tokens/{id}/revoke", id).with(user(users.loadUserByUsername("isu"))).with(csrf()))
                .andExpect(status().isNotFound());

        bearer("/api/v1/treaties", token).andExpect(status().isOk());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = createToken("short-lived", "1");
        bearer("/api/v1/treaties", token).andExpect(status().isOk());

        jdbc.update("update access_token set expires_at = ? where id = ?",
                Timestamp.from(clock.instant().minus(1, ChronoUnit.MINUTES)), tokenId("short-lived"));

        assertRefused(bearer("/api/v1/treaties", token));
    }

    @Test
    void theTokensOfADisabledAccountStopWorking() throws Exception {
        String token = createToken("before leaving", "30");
        UserAccount current = accounts.get(account.id());
        accounts.update(account.id(), current.version(), new AccountDetails(current.displayName(), null,
                current.language(), EnumSet.of(Role.OBSERVER), null, null, false));

        assertRefused(bearer("/api/v1/treaties", token));
    }

    @Test
    void theTokensOfALockedAccountAreRefusedUntilItIsUnlocked() throws Exception {
        String token = createToken("while locked", "30");
        for (int attempt = 1; attempt <= LockOutIntegrationTest.LIMIT; attempt++) {
            mvc.perform(get("/api/v1/treaties").with(httpBasic(account.username(), "wrong")))
                    .andExpect(status().isUnauthorized());
        }

        assertRefused(bearer("/api/v1/treaties", token));
        accounts.unlock(account.id());
        bearer("/api/v1/treaties", token).andExpect(status().isOk());
    }

    @Test
    void aTokenNeedsANameAndAValidityOfAtMostAYear() throws Exception {
        mvc.perform(post("/profile/tokens").param("name", " ").param("validDays", "30")
                .with(signedIn()).with(csrf()).session(session)).andExpect(redirectedUrl("/profile"));
        assertThat(profile()).contains("This is required.");

        mvc.perform(post("/profile/tokens").param("name", "forever").param("validDays", "367")
                .with(signedIn()).with(csrf()).session(session)).andExpect(redirectedUrl("/profile"));
        assertThat(profile()).contains("Between 1 and 366 days.");
        assertThat(accounts.tokensOf(currentUser())).isEmpty();
    }

    @Test
    void httpBasicWithTheRightPasswordOpensTheApiAndAWrongOneIsA401Problem() throws Exception {
        mvc.perform(get("/api/v1/treaties").with(httpBasic(account.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/contacts").with(httpBasic(account.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
        assertRefused(mvc.perform(get("/api/v1/treaties").with(httpBasic(account.username(), "wrong-password"))));
    }

    private String createToken(String name, String validDays) throws Exception {
        mvc.perform(post("/profile/tokens").param("name", name).param("validDays", validDays)
                        .with(signedIn()).with(csrf()).session(session))
                .andExpect(redirectedUrl("/profile"));
        Element shown = Jsoup.parse(profile()).getElementById("new-token");
        assertThat(shown).as("the new token on the profile page").isNotNull();
        return shown.text();
    }

    private String profile() throws Exception {
        return mvc.perform(get("/profile").with(signedIn()).session(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long tokenId(String name) {
        return accounts.tokensOf(currentUser()).stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private ResultActions bearer(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token));
    }

    private static void assertRefused(ResultActions result) throws Exception {
        result.andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.status").value(401));
    }

    private CurrentUser currentUser() {
        return (CurrentUser) users.loadUserByUsername(account.username());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn() {
        return user(currentUser());
    }
}
