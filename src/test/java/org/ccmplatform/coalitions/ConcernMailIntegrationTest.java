package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.meetings.DelegationDesk;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.registry.OrganisationDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails that follow a concern: the circulation of the meeting whose agenda the facilitator changed carries the
 * neutral title only; the members' mid-term notification says nothing of it. Subjects, texts and attached minutes
 * are read back from the test SMTP server.
 */
@IntegrationTest
@Transactional
class ConcernMailIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    ConcernScenario scenario;

    @BeforeEach
    void aConcernIsRaisedAndPutOnTheAgenda() throws Exception {
        scenario = new ConcernScenario(mvc, context).raised().onTheAgenda();
    }

    @Test
    void theCirculatedMinutesCarryTheNeutralTitleAndNothingOfTheConcernOrItsAuthor() throws Exception {
        mvc.perform(post("/meetings/{id}/circulate", scenario.meeting).with(user(users.loadUserByUsername("gichd")))
                        .with(csrf()))
                .andExpect(flash().attribute("saved", "circulation.sent"));

        MimeMessage mail = single(scenario.participantAddress);
        List<byte[]> files = TestMail.attachments(mail);
        assertThat(files).isNotEmpty();
        String minutes = TestPdfs.text(files.get(0));
        assertThat(minutes).contains(scenario.neutralTitle);
        for (String seen : List.of(TestMail.text(mail), minutes)) {
            assertThat(seen).doesNotContain(scenario.secrets()).doesNotContainIgnoringCase("concern");
        }
    }

    @Test
    void theMembersMidTermNotificationSaysNothingOfTheConcernOrItsAuthor() throws Exception {
        mvc.perform(post("/coalitions/{id}/mid-term", scenario.coalition.id())
                        .param("summary", "Work goes on " + scenario.token + ".")
                        .with(user(users.loadUserByUsername("lebanon"))).with(csrf()))
                .andExpect(flash().attribute("saved", "midTerm.saved"));

        for (String address : List.of(scenario.colleague.email(), scenario.raiser.email())) {
            String text = TestMail.text(single(address));
            assertThat(text).contains("Work goes on " + scenario.token)
                    .doesNotContain(scenario.secrets()).doesNotContainIgnoringCase("concern");
        }
    }

    private static MimeMessage single(String address) throws InterruptedException {
        List<MimeMessage> received = TestMail.to(address, 1);
        assertThat(received).as("mail to %s", address).hasSize(1);
        return received.get(0);
    }
}
