package org.ccmplatform.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AuditEntries extends Repository<AuditEntry, Long> {

    /**
     * Entries of the period from {@code from} (inclusive) until {@code until} (exclusive), which are never null:
     * PostgreSQL cannot type a null timestamp parameter in ":from is null".
     */
    @Query("""
            select e from AuditEntry e
            where (:entityType is null or e.entityType = :entityType)
              and (:entityId is null or e.entityId = :entityId)
              and (:actor is null or e.actor = :actor)
              and e.occurredAt >= :from
              and e.occurredAt < :until
            order by e.occurredAt desc, e.id desc
            """)
    Page<AuditEntry> search(@Param("entityType") String entityType, @Param("entityId") String entityId,
            @Param("actor") String actor, @Param("from") Instant from, @Param("until") Instant until,
            Pageable pageable);

    @Query("select distinct e.entityType from AuditEntry e order by e.entityType")
    List<String> entityTypes();
}
