package org.ccmplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The ISU administrator's pages: accounts created, roles set, passwords reset, and every change in the trail. */
@IntegrationTest
class UserAdministrationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    StateRegister states;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void theAdministratorCreatesAFocalPointBoundToAState() throws Exception {
        String username = TestAccounts.uniqueUsername("focal");
        long lebanon = states.get("LBN").id();

        mvc.perform(newUser(username, TestAccounts.PASSWORD, "FOCAL_POINT").param("stateId", String.valueOf(lebanon)))
                .andExpect(status().isFound());

        UserAccount created = accounts.findByUsername(username).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.FOCAL_POINT);
        assertThat(created.stateId()).isEqualTo(lebanon);
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
                .andExpect(authenticated().withRoles("FOCAL_POINT"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() throws Exception {
        String username = TestAccounts.uniqueUsername("bcrypt");
        mvc.perform(newUser(username, TestAccounts.PASSWORD, "OBSERVER")).andExpect(status().isFound());

        String stored = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class,
                username);

        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(TestAccounts.PASSWORD);
    }

    @Test
    void aFocalPointWithoutAStateIsRefusedWithTheReasonNextToTheField() throws Exception {
        String username = TestAccounts.uniqueUsername("nostate");

        Document page = page(mvc.perform(newUser(username, TestAccounts.PASSWORD, "FOCAL_POINT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        Element error = page.getElementById("stateId-error");
        assertThat(error).isNotNull();
        assertThat(error.text()).contains("acts for a State");
        assertThat(page.getElementById("stateId").attr("aria-describedby")).isEqualTo("stateId-error");
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void aMalformedUsernameIsRefused() throws Exception {
        Document page = page(mvc.perform(newUser("Not A Name!", TestAccounts.PASSWORD, "OBSERVER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.getElementById("username-error").text()).contains("lower-case letters");
        assertThat(accounts.findByUsername("not a name!")).isEmpty();
    }

    @Test
    void aPasswordShorterThanTenCharactersIsRefused() throws Exception {
        String username = TestAccounts.uniqueUsername("short");

        Document page = page(mvc.perform(newUser(username, "123456789", "OBSERVER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.getElementById("password-error").text()).isEqualTo("At least 10 characters.");
        assertThat(page.getElementById("password").val()).as("the refused password is not sent back").isEmpty();
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void aResetPasswordIsShownOnceAndOpensTheAccount() throws Exception {
        UserAccount account = TestAccounts.observer(accounts, "reset");
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/admin/users/{id}/reset-password", account.id()).with(isu()).with(csrf()).session(session))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));
        String shown = page(adminPage(account.id(), session)).select("div.alert-warning code").text();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(16);
        assertThat(adminPage(account.id(), session)).as("shown only once").doesNotContain(shown);

        mvc.perform(formLogin().user(account.username()).password(shown)).andExpect(authenticated());
        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void rolesSetByTheAdministratorTakeEffectAtTheNextSignIn() throws Exception {
        UserAccount account = TestAccounts.observer(accounts, "promoted");
        mvc.perform(get("/admin/users").with(user(users.loadUserByUsername(account.username()))))
                .andExpect(status().isForbidden());

        mvc.perform(post("/admin/users/{id}", account.id()).with(isu()).with(csrf())
                        .param("displayName", "Promoted tester").param("language", "EN").param("roles", "ISU_ADMIN")
                        .param("enabled", "true").param("version", String.valueOf(account.version())))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));

        MockHttpServletRequest signIn = mvc.perform(formLogin().user(account.username())
                        .password(TestAccounts.PASSWORD))
                .andExpect(authenticated().withRoles("ISU_ADMIN"))
                .andReturn().getRequest();
        mvc.perform(get("/admin/users").session((MockHttpSession) signIn.getSession())).andExpect(status().isOk());
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        UserAccount account = TestAccounts.observer(accounts, "disabled");

        mvc.perform(post("/admin/users/{id}", account.id()).with(isu()).with(csrf())
                        .param("displayName", "Left the ISU").param("language", "EN").param("roles", "OBSERVER")
                        .param("_enabled", "on").param("version", String.valueOf(account.version())))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));

        assertThat(accounts.get(account.id()).enabled()).isFalse();
        mvc.perform(formLogin().user(account.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void everyChangeOfAnAccountIsInTheAuditTrailWithItsPasswordMasked() throws Exception {
        String username = TestAccounts.uniqueUsername("audited");
        mvc.perform(newUser(username, TestAccounts.PASSWORD, "OBSERVER")).andExpect(status().isFound());
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        mvc.perform(post("/admin/users/{id}", account.id()).with(isu()).with(csrf())
                        .param("displayName", "Audited tester").param("language", "FR").param("roles", "COORDINATOR")
                        .param("enabled", "true").param("version", String.valueOf(account.version())))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));
        mvc.perform(post("/admin/users/{id}/reset-password", account.id()).with(isu()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class,
                account.id());

        String html = mvc.perform(get("/admin/audit").param("entityType", "UserAccount")
                        .param("entityId", String.valueOf(account.id())).with(isu()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        List<Element> rows = page(html).select("tbody tr").stream().filter(row -> row.childrenSize() == 6).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.child(1).text()).isEqualTo("isu");
            assertThat(row.child(3).text()).isEqualTo("UserAccount");
            assertThat(row.child(4).text()).isEqualTo(String.valueOf(account.id()));
        });
        assertThat(page(html).select("li:has(strong:containsOwn(roles))").eachText())
                .anySatisfy(change -> assertThat(change).contains("OBSERVER").contains("COORDINATOR"));
        assertThat(page(html).select("li:has(strong:containsOwn(passwordHash))").eachText())
                .hasSize(2)
                .allSatisfy(change -> assertThat(change).isEqualTo("passwordHash: changed (value not shown)"));
        assertThat(html).doesNotContain(hash).doesNotContain("{bcrypt}").doesNotContain("$2a$");
    }

    @Test
    void theAuditTrailIsFilteredByDay() throws Exception {
        String username = TestAccounts.uniqueUsername("dated");
        mvc.perform(newUser(username, TestAccounts.PASSWORD, "OBSERVER")).andExpect(status().isFound());
        String id = accounts.findByUsername(username).orElseThrow().id().toString();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));

        assertThat(auditRows(id, today.minusDays(1), today)).hasSize(1);
        assertThat(auditRows(id, today.plusDays(1), today.plusDays(2))).isEmpty();
        assertThat(auditRows(id, today.minusDays(3), today.minusDays(2))).isEmpty();
    }

    private List<Element> auditRows(String entityId, LocalDate from, LocalDate until) throws Exception {
        String html = mvc.perform(get("/admin/audit").param("entityType", "UserAccount").param("entityId", entityId)
                        .param("from", from.toString()).param("until", until.toString()).with(isu()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return page(html).select("tbody tr").stream().filter(row -> row.childrenSize() == 6).toList();
    }

    private MockHttpServletRequestBuilder newUser(String username, String password, String role) {
        return post("/admin/users/new").with(isu()).with(csrf())
                .param("username", username)
                .param("password", password)
                .param("displayName", "Created by the administrator")
                .param("language", "EN")
                .param("roles", role)
                .param("enabled", "true");
    }

    private String adminPage(long id, MockHttpSession session) throws Exception {
        return mvc.perform(get("/admin/users/{id}", id).with(isu()).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor isu() {
        return user(users.loadUserByUsername("isu"));
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
