package org.ccmplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmplatform.IntegrationTest;
import org.ccmplatform.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A person's own profile: their password and their language. */
@IntegrationTest
class ProfileIntegrationTest {

    static final String NEW_PASSWORD = "a-brand-new-passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    UserAccount account;
    MockHttpSession session;

    @BeforeEach
    void newAccount() {
        account = TestAccounts.observer(accounts, "profile");
        session = new MockHttpSession();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedWithAMessage() throws Exception {
        changePassword("not-my-password", NEW_PASSWORD, NEW_PASSWORD);

        assertThat(profile()).contains("The current password is wrong.").doesNotContain("Your password is changed.");
        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD)).andExpect(authenticated());
        mvc.perform(formLogin().user(account.username()).password(NEW_PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void aChangedPasswordReplacesTheOldOne() throws Exception {
        changePassword(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(profile()).contains("Your password is changed.");
        mvc.perform(formLogin().user(account.username()).password(NEW_PASSWORD)).andExpect(authenticated());
        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void aPersonsOwnPasswordChangeIsInTheAuditTrailUnderTheirNameAndMasked() throws Exception {
        changePassword(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        String trail = mvc.perform(get("/admin/audit").param("entityType", "UserAccount")
                        .param("entityId", account.id().toString()).param("actor", account.username())
                        .with(user(users.loadUserByUsername("isu"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(trail).contains("passwordHash").contains("changed (value not shown)")
                .doesNotContain("{bcrypt}").doesNotContain(NEW_PASSWORD);
    }

    @Test
    void aNewPasswordMustBeTypedTwiceAlikeAndBeLongEnough() throws Exception {
        changePassword(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");
        assertThat(profile()).contains("The two new passwords differ.");

        changePassword(TestAccounts.PASSWORD, "short", "short");
        assertThat(profile()).contains("At least 10 characters.");

        changePassword(TestAccounts.PASSWORD, account.username(), account.username());
        assertThat(profile()).contains("The password cannot be your username.");

        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void theChosenLanguageIsSavedAndUsedAtTheNextSignIn() throws Exception {
        mvc.perform(post("/profile/language").param("language", "FR").with(signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(cookie().value("ccm-lang", "fr"));

        assertThat(accounts.get(account.id()).language()).isEqualTo(Language.FR);
        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD))
                .andExpect(authenticated())
                .andExpect(cookie().value("ccm-lang", "fr"));
    }

    @Test
    void theProfileFormsNeedTheirCsrfToken() throws Exception {
        mvc.perform(post("/profile/language").param("language", "ES").with(signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/profile/password").param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD).with(signedIn()))
                .andExpect(status().isForbidden());

        assertThat(accounts.get(account.id()).language()).isEqualTo(Language.EN);
        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD)).andExpect(authenticated());
    }

    private void changePassword(String current, String wanted, String confirmed) throws Exception {
        mvc.perform(post("/profile/password").param("currentPassword", current).param("newPassword", wanted)
                        .param("confirmPassword", confirmed).with(signedIn()).with(csrf()).session(session))
                .andExpect(redirectedUrl("/profile"));
    }

    private String profile() throws Exception {
        return mvc.perform(get("/profile").with(signedIn()).session(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor signedIn() {
        return user(users.loadUserByUsername(account.username()));
    }
}
