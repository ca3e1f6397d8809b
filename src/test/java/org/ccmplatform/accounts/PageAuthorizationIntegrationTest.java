package org.ccmplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.ContactDirectory;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every page and every form against every kind of visitor: anonymous readers are sent to sign in, roles without the
 * right get 403, and the role that has it gets through. Placeholders in paths ({npa}, {contact}, {user}, {token}) are
 * ids looked up or created before the table runs.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAuthorizationIntegrationTest {

    /** Every demo account that is not the ISU administrator. */
    static final List<String> NON_ADMINS =
            List.of("president", "coordinator", "lebanon", "laos", "norway", "undp", "npa", "gichd", "observer");

    static final List<String> ISU_ONLY_PAGES = List.of("/states/new", "/states/import", "/states/LBN/edit",
            "/states/LBN/participations/CCM", "/organisations/new", "/admin/users", "/admin/users/new",
            "/admin/users/{user}", "/admin/audit");

    /** The ISU's forms, each with input that the form refuses or that touches only this test's own account. */
    static final List<String> ISU_ONLY_FORMS = List.of("/states/new", "/states/LBN/edit",
            "/states/LBN/participations/CCM?signatureDate=not-a-date", "/states/import", "/organisations/new",
            "/admin/users/new", "/admin/users/{user}", "/admin/users/{user}/reset-password",
            "/admin/users/{user}/unlock");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ContactDirectory contacts;

    @Autowired
    StateRegister states;

    long npaId;
    long contactId;
    UserAccount target;
    long tokenId;

    @BeforeAll
    void lookUpIds() {
        npaId = organisations.findByName("Norwegian People's Aid").orElseThrow().id();
        contactId = contacts.list("Lars Eriksen", null, null, PageRequest.of(0, 1)).getContent().get(0).id();
        target = TestAccounts.observer(accounts, "authz");
        CurrentUser owner = (CurrentUser) users.loadUserByUsername(target.username());
        tokenId = accounts.createToken(owner, "authorization table", 1).token().id();
    }

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(strings = {"/", "/states", "/states/LBN", "/states/export.csv", "/organisations", "/organisations/{npa}",
        "/login", "/actuator/health", "/v3/api-docs", "/swagger-ui/index.html"})
    void publicPagesOpenWithoutSigningIn(String path) throws Exception {
        mvc.perform(get(resolve(path))).andExpect(status().isOk());
    }

    @Test
    void theApiExplorerOpensWithoutSigningIn() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/swagger-ui.html")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/swagger-ui/index.html");
    }

    static Stream<String> signedInPages() {
        return Stream.concat(Stream.of("/contacts", "/contacts/{contact}", "/contacts/new", "/contacts/{contact}/edit",
                "/organisations/{npa}/edit", "/profile"), ISU_ONLY_PAGES.stream());
    }

    @ParameterizedTest(name = "GET {0} sends anonymous readers to sign in")
    @MethodSource("signedInPages")
    void pagesForSignedInUsersSendAnonymousReadersToSignIn(String path) throws Exception {
        assertSentToSignIn(get(resolve(path)));
    }

    static Stream<String> forms() {
        return Stream.concat(Stream.of("/contacts/new", "/contacts/{contact}/edit", "/organisations/{npa}/edit",
                "/profile/password", "/profile/language", "/profile/tokens", "/profile/tokens/{token}/revoke"),
                ISU_ONLY_FORMS.stream());
    }

    @ParameterizedTest(name = "POST {0} sends anonymous visitors to sign in")
    @MethodSource("forms")
    void formsSendAnonymousVisitorsToSignIn(String path) throws Exception {
        assertSentToSignIn(post(resolve(path)).with(csrf()));
    }

    static Stream<Arguments> isuOnlyPagesForEveryOtherRole() {
        return ISU_ONLY_PAGES.stream().flatMap(path -> NON_ADMINS.stream().map(name -> Arguments.of(path, name)));
    }

    @ParameterizedTest(name = "GET {0} is forbidden to {1}")
    @MethodSource("isuOnlyPagesForEveryOtherRole")
    void isuPagesAreForbiddenToEveryOtherRole(String path, String username) throws Exception {
        mvc.perform(get(resolve(path)).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isForbidden());
    }

    static Stream<Arguments> isuOnlyFormsForEveryOtherRole() {
        return ISU_ONLY_FORMS.stream().flatMap(path -> NON_ADMINS.stream().map(name -> Arguments.of(path, name)));
    }

    @ParameterizedTest(name = "POST {0} is forbidden to {1}")
    @MethodSource("isuOnlyFormsForEveryOtherRole")
    void isuFormsAreForbiddenToEveryOtherRole(String path, String username) throws Exception {
        mvc.perform(post(resolve(path)).with(user(users.loadUserByUsername(username))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "GET {0} opens for the ISU administrator")
    @MethodSource("isuOnlyPages")
    void isuPagesOpenForTheIsuAdministrator(String path) throws Exception {
        mvc.perform(get(resolve(path)).with(user(users.loadUserByUsername("isu")))).andExpect(status().isOk());
    }

    static Stream<String> isuOnlyPages() {
        return ISU_ONLY_PAGES.stream();
    }

    /** 200 is the form shown again with what is wrong; 302 is the action done (on this test's own account). */
    @ParameterizedTest(name = "POST {0} lets the ISU administrator through ({1})")
    @CsvSource({
        "/states/new, 200",
        "/states/LBN/edit, 200",
        "/states/LBN/participations/CCM?signatureDate=not-a-date, 200",
        "/organisations/new, 200",
        "/admin/users/new, 200",
        "/admin/users/{user}, 200",
        "/admin/users/{user}/reset-password, 302",
        "/admin/users/{user}/unlock, 302"
    })
    void isuFormsLetTheIsuAdministratorThrough(String path, int expected) throws Exception {
        MockHttpServletResponse response = mvc.perform(post(resolve(path))
                        .with(user(users.loadUserByUsername("isu"))).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(expected);
        if (expected == 302) {
            assertThat(response.getRedirectedUrl()).isEqualTo("/admin/users/" + target.id());
        }
    }

    @Test
    void theImportFormTakesAFileFromTheIsuAdministratorOnly() throws Exception {
        String path = "/states/import";
        mvc.perform(multipart(path).with(user(users.loadUserByUsername("isu"))).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(multipart(path).with(user(users.loadUserByUsername("observer"))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    static Stream<Arguments> contactPagesForEveryRole() {
        return Stream.of("/contacts", "/contacts/{contact}", "/contacts/new", "/profile").flatMap(path ->
                Stream.concat(Stream.of("isu"), NON_ADMINS.stream()).map(name -> Arguments.of(path, name)));
    }

    @ParameterizedTest(name = "GET {0} opens for {1}")
    @MethodSource("contactPagesForEveryRole")
    void contactsAndOnesOwnProfileOpenForEverySignedInRole(String path, String username) throws Exception {
        mvc.perform(get(resolve(path)).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk());
    }

    @ParameterizedTest(name = "POST {0} is open to any signed-in user")
    @CsvSource({
        "/profile/password?currentPassword=wrong&newPassword=long-enough-1&confirmPassword=long-enough-1",
        "/profile/language?language=EN",
        "/profile/tokens?name=",
        "/profile/tokens/{token}/revoke"
    })
    void profileFormsAreOpenToTheSignedInUserThemselves(String path) throws Exception {
        mvc.perform(post(resolve(path)).with(user(users.loadUserByUsername(target.username()))).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/profile"));
    }

    private void assertSentToSignIn(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
    }

    private String resolve(String path) {
        return path.replace("{npa}", String.valueOf(npaId))
                .replace("{contact}", String.valueOf(contactId))
                .replace("{user}", String.valueOf(target.id()))
                .replace("{token}", String.valueOf(tokenId));
    }
}
