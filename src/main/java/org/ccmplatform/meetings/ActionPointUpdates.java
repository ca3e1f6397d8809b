package org.ccmplatform.meetings;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

interface ActionPointUpdates extends Repository<ActionPointUpdate, Long> {

    List<ActionPointUpdate> findByActionPointInOrderByPostedAtAsc(Collection<ActionPoint> actionPoints);

    ActionPointUpdate save(ActionPointUpdate update);
}
