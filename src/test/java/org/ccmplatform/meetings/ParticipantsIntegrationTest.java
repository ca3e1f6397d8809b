package org.ccmplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.shared.CurrentUser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who takes part, through the forms of the meeting's page: delegations, the people in each, and who came. */
@IntegrationTest
class ParticipantsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganisationDirectory organisations;

    TestMeetings meetings;
    MeetingPages pages;
    CurrentUser isu;
    Meeting meeting;

    @BeforeEach
    void aWorkshopOfThisTest() {
        meetings = new TestMeetings(context);
        pages = new MeetingPages(mvc);
        isu = meetings.isu;
        meeting = meetings.workshop(LocalDate.of(2018, 6, 12));
    }

    @Test
    void theSecretariatInvitesAStatesDelegationWithItsRole() throws Exception {
        Document page = pages.postAndFollow(invite("FRA", DelegationRole.FACILITATOR), isu);

        assertThat(MeetingPages.confirmation(page)).isEqualTo("The delegation is saved.");
        assertThat(roleOf(delegationRow(page, "France"))).isEqualTo("Facilitator");
        assertThat(meetings.record(meeting.id()).delegations()).singleElement()
                .satisfies(d -> assertThat(d.state().iso3()).isEqualTo("FRA"));
    }

    @Test
    void theSameStateInvitedTwiceIsRefusedAndNothingChanges() throws Exception {
        pages.post(invite("FRA", DelegationRole.MEMBER), isu);

        Document page = pages.postAndFollow(invite("FRA", DelegationRole.OBSERVER), isu);

        assertThat(MeetingPages.refusal(page)).isEqualTo("This delegation is already invited.");
        assertThat(page.select("section[aria-labelledby=participants-heading] tbody th").eachText())
                .containsExactly("France");
        assertThat(roleOf(delegationRow(page, "France"))).isEqualTo("Member");
        assertThat(meetings.record(meeting.id()).delegations()).hasSize(1);
    }

    @Test
    void theSameOrganisationInvitedTwiceIsRefused() throws Exception {
        long icrc = organisations.findByName("International Committee of the Red Cross").orElseThrow().id();
        MockHttpServletRequestBuilder invitation = post(delegations()).param("organisationId", String.valueOf(icrc))
                .param("role", "OBSERVER");
        pages.post(invitation, isu);

        Document page = pages.postAndFollow(post(delegations()).param("organisationId", String.valueOf(icrc))
                .param("role", "OBSERVER"), isu);

        assertThat(MeetingPages.refusal(page)).isEqualTo("This delegation is already invited.");
        assertThat(meetings.record(meeting.id()).delegations()).hasSize(1);
    }

    @Test
    void aDelegationIsAStateOrAnOrganisationNotBothNorNeither() throws Exception {
        long icrc = organisations.findByName("International Committee of the Red Cross").orElseThrow().id();

        Document both = pages.postAndFollow(invite("FRA", DelegationRole.MEMBER)
                .param("organisationId", String.valueOf(icrc)), isu);
        Document neither = pages.postAndFollow(post(delegations()).param("role", "MEMBER"), isu);

        assertThat(MeetingPages.refusal(both)).isEqualTo("Choose a State or an organisation, not both.");
        assertThat(MeetingPages.refusal(neither)).isEqualTo("Choose a State or an organisation, not both.");
        assertThat(meetings.record(meeting.id()).delegations()).isEmpty();
    }

    @Test
    void peopleAreAddedToADelegationAndTheirAttendanceIsRecorded() throws Exception {
        Delegation bosnia = meetings.invite(meeting, "BIH", DelegationRole.MEMBER);
        pages.post(addPerson(bosnia, "Mr. Asim Dorović").param("functionTitle", "Counsellor")
                .param("email", "dorovic@example.org").param("attendance", "INVITED"), isu);
        Participant dorovic = meetings.record(meeting.id()).participantsOf(bosnia).get(0);

        Document page = pages.postAndFollow(post("/meetings/" + meeting.id() + "/people/" + dorovic.id()
                + "/attendance").param("attendance", "PRESENT"), isu);

        assertThat(MeetingPages.confirmation(page)).isEqualTo("The participant is saved.");
        Element person = delegationRow(page, "Bosnia and Herzegovina").selectFirst("li");
        assertThat(person.select("span").eachText()).startsWith("Mr. Asim Dorović", "(Counsellor)", "present");
        assertThat(page.select("section[aria-labelledby=participants-heading] p.text-muted").text())
                .isEqualTo("1 delegation, 1 person present");
        assertThat(meetings.record(meeting.id()).participantsOf(bosnia)).singleElement().satisfies(p -> {
            assertThat(p.attendance()).isEqualTo(Attendance.PRESENT);
            assertThat(p.email()).isEqualTo("dorovic@example.org");
        });
    }

    @Test
    void someoneWhoSentApologiesIsNotCountedPresent() throws Exception {
        Delegation chile = meetings.invite(meeting, "CHL", DelegationRole.MEMBER);
        meetings.person(chile, "Ms. Carola Muñoz", null, Attendance.APOLOGISED);

        Document page = pages.open("/meetings/" + meeting.id(), isu);

        assertThat(delegationRow(page, "Chile").selectFirst("li .badge").text()).isEqualTo("apologised");
        assertThat(page.select("section[aria-labelledby=participants-heading] p.text-muted").text())
                .isEqualTo("1 delegation, no one present");
    }

    @Test
    void htmlInANameIsRefusedAndNobodyIsAdded() throws Exception {
        Delegation france = meetings.invite(meeting, "FRA", DelegationRole.MEMBER);

        Document page = pages.postAndFollow(addPerson(france, "<script>alert(1)</script>Camille"), isu);

        assertThat(MeetingPages.refusal(page)).isEqualTo("Plain text only: no HTML or script.");
        assertThat(page.outerHtml()).doesNotContain("<script>alert(1)</script>");
        assertThat(meetings.record(meeting.id()).participantsOf(france)).isEmpty();
    }

    @Test
    void anAddressThatIsNotAnEmailIsRefused() throws Exception {
        Delegation france = meetings.invite(meeting, "FRA", DelegationRole.MEMBER);

        Document page = pages.postAndFollow(addPerson(france, "Ms. Camille Gufflet")
                .param("email", "camille at diplomatie.gouv.fr"), isu);

        assertThat(MeetingPages.refusal(page)).isEqualTo("This is not an e-mail address.");
        assertThat(meetings.record(meeting.id()).participantsOf(france)).isEmpty();
    }

    @Test
    void aDelegationChangesItsRoleAndWithdrawsWithItsPeople() throws Exception {
        Delegation france = meetings.invite(meeting, "FRA", DelegationRole.MEMBER);
        meetings.person(france, "Ms. Camille Gufflet", null, Attendance.CONFIRMED);
        Delegation chile = meetings.invite(meeting, "CHL", DelegationRole.MEMBER);

        Document changed = pages.postAndFollow(post(delegations() + "/" + chile.id() + "/role")
                .param("role", "CHAIR"), isu);
        Document withdrawn = pages.postAndFollow(post(delegations() + "/" + france.id() + "/withdraw"), isu);

        assertThat(roleOf(delegationRow(changed, "Chile"))).isEqualTo("Chair");
        assertThat(MeetingPages.confirmation(withdrawn)).isEqualTo("The delegation is withdrawn.");
        assertThat(withdrawn.select("section[aria-labelledby=participants-heading] tbody th").eachText())
                .containsExactly("Chile");
        assertThat(withdrawn.outerHtml()).doesNotContain("Camille Gufflet");
    }

    private MockHttpServletRequestBuilder invite(String iso3, DelegationRole role) {
        return post(delegations()).param("stateIso3", iso3).param("role", role.name());
    }

    private MockHttpServletRequestBuilder addPerson(Delegation delegation, String name) {
        return post(delegations() + "/" + delegation.id() + "/people").param("fullName", name);
    }

    private String delegations() {
        return "/meetings/" + meeting.id() + "/delegations";
    }

    private static Element delegationRow(Document page, String name) {
        return page.select("section[aria-labelledby=participants-heading] tbody tr").stream()
                .filter(r -> r.selectFirst("th") != null && r.selectFirst("th").text().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no delegation " + name + " on the page"));
    }

    private static String roleOf(Element row) {
        return row.selectFirst("td > span").text();
    }
}
