package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingStatus;
import org.ccmplatform.registry.OrganisationDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo coalitions from the sources: Montenegro, Lebanon's Mine Action Forum, Botswana and a proposed Lao PDR. */
@IntegrationTest
class DemoCoalitionsIntegrationTest {

    @Autowired
    CoalitionRegister register;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    UserDetailsService users;

    TestCoalitions coalitions;

    @BeforeEach
    void helpers() {
        coalitions = new TestCoalitions(register, organisations, users);
    }

    @Test
    void montenegroCompletedItsClearanceIn2020WithNorwayAsChampionAndNorwegianPeoplesAid() {
        Coalition montenegro = TestCoalitions.named(register, TestCoalitions.MONTENEGRO);

        assertThat(montenegro.state().iso3()).isEqualTo("MNE");
        assertThat(montenegro.status()).isEqualTo(CoalitionStatus.COMPLETED);
        assertThat(montenegro.obligations()).containsExactly(CoveredObligation.CCM_ARTICLE_4);
        assertThat(roles(montenegro)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Directorate for Emergency Management of Montenegro", CoalitionRole.NATIONAL_AUTHORITY,
                "Norway", CoalitionRole.CHAMPION,
                "Norwegian People's Aid", CoalitionRole.OPERATOR));
        CoalitionView view = register.view(montenegro.id(), coalitions.user("isu"));
        assertThat(view.meetings()).singleElement().satisfies(m -> {
            assertThat(m.day()).isEqualTo(LocalDate.of(2020, 7, 21));
            assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
        });
        assertThat(view.overdue()).as("a completed coalition is not flagged").isFalse();
    }

    @Test
    void lebanonsMineActionForumIsActiveSince2018WithItsChampionFacilitatorAndSecretariatMeetingTwiceAYear() {
        Coalition forum = TestCoalitions.named(register, TestCoalitions.LEBANON_FORUM);

        assertThat(forum.state().iso3()).isEqualTo("LBN");
        assertThat(forum.status()).isEqualTo(CoalitionStatus.ACTIVE);
        assertThat(forum.startDate().getYear()).isEqualTo(2018);
        assertThat(forum.cadence()).isEqualTo(Cadence.TWICE_A_YEAR);
        assertThat(roles(forum)).containsEntry("Norway", CoalitionRole.CHAMPION)
                .containsEntry("Geneva International Centre for Humanitarian Demining", CoalitionRole.FACILITATOR)
                .containsEntry("United Nations Development Programme", CoalitionRole.SECRETARIAT)
                .containsEntry("Lebanon Mine Action Center", CoalitionRole.NATIONAL_AUTHORITY);
    }

    @Test
    void lebanonsForumHoldsTechnicalWorkingGroupsBetweenItsMeetingsAndPlansTheNextForum() {
        Coalition forum = TestCoalitions.named(register, TestCoalitions.LEBANON_FORUM);

        List<Meeting> meetings = register.view(forum.id(), coalitions.user("lebanon")).meetings();

        assertThat(meetings).filteredOn(m -> m.body() == MeetingBody.TECHNICAL_WORKING_GROUP)
                .extracting(Meeting::day).containsExactlyInAnyOrder(LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 5, 20));
        assertThat(meetings).filteredOn(m -> m.status() == MeetingStatus.PLANNED).extracting(Meeting::day)
                .containsExactly(LocalDate.of(2026, 12, 9));
    }

    @Test
    void lebanonsForumHasAMidTermUpdateAndOneConcernForItsFacilitator() {
        CoalitionView facilitator = register.view(TestCoalitions.named(register, TestCoalitions.LEBANON_FORUM).id(),
                coalitions.user("gichd"));

        assertThat(facilitator.midTermUpdates()).extracting(MidTermUpdate::postedBy).containsExactly("lebanon");
        assertThat(facilitator.concerns()).singleElement()
                .satisfies(c -> assertThat(c.text()).startsWith("Access permits for the teams in the South"));
    }

    @Test
    void botswanaHasItsNationalAuthorityAndNorwegianPeoplesAid() {
        Coalition botswana = TestCoalitions.named(register, TestCoalitions.BOTSWANA);

        assertThat(botswana.state().iso3()).isEqualTo("BWA");
        assertThat(roles(botswana)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Botswana Defence Force", CoalitionRole.NATIONAL_AUTHORITY,
                "Norwegian People's Aid", CoalitionRole.OPERATOR));
    }

    @Test
    void laoPdrHasAProposedCoalitionWithItsNationalRegulatoryAuthority() {
        Coalition laos = TestCoalitions.named(register, TestCoalitions.LAOS);

        assertThat(laos.state().iso3()).isEqualTo("LAO");
        assertThat(laos.status()).isEqualTo(CoalitionStatus.PROPOSED);
        assertThat(laos.startDate()).isNull();
        assertThat(roles(laos)).containsExactlyEntriesOf(Map.of(
                "National Regulatory Authority for UXO/Mine Action in Lao PDR", CoalitionRole.NATIONAL_AUTHORITY));
    }

    private Map<String, CoalitionRole> roles(Coalition coalition) {
        return register.membersOf(coalition).stream()
                .collect(Collectors.toMap(m -> m.name(Locale.ENGLISH), CoalitionMember::role));
    }
}
