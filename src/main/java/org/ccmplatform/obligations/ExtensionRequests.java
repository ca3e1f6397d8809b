package org.ccmplatform.obligations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ExtensionRequests extends Repository<ExtensionRequest, Long> {

    @EntityGraph(attributePaths = {"obligation", "obligation.state", "decidedAtMeeting", "analysisGroup"})
    Optional<ExtensionRequest> findById(Long id);

    @EntityGraph(attributePaths = "decidedAtMeeting")
    @Query("""
            select r from ExtensionRequest r
            where r.obligation in :obligations and r.status = org.ccmplatform.obligations.RequestStatus.GRANTED
            order by r.grantedDeadline
            """)
    List<ExtensionRequest> grantedFor(@Param("obligations") Collection<Obligation> obligations);

    @EntityGraph(attributePaths = "decidedAtMeeting")
    List<ExtensionRequest> findByObligationOrderByIdAsc(Obligation obligation);

    /** Submitted requests are public; a draft is read by its State's focal points and the ISU. */
    @EntityGraph(attributePaths = {"obligation", "obligation.state"})
    @Query(value = """
            select r from ExtensionRequest r
            where r.status <> org.ccmplatform.obligations.RequestStatus.DRAFT or :everyDraft = true
               or r.obligation.state.id = :draftsOfState
            order by r.id desc
            """, countQuery = """
            select count(r) from ExtensionRequest r
            where r.status <> org.ccmplatform.obligations.RequestStatus.DRAFT or :everyDraft = true
               or r.obligation.state.id = :draftsOfState
            """)
    Page<ExtensionRequest> newestFirst(@Param("draftsOfState") Long draftsOfState,
            @Param("everyDraft") boolean everyDraft, Pageable pageable);

    ExtensionRequest save(ExtensionRequest request);
}
