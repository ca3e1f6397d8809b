package org.ccmplatform.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One create, change or delete of an audited record. Written by the trail itself, never edited. */
@Entity
@Immutable
public class AuditEntry {

    @Id
    private Long id;

    private Instant occurredAt;

    private String actor;

    private String action;

    private String entityType;

    private String entityId;

    private String changes;

    protected AuditEntry() {}

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String changes() {
        return changes;
    }
}
