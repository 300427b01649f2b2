package vn.thiduaso.platform.idempotency;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a create with an {@code Idempotency-Key} produced, so that the same caller retrying with the
 * same key gets the same resource instead of a second one.
 */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    public UUID id;

    @Column(name = "caller_id", nullable = false)
    public String callerId;

    /** E.g. {@code report-service:POST /api/v1/reports}: the same key may be used once per operation. */
    @Column(nullable = false)
    public String operation;

    @Column(name = "idem_key", nullable = false)
    public String idempotencyKey;

    /** SHA-256 of the request; a key reused for a different request is refused. */
    @Column(nullable = false)
    public String fingerprint;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
