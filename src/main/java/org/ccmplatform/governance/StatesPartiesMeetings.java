package org.ccmplatform.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StatesPartiesMeetings extends Repository<StatesPartiesMeeting, Long> {

    /** Every MSP and Review Conference in order: one a year, a few dozen in all. */
    @EntityGraph(attributePaths = "presidentState")
    @Query("select m from StatesPartiesMeeting m order by m.endDate")
    List<StatesPartiesMeeting> inOrder();

    @EntityGraph(attributePaths = "presidentState")
    Optional<StatesPartiesMeeting> findById(Long id);

    StatesPartiesMeeting save(StatesPartiesMeeting meeting);

    long count();
}
