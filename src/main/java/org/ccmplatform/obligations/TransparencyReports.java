package org.ccmplatform.obligations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface TransparencyReports extends Repository<TransparencyReport, Long> {

    /** Which reports were received by a day: State id, kind and year covered (a few per State Party and year). */
    @Query("select r.state.id, r.kind, r.yearCovered from TransparencyReport r where r.receivedOn <= :asOf")
    List<Object[]> receivedBy(@Param("asOf") LocalDate asOf);

    @EntityGraph(attributePaths = "state")
    @Query("select r from TransparencyReport r where r.state.id = :stateId order by r.receivedOn desc")
    List<TransparencyReport> ofState(@Param("stateId") Long stateId);

    @EntityGraph(attributePaths = "state")
    @Query(value = """
            select r from TransparencyReport r where (:stateId is null or r.state.id = :stateId)
            order by r.receivedOn desc, r.id desc
            """, countQuery = "select count(r) from TransparencyReport r where (:stateId is null or r.state.id = :stateId)")
    Page<TransparencyReport> received(@Param("stateId") Long stateId, Pageable pageable);

    @EntityGraph(attributePaths = "state")
    Optional<TransparencyReport> findById(Long id);

    boolean existsByStateIdAndKindAndYearCovered(Long stateId, ReportKind kind, Integer yearCovered);

    boolean existsByStateIdAndKind(Long stateId, ReportKind kind);

    TransparencyReport save(TransparencyReport report);
}
