package org.ccmplatform.actionplan;

import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface PlanActions extends Repository<PlanAction, Long> {

    @Query("select a from PlanAction a where a.plan = :plan order by a.sequenceNo")
    List<PlanAction> ofPlan(@Param("plan") ActionPlan plan);

    PlanAction save(PlanAction action);

    /** Removes every one, before the reference data is loaded again. */
    @Modifying
    @Query("delete from PlanAction")
    void deleteEveryOne();
}
