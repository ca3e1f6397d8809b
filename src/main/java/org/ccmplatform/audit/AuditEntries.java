package org.ccmplatform.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AuditEntries extends Repository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where (:entityType is null or e.entityType = :entityType)
              and (:entityId is null or e.entityId = :entityId)
              and (:actor is null or e.actor = :actor)
              and (:from is null or e.occurredAt >= :from)
              and (:until is null or e.occurredAt < :until)
            order by e.occurredAt desc, e.id desc
            """)
    Page<AuditEntry> search(@Param("entityType") String entityType, @Param("entityId") String entityId,
            @Param("actor") String actor, @Param("from") Instant from, @Param("until") Instant until,
            Pageable pageable);

    @Query("select distinct e.entityType from AuditEntry e order by e.entityType")
    List<String> entityTypes();
}
