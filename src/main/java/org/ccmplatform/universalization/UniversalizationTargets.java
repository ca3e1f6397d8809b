package org.ccmplatform.universalization;

import java.util.List;
import org.springframework.data.repository.Repository;

interface UniversalizationTargets extends Repository<UniversalizationTarget, Long> {

    /** Every target, earliest first: a handful. */
    List<UniversalizationTarget> findAllByOrderByTargetDateAscIdAsc();

    long count();

    UniversalizationTarget save(UniversalizationTarget target);
}
