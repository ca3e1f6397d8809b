package org.ccmplatform.coalitions;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Coalitions extends Repository<Coalition, Long> {

    @EntityGraph(attributePaths = "state")
    Optional<Coalition> findById(Long id);

    @EntityGraph(attributePaths = "state")
    @Query("""
            select c from Coalition c
            where (:status is null or c.status = :status)
            order by c.name
            """)
    Page<Coalition> list(@Param("status") CoalitionStatus status, Pageable pageable);

    boolean existsByStateIdAndName(Long stateId, String name);

    Coalition save(Coalition coalition);
}
