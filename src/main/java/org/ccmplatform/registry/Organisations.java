package org.ccmplatform.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Organisations extends Repository<Organisation, Long> {

    @EntityGraph(attributePaths = "state")
    Optional<Organisation> findById(Long id);

    Optional<Organisation> findByName(String name);

    boolean existsByNameIgnoreCase(String name);

    @EntityGraph(attributePaths = "state")
    @Query("""
            select o from Organisation o
            where (:kind is null or o.kind = :kind)
              and (:pattern is null or o.searchName like :pattern escape '\\')
            """)
    Page<Organisation> search(@Param("kind") OrganisationKind kind, @Param("pattern") String pattern,
            Pageable pageable);

    List<Organisation> findTop1000ByOrderByNameAsc();

    Organisation save(Organisation organisation);
}
