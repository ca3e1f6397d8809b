package org.ccmplatform.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AgendaItems extends Repository<AgendaItem, Long> {

    @EntityGraph(attributePaths = {"parent", "approvesMinutesOf"})
    List<AgendaItem> findByMeetingOrderByPositionAsc(Meeting meeting);

    @EntityGraph(attributePaths = {"parent", "approvesMinutesOf"})
    Optional<AgendaItem> findByIdAndMeeting(Long id, Meeting meeting);

    @Query("""
            select coalesce(max(a.position), 0) from AgendaItem a
            where a.meeting = :meeting and ((:parent is null and a.parent is null) or a.parent = :parent)
            """)
    int lastPosition(@Param("meeting") Meeting meeting, @Param("parent") AgendaItem parent);

    AgendaItem save(AgendaItem item);
}
