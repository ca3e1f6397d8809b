package org.ccmplatform.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Participants extends Repository<Participant, Long> {

    List<Participant> findByDelegationInOrderByPositionAsc(Collection<Delegation> delegations);

    @Query("select p from Participant p join fetch p.delegation d where p.id = :id and d.meeting = :meeting")
    Optional<Participant> findInMeeting(@Param("id") Long id, @Param("meeting") Meeting meeting);

    @Query("select coalesce(max(p.position), 0) from Participant p where p.delegation = :delegation")
    int lastPosition(@Param("delegation") Delegation delegation);

    Participant save(Participant participant);

    void delete(Participant participant);

    void deleteByDelegation(Delegation delegation);
}
