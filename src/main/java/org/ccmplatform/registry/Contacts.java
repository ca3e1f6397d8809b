package org.ccmplatform.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Contacts extends Repository<Contact, Long> {

    @EntityGraph(attributePaths = {"state", "organisation"})
    Optional<Contact> findById(Long id);

    @EntityGraph(attributePaths = {"state", "organisation"})
    @Query("""
            select c from Contact c
            where (:pattern is null or c.searchName like :pattern escape '\\')
              and (:stateId is null or c.state.id = :stateId)
              and (:organisationId is null or c.organisation.id = :organisationId)
            """)
    Page<Contact> search(@Param("pattern") String pattern, @Param("stateId") Long stateId,
            @Param("organisationId") Long organisationId, Pageable pageable);

    @EntityGraph(attributePaths = "state")
    List<Contact> findByStateIdInOrderBySearchNameAsc(Collection<Long> stateIds);

    Contact save(Contact contact);
}
