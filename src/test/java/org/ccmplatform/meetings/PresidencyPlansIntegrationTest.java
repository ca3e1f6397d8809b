package org.ccmplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The Presidency plans a meeting and goes on to run it: its State chairs the meetings it plans. */
@IntegrationTest
@Transactional
class PresidencyPlansIntegrationTest {

    @Autowired
    MeetingPlanner planner;

    @Autowired
    UserDetailsService users;

    @Test
    void theMeetingAPresidencyPlansIsChairedByItsStateAndRunByIt() {
        CurrentUser president = (CurrentUser) users.loadUserByUsername("president");
        LocalDate day = LocalDate.of(2027, 3, 10);
        Meeting workshop = planner.plan(new MeetingDetails(MeetingBody.WORKSHOP, "Workshop on universalization",
                day.atTime(9, 0), day.atTime(17, 0), ZoneId.of("Asia/Bangkok"), "Bangkok", false,
                Set.of(Language.EN), null), president);

        MeetingRecord record = planner.record(workshop.id(), president);

        assertThat(record.delegations()).singleElement().satisfies(d -> {
            assertThat(d.state().iso3()).isEqualTo("DEU");
            assertThat(d.role()).isEqualTo(DelegationRole.CHAIR);
        });
        assertThat(record.runnable()).isTrue();
    }
}
