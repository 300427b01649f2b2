package vn.thiduaso.report.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.report.domain.IdempotencyRecord;

@ApplicationScoped
public class IdempotencyRecordRepository implements PanacheRepositoryBase<IdempotencyRecord, UUID> {

    public Optional<IdempotencyRecord> find(String callerId, String operation, String key) {
        return find("callerId = ?1 and operation = ?2 and idempotencyKey = ?3", callerId, operation, key).firstResultOptional();
    }

    public long deleteOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
