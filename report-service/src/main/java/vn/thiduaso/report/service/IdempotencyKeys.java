package vn.thiduaso.report.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.config.ReportConfig;
import vn.thiduaso.report.domain.IdempotencyRecord;
import vn.thiduaso.report.repository.IdempotencyRecordRepository;
import vn.thiduaso.report.repository.Locks;

/**
 * {@code Idempotency-Key} on creates: the same caller retrying an operation with the same key gets
 * the resource the first request made. The key is held by an advisory lock for the transaction, so
 * two concurrent retries cannot both create.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,200}");

    /** One create under a key: {@code replayOf} is the resource an earlier request made, if any. */
    public record Claim(String callerId, String operation, String key, String fingerprint, UUID replayOf) {
    }

    private final IdempotencyRecordRepository records;
    private final Locks locks;
    private final ReportConfig config;

    public IdempotencyKeys(IdempotencyRecordRepository records, Locks locks, ReportConfig config) {
        this.records = records;
        this.locks = locks;
        this.config = config;
    }

    /**
     * Empty when the request carries no key. Otherwise locks the key and tells whether it was used
     * before; a key reused for a different request is a 409.
     */
    @Transactional(TxType.MANDATORY)
    public Optional<Claim> claim(CallerScope caller, String operation, String key, String... request) {
        if (key == null) {
            return Optional.empty();
        }
        if (!VALID.matcher(key).matches()) {
            throw new InvalidFieldException(HEADER, "Idempotency-Key phải gồm 1–200 ký tự ASCII in được, không có khoảng trắng");
        }
        String callerId = caller.userId() != null ? caller.userId().toString() : caller.username();
        String fingerprint = fingerprint(request);
        locks.lock("report-service:idempotency:" + callerId + ":" + operation + ":" + key);
        Optional<IdempotencyRecord> previous = records.find(callerId, operation, key)
                .filter(r -> r.createdAt.isAfter(Instant.now().minus(config.idempotency().retention())));
        if (previous.isPresent() && !previous.get().fingerprint.equals(fingerprint)) {
            throw new ConflictException("Idempotency-Key này đã được dùng cho một yêu cầu khác");
        }
        return Optional.of(new Claim(callerId, operation, key, fingerprint,
                previous.map(r -> r.resourceId).orElse(null)));
    }

    /** Records what the create under the claimed key made (replacing an expired record of the key). */
    @Transactional(TxType.MANDATORY)
    public void remember(Claim claim, UUID resourceId) {
        records.find(claim.callerId(), claim.operation(), claim.key()).ifPresent(expired -> {
            records.delete(expired);
            records.flush();
        });
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = UUID.randomUUID();
        record.callerId = claim.callerId();
        record.operation = claim.operation();
        record.idempotencyKey = claim.key();
        record.fingerprint = claim.fingerprint();
        record.resourceId = resourceId;
        record.createdAt = Instant.now();
        records.persist(record);
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        long removed = records.deleteOlderThan(Instant.now().minus(config.idempotency().retention()));
        if (removed > 0) {
            Log.infof("Removed %d expired idempotency record(s)", removed);
        }
    }

    private static String fingerprint(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
