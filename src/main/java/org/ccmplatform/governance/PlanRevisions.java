package org.ccmplatform.governance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface PlanRevisions extends Repository<PlanRevision, Long> {

    @Query("select r from PlanRevision r where r.plan.id = :plan order by r.revision desc")
    List<PlanRevision> of(@Param("plan") long plan, Pageable pageable);

    @Query("select r from PlanRevision r where r.plan.id = :plan and r.revision = :revision")
    Optional<PlanRevision> find(@Param("plan") long plan, @Param("revision") int revision);

    /** The published revisions of these plans, in one query. */
    @Query("""
            select r from PlanRevision r join r.plan p
            where p.id in :plans and r.revision = p.publishedRevision
            """)
    List<PlanRevision> publishedOf(@Param("plans") Collection<Long> plans);

    /** The latest revision of every plan of a theme (or of all), in one query. */
    @Query("""
            select r from PlanRevision r join r.plan p
            where (:theme is null or p.theme = :theme) and r.revision = p.revision
            """)
    List<PlanRevision> latestOf(@Param("theme") Theme theme);

    PlanRevision save(PlanRevision revision);
}
