package org.ccmplatform.coalitions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface CoalitionMembers extends Repository<CoalitionMember, Long> {

    @EntityGraph(attributePaths = {"state", "organisation"})
    @Query("select m from CoalitionMember m where m.coalition = :coalition order by m.role, m.id")
    List<CoalitionMember> ofCoalition(@Param("coalition") Coalition coalition);

    @EntityGraph(attributePaths = {"state", "organisation", "coalition"})
    @Query("select m from CoalitionMember m where m.coalition in :coalitions")
    List<CoalitionMember> ofCoalitions(@Param("coalitions") Collection<Coalition> coalitions);

    Optional<CoalitionMember> findByIdAndCoalition(Long id, Coalition coalition);

    @Query("select count(m) > 0 from CoalitionMember m where m.coalition = :coalition and m.state.id = :stateId")
    boolean hasState(@Param("coalition") Coalition coalition, @Param("stateId") Long stateId);

    @Query("""
            select count(m) > 0 from CoalitionMember m
            where m.coalition = :coalition and m.organisation.id = :organisationId
            """)
    boolean hasOrganisation(@Param("coalition") Coalition coalition, @Param("organisationId") Long organisationId);

    CoalitionMember save(CoalitionMember member);

    void delete(CoalitionMember member);
}
