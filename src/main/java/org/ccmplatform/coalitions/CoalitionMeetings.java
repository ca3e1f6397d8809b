package org.ccmplatform.coalitions;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface CoalitionMeetings extends Repository<CoalitionMeeting, CoalitionMeeting.Key> {

    @Query("select l.meetingId from CoalitionMeeting l where l.coalitionId = :coalitionId")
    List<Long> meetingIdsOf(@Param("coalitionId") Long coalitionId);

    @Query("select l from CoalitionMeeting l where l.coalitionId in :coalitionIds")
    List<CoalitionMeeting> ofCoalitions(@Param("coalitionIds") Collection<Long> coalitionIds);

    CoalitionMeeting save(CoalitionMeeting link);
}
