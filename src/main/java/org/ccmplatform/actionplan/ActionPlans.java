package org.ccmplatform.actionplan;

import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ActionPlans extends Repository<ActionPlan, Long> {

    /** Every plan, the oldest first: a handful. */
    List<ActionPlan> findAllByOrderByStartsOnAsc();

    ActionPlan save(ActionPlan plan);

    /** Removes every one, before the reference data is loaded again. */
    @Modifying
    @Query("delete from ActionPlan")
    void deleteEveryOne();
}
