package org.ccmplatform.meetings;

import java.util.List;
import org.springframework.data.repository.Repository;

interface Decisions extends Repository<Decision, Long> {

    List<Decision> findByMeetingOrderByPositionAsc(Meeting meeting);

    long countByMeeting(Meeting meeting);

    Decision save(Decision decision);
}
