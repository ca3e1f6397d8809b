package org.ccmplatform.obligations;

import java.util.List;
import org.springframework.data.repository.Repository;

interface WorkPlans extends Repository<WorkPlanYear, Long> {

    List<WorkPlanYear> findByRequestOrderByPlanYearAsc(ExtensionRequest request);

    boolean existsByRequestAndPlanYear(ExtensionRequest request, int planYear);

    long countByRequest(ExtensionRequest request);

    WorkPlanYear save(WorkPlanYear year);
}
