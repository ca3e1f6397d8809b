package org.ccmplatform.obligations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Obligations extends Repository<Obligation, Long> {

    @EntityGraph(attributePaths = "state")
    Optional<Obligation> findById(Long id);

    /** Every obligation with its State: a bounded set (States Parties times articles, a few hundred). */
    @EntityGraph(attributePaths = "state")
    @Query("select o from Obligation o")
    List<Obligation> everyOne();

    @EntityGraph(attributePaths = "state")
    @Query("select o from Obligation o where o.state.id = :stateId order by o.article, o.basis")
    List<Obligation> ofState(@Param("stateId") Long stateId);

    @Query("select o from Obligation o where o.state.id in :stateIds and o.article = :article")
    List<Obligation> ofStates(@Param("stateIds") Collection<Long> stateIds, @Param("article") Article article);

    @EntityGraph(attributePaths = "state")
    @Query("select o from Obligation o where o.id in :ids")
    List<Obligation> withIds(@Param("ids") Collection<Long> ids);

    boolean existsByStateIdAndArticleAndBasis(Long stateId, Article article, String basis);

    Optional<Obligation> findByStateIdAndArticleAndBasis(Long stateId, Article article, String basis);

    Obligation save(Obligation obligation);
}
