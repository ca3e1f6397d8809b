package org.ccmplatform.universalization;

import java.util.List;
import org.ccmplatform.registry.State;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Engagements extends Repository<Engagement, Long> {

    /** A State's log, newest first, as far as the page asks (the latest 200). */
    @EntityGraph(attributePaths = {"engagerState", "engagerOrganisation"})
    @Query("select e from Engagement e where e.state = :state order by e.day desc, e.id desc")
    List<Engagement> ofState(@Param("state") State state, Pageable limit);

    long count();

    Engagement save(Engagement engagement);
}
