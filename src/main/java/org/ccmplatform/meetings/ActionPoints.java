package org.ccmplatform.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ActionPoints extends Repository<ActionPoint, Long> {

    @EntityGraph(attributePaths = {"meeting", "ownerState", "ownerOrganisation"})
    Optional<ActionPoint> findById(Long id);

    @EntityGraph(attributePaths = {"ownerState", "ownerOrganisation", "agendaItem"})
    List<ActionPoint> findByMeetingOrderByIdAsc(Meeting meeting);

    /** Action points owned by a person, by their State or by their organisation, across every body. */
    @EntityGraph(attributePaths = {"meeting", "ownerState", "ownerOrganisation"})
    @Query("""
            select a from ActionPoint a
            where (a.ownerUserId = :userId or a.ownerState.id = :stateId or a.ownerOrganisation.id = :organisationId)
              and a.status in :statuses
            order by a.dueDate asc, a.id asc
            """)
    Page<ActionPoint> ownedBy(@Param("userId") long userId, @Param("stateId") long stateId,
            @Param("organisationId") long organisationId,
            @Param("statuses") Collection<ActionPointStatus> statuses, Pageable pageable);

    @EntityGraph(attributePaths = {"meeting", "ownerState", "ownerOrganisation"})
    @Query("""
            select a from ActionPoint a
            where a.meeting.id in :meetingIds and a.status in :statuses
            order by a.dueDate asc, a.id asc
            """)
    List<ActionPoint> ofMeetings(@Param("meetingIds") Collection<Long> meetingIds,
            @Param("statuses") Collection<ActionPointStatus> statuses);

    ActionPoint save(ActionPoint actionPoint);
}
