package org.ccmplatform.assistance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Pledges extends Repository<Pledge, Long> {

    String FILTER = """
             (:donorStateId is null or p.donorState.id = :donorStateId)
             and (:donorOrganisationId is null or p.donorOrganisation.id = :donorOrganisationId)
             and (:stateId is null or p.state.id = :stateId) and (:needId is null or p.need.id = :needId)
             and (:coalitionId is null or p.coalitionId = :coalitionId) and (:status is null or p.status = :status)
            """;

    @EntityGraph(attributePaths = {"donorState", "donorOrganisation", "state", "need", "operator"})
    @Query(value = "select p from Pledge p where" + FILTER,
            countQuery = "select count(p) from Pledge p where" + FILTER)
    Page<Pledge> list(@Param("donorStateId") Long donorStateId, @Param("donorOrganisationId") Long donorOrganisationId,
            @Param("stateId") Long stateId, @Param("needId") Long needId, @Param("coalitionId") Long coalitionId,
            @Param("status") PledgeStatus status, Pageable pageable);

    @EntityGraph(attributePaths = {"donorState", "donorOrganisation", "state", "need", "operator"})
    @Query("select p from Pledge p where p.need.id = :needId order by p.recordedOn, p.id")
    List<Pledge> ofNeed(@Param("needId") long needId);

    /** Sums per need, currency, status and span of years: what the funding gaps add up, in one query. */
    @Query("""
            select new org.ccmplatform.assistance.PledgeSum(p.need.id, p.state.id, p.coalitionId, p.currency,
                   p.status, p.fromYear, p.toYear, sum(p.amount))
            from Pledge p where (:stateId is null or p.state.id = :stateId)
            group by p.need.id, p.state.id, p.coalitionId, p.currency, p.status, p.fromYear, p.toYear
            """)
    List<PledgeSum> sums(@Param("stateId") Long stateId);

    @Query("""
            select new org.ccmplatform.assistance.PledgeSum(p.need.id, p.state.id, p.coalitionId, p.currency,
                   p.status, p.fromYear, p.toYear, sum(p.amount))
            from Pledge p where p.need.id = :needId
            group by p.need.id, p.state.id, p.coalitionId, p.currency, p.status, p.fromYear, p.toYear
            """)
    List<PledgeSum> sumsOfNeed(@Param("needId") long needId);

    @Query("""
            select new org.ccmplatform.assistance.PledgeSum(p.need.id, p.state.id, p.coalitionId, p.currency,
                   p.status, p.fromYear, p.toYear, sum(p.amount))
            from Pledge p where p.need.id in :needIds
            group by p.need.id, p.state.id, p.coalitionId, p.currency, p.status, p.fromYear, p.toYear
            """)
    List<PledgeSum> sumsOfNeeds(@Param("needIds") java.util.Collection<Long> needIds);

    /** The donors already giving in a State: (donor State id, donor organisation id). */
    @Query("select distinct p.donorState.id, p.donorOrganisation.id from Pledge p where p.state.id = :stateId")
    List<Object[]> donorsIn(@Param("stateId") long stateId);

    /** The States where one donor already gives. */
    @Query("""
            select distinct p.state.id from Pledge p where (p.donorState.id = :donorStateId)
             or (p.donorOrganisation.id = :donorOrganisationId)
            """)
    List<Long> statesOf(@Param("donorStateId") Long donorStateId,
            @Param("donorOrganisationId") Long donorOrganisationId);

    @EntityGraph(attributePaths = {"donorState", "donorOrganisation", "state", "need", "operator"})
    Optional<Pledge> findById(Long id);

    @EntityGraph(attributePaths = {"donorState", "donorOrganisation", "state", "need", "operator"})
    @Query("select p from Pledge p where" + FILTER + " order by p.id")
    List<Pledge> export(@Param("donorStateId") Long donorStateId,
            @Param("donorOrganisationId") Long donorOrganisationId, @Param("stateId") Long stateId,
            @Param("needId") Long needId, @Param("coalitionId") Long coalitionId,
            @Param("status") PledgeStatus status, Pageable bound);

    long count();

    Pledge save(Pledge pledge);
}
