package org.ccmplatform.audit;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.stereotype.Component;

/** Hooks the audit trail into Hibernate's events for every entity. */
@Component
class AuditTrailRegistration {

    AuditTrailRegistration(EntityManagerFactory entityManagerFactory, AuditTrail trail) {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, trail);
        registry.appendListeners(EventType.POST_UPDATE, trail);
        registry.appendListeners(EventType.POST_DELETE, trail);
    }
}
