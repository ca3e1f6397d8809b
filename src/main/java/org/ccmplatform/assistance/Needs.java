package org.ccmplatform.assistance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Needs extends Repository<Need, Long> {

    String VISIBLE = "(n.publicNeed = true or :seesAll = true or n.state.id = :ownState)";

    @EntityGraph(attributePaths = "state")
    @Query(value = "select n from Need n where " + VISIBLE + """
             and (:stateId is null or n.state.id = :stateId) and (:theme is null or n.theme = :theme)
             and (:status is null or n.status = :status) and (:priority is null or n.priority = :priority)
            """, countQuery = "select count(n) from Need n where " + VISIBLE + """
             and (:stateId is null or n.state.id = :stateId) and (:theme is null or n.theme = :theme)
             and (:status is null or n.status = :status) and (:priority is null or n.priority = :priority)
            """)
    Page<Need> list(@Param("stateId") Long stateId, @Param("theme") Theme theme, @Param("status") NeedStatus status,
            @Param("priority") Priority priority, @Param("seesAll") boolean seesAll, @Param("ownState") Long ownState,
            Pageable pageable);

    /** The figures behind every funding gap, without loading the needs as entities. */
    @Query("select new org.ccmplatform.assistance.NeedFigures(n.id, n.title, n.state.id, n.obligationId, n.article, n.theme, n.cost, "
            + "n.currency, n.startYear, n.endYear, n.status) from Need n where " + VISIBLE
            + " and (:stateId is null or n.state.id = :stateId)")
    List<NeedFigures> figures(@Param("stateId") Long stateId, @Param("seesAll") boolean seesAll,
            @Param("ownState") Long ownState);

    @EntityGraph(attributePaths = "state")
    @Query("select n from Need n where n.status = org.ccmplatform.assistance.NeedStatus.OPEN and " + VISIBLE)
    List<Need> open(@Param("seesAll") boolean seesAll, @Param("ownState") Long ownState);

    @EntityGraph(attributePaths = "state")
    Optional<Need> findById(Long id);

    @EntityGraph(attributePaths = "state")
    @Query("select n from Need n where " + VISIBLE + " order by n.state.id, n.id")
    List<Need> export(@Param("seesAll") boolean seesAll, @Param("ownState") Long ownState, Pageable bound);

    long count();

    Need save(Need need);
}
