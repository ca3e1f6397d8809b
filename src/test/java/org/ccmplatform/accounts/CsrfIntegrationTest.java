package org.ccmplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.ContactDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The pages' forms carry a CSRF token and are refused without one; the stateless API needs none. */
@IntegrationTest
class CsrfIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    ContactDirectory contacts;

    @Test
    void theAdministratorsFormIsRefusedWithoutItsToken() throws Exception {
        String username = TestAccounts.uniqueUsername("forged");

        mvc.perform(post("/admin/users/new").with(user(users.loadUserByUsername("isu")))
                        .param("username", username).param("password", TestAccounts.PASSWORD)
                        .param("displayName", "Forged").param("language", "EN").param("roles", "ISU_ADMIN"))
                .andExpect(status().isForbidden());

        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void aContactFormIsRefusedWithAnInvalidToken() throws Exception {
        String name = TestAccounts.uniqueUsername("forged contact");

        mvc.perform(post("/contacts/new").with(user(users.loadUserByUsername("lebanon"))).with(csrf().useInvalidToken())
                        .param("fullName", name).param("stateIso3", "LBN"))
                .andExpect(status().isForbidden());

        assertThat(contacts.list(name, null, null, PageRequest.of(0, 1)).getTotalElements()).isZero();
    }

    @ParameterizedTest(name = "POST {0} without a token is refused")
    @ValueSource(strings = {"/states/new", "/organisations/new", "/contacts/new", "/profile/tokens",
        "/admin/users/new", "/logout"})
    void everyFormIsRefusedWithoutAToken(String path) throws Exception {
        mvc.perform(post(path).with(user(users.loadUserByUsername("isu")))).andExpect(status().isForbidden());
    }

    @Test
    void theSignInFormIsRefusedWithoutAToken() throws Exception {
        mvc.perform(post("/login").param("username", "lebanon").param("password", "demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiNeedsNoTokenBecauseItKeepsNoSession() throws Exception {
        UserAccount account = TestAccounts.observer(accounts, "api-csrf");

        mvc.perform(post("/api/v1/states")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/states").with(httpBasic(account.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isMethodNotAllowed());
        var result = mvc.perform(get("/api/v1/treaties").with(httpBasic(account.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }
}
