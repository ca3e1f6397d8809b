package org.ccmplatform.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PlanRequests extends Repository<PlanRequest, Long> {

    List<PlanRequest> findByTermIdOrderById(Long term);

    Optional<PlanRequest> findByActionPointId(long actionPointId);

    Optional<PlanRequest> findById(Long id);

    PlanRequest save(PlanRequest request);
}
