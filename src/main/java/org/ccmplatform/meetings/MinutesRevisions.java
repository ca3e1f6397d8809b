package org.ccmplatform.meetings;

import java.util.List;
import org.springframework.data.repository.Repository;

interface MinutesRevisions extends Repository<MinutesRevision, Long> {

    List<MinutesRevision> findByMeetingOrderByRevisionDesc(Meeting meeting);

    MinutesRevision save(MinutesRevision revision);
}
