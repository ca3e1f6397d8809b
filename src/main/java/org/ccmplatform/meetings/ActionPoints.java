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

    @EntityGraph(attributePaths = {"meeting", "ownerState", "ownerOrganisation"})
    List<ActionPoint> findByIdIn(Collection<Long> ids);

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

    /**
     * Action points of an owner (a State, an organisation or a person; -1 where not asked) in meetings the reader may
     * see: public ones, every one for the ISU and the Presidency, ones their State or body attends; and their own.
     */
    @EntityGraph(attributePaths = {"meeting", "ownerState", "ownerOrganisation"})
    @Query(value = """
            select a from ActionPoint a join a.meeting m
            where (a.ownerState.id = :stateId or a.ownerOrganisation.id = :organisationId or a.ownerUserId = :userId)
              and a.status in :statuses
              and (:everything = true or m.visibility = org.ccmplatform.meetings.MeetingVisibility.PUBLIC
                   or a.ownerUserId = :readerId
                   or exists (select d.id from Delegation d where d.meeting = m
                              and ((d.state.id is not null and d.state.id = :readerStateId)
                                   or (d.organisation.id is not null and d.organisation.id = :readerOrganisationId))))
            order by a.dueDate asc, a.id asc
            """, countQuery = """
            select count(a) from ActionPoint a join a.meeting m
            where (a.ownerState.id = :stateId or a.ownerOrganisation.id = :organisationId or a.ownerUserId = :userId)
              and a.status in :statuses
              and (:everything = true or m.visibility = org.ccmplatform.meetings.MeetingVisibility.PUBLIC
                   or a.ownerUserId = :readerId
                   or exists (select d.id from Delegation d where d.meeting = m
                              and ((d.state.id is not null and d.state.id = :readerStateId)
                                   or (d.organisation.id is not null and d.organisation.id = :readerOrganisationId))))
            """)
    Page<ActionPoint> ofOwnerVisibleTo(@Param("stateId") long stateId, @Param("organisationId") long organisationId,
            @Param("userId") long userId, @Param("statuses") Collection<ActionPointStatus> statuses,
            @Param("everything") boolean everything, @Param("readerId") long readerId,
            @Param("readerStateId") long readerStateId, @Param("readerOrganisationId") long readerOrganisationId,
            Pageable pageable);

    ActionPoint save(ActionPoint actionPoint);
}
