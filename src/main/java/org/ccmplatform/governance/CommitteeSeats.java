package org.ccmplatform.governance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface CommitteeSeats extends Repository<CommitteeSeat, Long> {

    /** A term's seats: a score or so. */
    @EntityGraph(attributePaths = {"state", "organisation"})
    @Query("select s from CommitteeSeat s where s.term.id = :term order by s.seat, s.theme, s.id")
    List<CommitteeSeat> ofTerm(@Param("term") long term);

    @Query("""
            select s.theme from CommitteeSeat s
            where s.term.id = :term and s.seat = org.ccmplatform.governance.SeatKind.COORDINATOR
              and s.state.id = :state
            """)
    List<Theme> themesOf(@Param("term") long term, @Param("state") long state);

    @Query("""
            select count(s) > 0 from CommitteeSeat s
            where s.term.id = :term and s.seat = org.ccmplatform.governance.SeatKind.COORDINATOR
              and s.theme = :theme and s.state.id in :states
            """)
    boolean anyCoordinates(@Param("term") long term, @Param("theme") Theme theme,
            @Param("states") Collection<Long> states);

    Optional<CommitteeSeat> findById(Long id);

    CommitteeSeat save(CommitteeSeat seat);

    void delete(CommitteeSeat seat);
}
