package org.ccmplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.ccmplatform.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Five wrong passwords lock an account for a while (ccm.security), whichever way they were tried. */
@IntegrationTest
class LockOutIntegrationTest {

    static final int LIMIT = 5;

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

    @BeforeEach
    void newAccount() {
        account = TestAccounts.observer(accounts, "lockout");
    }

    @Test
    void theSixthAttemptIsRefusedEvenWithTheRightPasswordAfterFiveWrongOnes() throws Exception {
        for (int attempt = 1; attempt <= LIMIT; attempt++) {
            mvc.perform(formLogin().user(account.username()).password("wrong-" + attempt))
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
        }

        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"))
                .andExpect(unauthenticated());
        assertThat(accounts.get(account.id()).lockedUntil()).isNotNull();
    }

    @Test
    void fourWrongPasswordsDoNotLockAndARightOneStartsTheCountAgain() throws Exception {
        for (int attempt = 1; attempt < LIMIT; attempt++) {
            mvc.perform(formLogin().user(account.username()).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD)).andExpect(authenticated());
        for (int attempt = 1; attempt < LIMIT; attempt++) {
            mvc.perform(formLogin().user(account.username()).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void theLockedPageSaysWhyAndWhatToDo() throws Exception {
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This account is locked for a while")));
    }

    @Test
    void theAdministratorUnlocksALockedAccount() throws Exception {
        lockThroughTheSignInForm();
        mvc.perform(get("/admin/users/{id}", account.id()).with(user(users.loadUserByUsername("isu"))))
                .andExpect(content().string(Matchers.containsString("/admin/users/" + account.id() + "/unlock")));

        mvc.perform(post("/admin/users/{id}/unlock", account.id()).with(user(users.loadUserByUsername("isu")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));

        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD)).andExpect(authenticated());
        mvc.perform(get("/admin/audit").param("entityType", "UserAccount").param("entityId", account.id().toString())
                        .param("actor", "isu").with(user(users.loadUserByUsername("isu"))))
                .andExpect(content().string(Matchers.containsString("lockedUntil")));
    }

    @Test
    void theLockLastsFifteenMinutesAndThenEndsByItself() throws Exception {
        Instant before = clock.instant();
        lockThroughTheSignInForm();

        assertThat(accounts.get(account.id()).lockedUntil())
                .isBetween(before.plus(Duration.ofMinutes(15)), clock.instant().plus(Duration.ofMinutes(15)));
        jdbc.update("update app_user set locked_until = ? where id = ?",
                Timestamp.from(clock.instant().minusSeconds(1)), account.id());

        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD)).andExpect(authenticated());
        assertThat(accounts.get(account.id()).lockedUntil()).isNull();
    }

    @Test
    void onlyTheAdministratorMayUnlock() throws Exception {
        lockThroughTheSignInForm();

        mvc.perform(post("/admin/users/{id}/unlock", account.id()).with(user(users.loadUserByUsername("coordinator")))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void wrongHttpBasicPasswordsOnTheApiCountTowardsTheLock() throws Exception {
        for (int attempt = 1; attempt <= LIMIT; attempt++) {
            mvc.perform(get("/api/v1/treaties").with(httpBasic(account.username(), "wrong-" + attempt)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/treaties").with(httpBasic(account.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void failuresOfTheFormAndOfHttpBasicAddUp() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            mvc.perform(formLogin().user(account.username()).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        for (int attempt = 1; attempt <= 2; attempt++) {
            mvc.perform(get("/api/v1/treaties").with(httpBasic(account.username(), "wrong")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/treaties").with(httpBasic(account.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aLockedAccountsUsernameIsMatchedWhateverItsCase() throws Exception {
        for (int attempt = 1; attempt <= LIMIT; attempt++) {
            mvc.perform(formLogin().user(account.username().toUpperCase()).password("wrong"))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
    }

    private void lockThroughTheSignInForm() throws Exception {
        for (int attempt = 1; attempt <= LIMIT; attempt++) {
            mvc.perform(formLogin().user(account.username()).password("wrong"));
        }
        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
    }
}
