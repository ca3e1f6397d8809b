package org.ccmplatform.registry;

import org.ccmplatform.HtmlForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An edit made on a page is in the audit trail with who made it. Not @Transactional on purpose: in a test transaction
 * Hibernate flushes only when the test asks, outside the request, where the trail would see no signed-in user. So the
 * edit commits as in production, and Tuvalu (no test asserts its name) gets its name back afterwards.
 */
@IntegrationTest
class StateAuditIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    StateRegister register;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEditByTheIsuIsInTheAuditTrailWithTheOldAndTheNewValue() throws Exception {
        State before = register.get("TUV");
        long lastEntry = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        try {
            String html = mvc.perform(get("/states/TUV/edit").with(user(isu())))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            mvc.perform(HtmlForm.on(html, "/states/TUV/edit").set("nameEn", "Tuvalu (audited edit)").post()
                            .with(user(isu())).with(csrf()))
                    .andExpect(status().is3xxRedirection());

            List<Map<String, Object>> entries = jdbc.queryForList("""
                    select actor, action, changes from audit_entry
                    where id > ? and entity_type = 'State' and entity_id = ?""", lastEntry,
                    String.valueOf(before.id()));

            assertThat(entries).singleElement().satisfies(entry -> {
                assertThat(entry).containsEntry("actor", "isu").containsEntry("action", "UPDATE");
                JsonNode changes = JsonMapper.builder().build().readTree((String) entry.get("changes"));
                assertThat(changes.propertyNames()).containsExactly("nameEn");
                assertThat(changes.get("nameEn").get("from").asString()).isEqualTo("Tuvalu");
                assertThat(changes.get("nameEn").get("to").asString()).isEqualTo("Tuvalu (audited edit)");
            });
        } finally {
            register.describe("TUV", register.get("TUV").version(), before.unMembership(), before.region(),
                    before.names());
        }
        assertThat(register.get("TUV").names()).isEqualTo(before.names());
    }

    private UserDetails isu() {
        return users.loadUserByUsername("isu");
    }
}
