package org.ccmplatform.actionplan;

import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface PlanIndicators extends Repository<PlanIndicator, Long> {

    /** The indicators of a plan with their actions, in the order of the actions: one query. */
    @Query("""
            select i from PlanIndicator i join fetch i.action a
            where a.plan = :plan order by a.sequenceNo, i.sequenceNo
            """)
    List<PlanIndicator> ofPlan(@Param("plan") ActionPlan plan);

    PlanIndicator save(PlanIndicator indicator);

    /** Removes every one, before the reference data is loaded again. */
    @Modifying
    @Query("delete from PlanIndicator")
    void deleteEveryOne();
}
