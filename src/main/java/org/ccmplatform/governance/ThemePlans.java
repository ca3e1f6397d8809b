package org.ccmplatform.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ThemePlans extends Repository<ThemePlan, Long> {

    /** A term's notes and plans: one per theme at most. */
    @EntityGraph(attributePaths = "term")
    @Query("select p from ThemePlan p where p.term.id = :term order by p.theme")
    List<ThemePlan> ofTerm(@Param("term") long term);

    @Query("select p from ThemePlan p where p.term.id = :term and p.theme = :theme")
    Optional<ThemePlan> find(@Param("term") long term, @Param("theme") Theme theme);

    /** A term's plans with their activities; their targets follow with {@link #targetsOfTerm}. */
    @Query("""
            select distinct p from ThemePlan p join fetch p.term left join fetch p.activities
            where p.term.id = :term
            """)
    List<ThemePlan> ofTermWithActivities(@Param("term") long term);

    @Query("select distinct a from PlanActivity a left join fetch a.targets where a.plan.term.id = :term")
    List<PlanActivity> targetsOfTerm(@Param("term") long term);

    @Query("select p from ThemePlan p join fetch p.term left join fetch p.activities where p.id = :id")
    Optional<ThemePlan> withActivities(@Param("id") long id);

    @Query("select distinct a from PlanActivity a left join fetch a.targets where a.plan.id = :plan")
    List<PlanActivity> targetsOf(@Param("plan") long plan);

    /** Plans of every term, newest first, for one theme or all; published ones only unless asked. A few hundred. */
    @EntityGraph(attributePaths = {"term", "term.presidentState"})
    @Query("""
            select p from ThemePlan p
            where (:theme is null or p.theme = :theme) and (:drafts = true or p.publishedRevision is not null)
            order by p.term.endDate desc, p.theme
            """)
    List<ThemePlan> all(@Param("theme") Theme theme, @Param("drafts") boolean drafts);

    Optional<ThemePlan> findById(Long id);

    ThemePlan save(ThemePlan plan);

    void flush();
}
