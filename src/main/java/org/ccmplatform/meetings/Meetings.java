package org.ccmplatform.meetings;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Meetings extends Repository<Meeting, Long> {

    @EntityGraph(attributePaths = {"nextMeeting", "minutesApprovedBy"})
    Optional<Meeting> findById(Long id);

    List<Meeting> findByIdIn(Collection<Long> ids);

    /** Meetings in a period, of a body, that the reader may see: public ones, or ones their State or body attends. */
    @Query(value = """
            select m from Meeting m
            where m.body in :bodies
              and m.startsAt >= :from and m.startsAt < :until
              and (:everything = true or m.visibility = org.ccmplatform.meetings.MeetingVisibility.PUBLIC
                   or exists (select d.id from Delegation d where d.meeting = m
                              and ((d.state.id is not null and d.state.id = :stateId)
                                   or (d.organisation.id is not null and d.organisation.id = :organisationId))))
            order by m.startsAt desc
            """)
    Page<Meeting> visible(@Param("bodies") Collection<MeetingBody> bodies, @Param("from") LocalDateTime from,
            @Param("until") LocalDateTime until, @Param("everything") boolean everything,
            @Param("stateId") long stateId, @Param("organisationId") long organisationId, Pageable pageable);

    /** Earlier meetings of the same body whose minutes are not yet approved: candidates for approval. */
    @Query("""
            select m from Meeting m
            where m.body = :body and m.startsAt < :before
              and m.minutesStatus <> org.ccmplatform.meetings.MinutesStatus.APPROVED
              and m.status <> org.ccmplatform.meetings.MeetingStatus.CANCELLED
            order by m.startsAt desc
            """)
    List<Meeting> awaitingApproval(@Param("body") MeetingBody body, @Param("before") LocalDateTime before,
            Pageable pageable);

    @Query("""
            select m from Meeting m
            where m.body = :body and m.startsAt > :after
              and m.status <> org.ccmplatform.meetings.MeetingStatus.CANCELLED
            order by m.startsAt asc
            """)
    List<Meeting> laterOfTheSameBody(@Param("body") MeetingBody body, @Param("after") LocalDateTime after,
            Pageable pageable);

    Meeting save(Meeting meeting);
}
