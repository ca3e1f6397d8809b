package org.ccmplatform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ccmplatform.shared.Audited;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an audit entry for every insert, update and delete of an {@link Audited} entity, on the same connection and
 * in the same transaction as the change itself: the change and its record commit or roll back together.
 */
@Component
class AuditTrail implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    static final String SYSTEM = "system";
    static final String CONFIDENTIAL = "confidential";

    private static final String INSERT = """
            insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, changes)
            values (?, ?, ?, ?, ?, ?)""";

    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Audited audited = audited(event.getEntity());
        if (audited != null) {
            record(event.getSession(), AuditTrailActions.CREATE, event.getPersister(), event.getId(),
                    values(event.getPersister(), null, event.getState(), audited, event.getSession()));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Audited audited = audited(event.getEntity());
        if (audited == null) {
            return;
        }
        Map<String, Object> changes =
                values(event.getPersister(), event.getOldState(), event.getState(), audited, event.getSession());
        if (!changes.isEmpty() || audited.confidential()) {
            record(event.getSession(), AuditTrailActions.UPDATE, event.getPersister(), event.getId(), changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        Audited audited = audited(event.getEntity());
        if (audited != null) {
            record(event.getSession(), AuditTrailActions.DELETE, event.getPersister(), event.getId(),
                    values(event.getPersister(), event.getDeletedState(), null, audited, event.getSession()));
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static Audited audited(Object entity) {
        return audited(entity.getClass());
    }

    private static Audited audited(Class<?> type) {
        return type.getAnnotation(Audited.class);
    }

    /** Each property that differs between the two states: {"name": {"from": old, "to": new}}. */
    private static Map<String, Object> values(EntityPersister persister, Object[] before, Object[] after,
            Audited audited, SharedSessionContractImplementor session) {
        String[] names = persister.getPropertyNames();
        Set<String> masked = Set.of(audited.masked());
        Set<String> ignored = Set.of(audited.ignored());
        Map<String, Object> changes = new LinkedHashMap<>();
        if (audited.confidential()) {
            return changes;
        }
        for (int i = 0; i < names.length; i++) {
            if (ignored.contains(names[i]) || persister.getPropertyTypes()[i].isCollectionType()
                    || names[i].equals(persister.getVersionMapping() == null ? null
                            : persister.getVersionMapping().getVersionAttribute().getAttributeName())) {
                continue;
            }
            Object from = before == null ? null : plain(before[i], session);
            Object to = after == null ? null : plain(after[i], session);
            if (java.util.Objects.equals(from, to)) {
                continue;
            }
            if (masked.contains(names[i])) {
                changes.put(names[i], Map.of("changed", true));
            } else {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("from", from);
                change.put("to", to);
                changes.put(names[i], change);
            }
        }
        return changes;
    }

    /** A value as the trail keeps it: text, or the id of a referenced record. */
    private static Object plain(Object value, SharedSessionContractImplementor session) {
        if (value == null) {
            return null;
        }
        if (value instanceof HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getIdentifier();
        }
        if (value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
            return session.getFactory().getPersistenceUnitUtil().getIdentifier(value);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }

    private void record(SharedSessionContractImplementor session, String action, EntityPersister persister,
            Object id, Map<String, Object> changes) {
        boolean confidential = audited(persister.getMappedClass()).confidential();
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            insert.setString(2, confidential ? CONFIDENTIAL : actor());
            insert.setString(3, action);
            insert.setString(4, simpleName(persister.getEntityName()));
            insert.setString(5, String.valueOf(id));
            insert.setString(6, json.writeValueAsString(changes));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new HibernateException("Could not write the audit trail", e);
        }
    }

    private static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
