package org.ccmplatform.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Delegations extends Repository<Delegation, Long> {

    @EntityGraph(attributePaths = {"state", "organisation"})
    List<Delegation> findByMeetingOrderByPositionAsc(Meeting meeting);

    @EntityGraph(attributePaths = {"state", "organisation"})
    List<Delegation> findByMeetingIn(Collection<Meeting> meetings);

    @EntityGraph(attributePaths = {"state", "organisation", "meeting"})
    Optional<Delegation> findByIdAndMeeting(Long id, Meeting meeting);

    @Query("select d from Delegation d where d.meeting = :meeting and d.state.id = :stateId")
    Optional<Delegation> findForState(@Param("meeting") Meeting meeting, @Param("stateId") Long stateId);

    @Query("select d from Delegation d where d.meeting = :meeting and d.organisation.id = :organisationId")
    Optional<Delegation> findForOrganisation(@Param("meeting") Meeting meeting,
            @Param("organisationId") Long organisationId);

    @Query("select coalesce(max(d.position), 0) from Delegation d where d.meeting = :meeting")
    int lastPosition(@Param("meeting") Meeting meeting);

    Delegation save(Delegation delegation);

    void delete(Delegation delegation);
}
