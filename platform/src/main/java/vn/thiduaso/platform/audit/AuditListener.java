package vn.thiduaso.platform.audit;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

import io.quarkus.arc.Arc;

/**
 * Hooks an entity into the audit log: {@code @EntityListeners(AuditListener.class)} on the entity plus
 * {@code select platform_audit_table('table', 'objectType', 'path_column');} in the service's
 * migration. Before Hibernate writes the row, the caller of the request becomes the transaction's
 * actor; the trigger then records the change in the same transaction.
 */
public class AuditListener {

    @PrePersist
    @PreUpdate
    @PreRemove
    void stampActor(Object entity) {
        Arc.container().instance(AuditTrail.class).get().stampCurrentCaller();
    }
}
