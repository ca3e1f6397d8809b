package org.ccmplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.Contact;
import org.ccmplatform.registry.ContactDirectory;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who keeps which record: an operator or donor its own organisation, a focal point or donor its State's contacts. */
@IntegrationTest
class ScopeAuthorizationIntegrationTest {

    static final String NPA = "Norwegian People's Aid";
    static final String GICHD = "Geneva International Centre for Humanitarian Demining";
    static final String UNDP = "United Nations Development Programme";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ContactDirectory contacts;

    @Autowired
    StateRegister states;

    @ParameterizedTest(name = "{0} may edit {1}")
    @CsvSource(delimiter = '|', value = {"npa | " + NPA, "undp | " + UNDP, "isu | " + GICHD})
    void anOperatorOrDonorEditsItsOwnOrganisation(String username, String name) throws Exception {
        Organisation organisation = organisation(name);
        mvc.perform(get("/organisations/{id}/edit", organisation.id()).with(as(username)))
                .andExpect(status().isOk());
        mvc.perform(post("/organisations/{id}/edit", organisation.id()).with(as(username)).with(csrf())
                        .param("name", organisation.name())
                        .param("acronym", organisation.acronym())
                        .param("kind", organisation.kind().name())
                        .param("stateIso3", organisation.state() == null ? "" : organisation.state().iso3())
                        .param("website", organisation.website() == null ? "" : organisation.website())
                        .param("version", String.valueOf(organisation.version())))
                .andExpect(status().isFound())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/organisations/" + organisation.id()));
    }

    @ParameterizedTest(name = "{0} may not edit {1}")
    @CsvSource(delimiter = '|', value = {"npa | " + GICHD, "undp | " + NPA, "norway | " + NPA, "gichd | " + GICHD,
        "lebanon | Lebanon Mine Action Center", "observer | Cluster Munition Coalition", "president | " + NPA})
    void noOneElseEditsAnOrganisation(String username, String name) throws Exception {
        Organisation organisation = organisation(name);
        mvc.perform(get("/organisations/{id}/edit", organisation.id()).with(as(username)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisations/{id}/edit", organisation.id()).with(as(username)).with(csrf())
                        .param("name", "Taken over by " + username)
                        .param("kind", organisation.kind().name())
                        .param("version", String.valueOf(organisation.version())))
                .andExpect(status().isForbidden());
        assertThat(organisations.get(organisation.id()).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} adds and edits a contact of {1}")
    @CsvSource({"lebanon, LBN", "laos, LAO", "norway, NOR", "isu, NOR"})
    void aFocalPointOrAStatesDonorKeepsTheContactsOfItsState(String username, String iso3) throws Exception {
        String name = "Contact " + UUID.randomUUID();
        String location = mvc.perform(post("/contacts/new").with(as(username)).with(csrf())
                        .param("fullName", name).param("stateIso3", iso3))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        Contact created = only(name);
        assertThat(location).isEqualTo("/contacts/" + created.id());
        assertThat(created.state().iso3()).isEqualTo(iso3);

        mvc.perform(get("/contacts/{id}/edit", created.id()).with(as(username))).andExpect(status().isOk());
        mvc.perform(post("/contacts/{id}/edit", created.id()).with(as(username)).with(csrf())
                        .param("fullName", name).param("functionTitle", "Edited by " + username)
                        .param("stateIso3", iso3).param("version", String.valueOf(created.version())))
                .andExpect(status().isFound());
        assertThat(contacts.get(created.id()).functionTitle()).isEqualTo("Edited by " + username);
    }

    @ParameterizedTest(name = "{0} may not add a contact for {1}")
    @CsvSource({"lebanon, NOR", "laos, LBN", "norway, LBN", "observer, LBN", "npa, NOR", "president, DEU",
        "gichd, CHE"})
    void noOneAddsAContactOutsideTheirScope(String username, String iso3) throws Exception {
        String name = "Contact " + UUID.randomUUID();
        mvc.perform(post("/contacts/new").with(as(username)).with(csrf()).param("fullName", name)
                        .param("stateIso3", iso3))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "You can only keep contacts of your own State or organisation.")));
        assertThat(contacts.list(name, null, null, PageRequest.of(0, 5)).getTotalElements()).isZero();
    }

    @ParameterizedTest(name = "{0} may not edit the contact {1}")
    @CsvSource({"lebanon, Ingrid Solberg", "norway, Rania Haddad", "laos, Rania Haddad", "npa, Claire Dubois",
        "observer, Lars Eriksen", "observer, Rania Haddad", "gichd, Claire Dubois", "coordinator, Ingrid Solberg"})
    void noOneEditsAContactOutsideTheirScope(String username, String contactName) throws Exception {
        Contact contact = only(contactName);
        mvc.perform(get("/contacts/{id}/edit", contact.id()).with(as(username))).andExpect(status().isForbidden());
        mvc.perform(post("/contacts/{id}/edit", contact.id()).with(as(username)).with(csrf())
                        .param("fullName", "Renamed by " + username)
                        .param("stateIso3", contact.state() == null ? "" : contact.state().iso3())
                        .param("version", String.valueOf(contact.version())))
                .andExpect(status().isForbidden());
        assertThat(contacts.get(contact.id()).fullName()).isEqualTo(contactName);
    }

    @ParameterizedTest(name = "{0} may open the contact {1} for editing")
    @CsvSource({"lebanon, Rania Haddad", "norway, Ingrid Solberg", "npa, Lars Eriksen", "undp, Ahmad Saleh",
        "lebanon, Ahmad Saleh", "isu, Claire Dubois"})
    void theOnesResponsibleOpenTheirContactsForEditing(String username, String contactName) throws Exception {
        mvc.perform(get("/contacts/{id}/edit", only(contactName).id()).with(as(username)))
                .andExpect(status().isOk());
    }

    @Test
    void aFocalPointCannotMoveItsContactToAnotherState() throws Exception {
        String name = "Contact " + UUID.randomUUID();
        mvc.perform(post("/contacts/new").with(as("lebanon")).with(csrf()).param("fullName", name)
                .param("stateIso3", "LBN")).andExpect(status().isFound());
        Contact created = only(name);

        mvc.perform(post("/contacts/{id}/edit", created.id()).with(as("lebanon")).with(csrf())
                        .param("fullName", name).param("stateIso3", "NOR")
                        .param("version", String.valueOf(created.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "You can only keep contacts of your own State or organisation.")));
        assertThat(contacts.get(created.id()).state().iso3()).isEqualTo("LBN");
    }

    @Test
    void contactsOfAnOrganisationAreShownOnlyToSignedInReaders() throws Exception {
        long npa = organisation(NPA).id();
        mvc.perform(get("/organisations/{id}", npa))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(NPA.replace("'", "&#39;"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Lars Eriksen"))));
        mvc.perform(get("/organisations/{id}", npa).with(as("observer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lars Eriksen")));
    }

    private Organisation organisation(String name) {
        return organisations.get(organisations.findByName(name).orElseThrow().id());
    }

    private Contact only(String fullName) {
        var found = contacts.list(fullName, null, null, PageRequest.of(0, 2)).getContent();
        assertThat(found).hasSize(1);
        return contacts.get(found.get(0).id());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
