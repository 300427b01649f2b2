package vn.thiduaso.platform.idempotency;

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
import jakarta.persistence.EntityManager;

import vn.thiduaso.platform.config.PlatformConfig;
import vn.thiduaso.platform.db.AdvisoryLocks;

/**
 * {@code Idempotency-Key} on creates (DESIGN §5): the same caller retrying an operation with the same
 * key gets the resource the first request made. The key is held by an advisory lock for the
 * transaction, so two concurrent retries cannot both create. Use in a create use case:
 * <pre>
 * Optional&lt;Claim&gt; claim = idempotency.claim(caller, "POST /api/v1/plans", key, requestFields...);
 * if (claim.isPresent() &amp;&amp; claim.get().replayOf() != null) return get(caller, claim.get().replayOf());
 * ... create ...
 * claim.ifPresent(c -&gt; idempotency.remember(c, created.id));
 * </pre>
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,200}");

    /** One create under a key: {@code replayOf} is the resource an earlier request made, if any. */
    public record Claim(String callerId, String operation, String key, String fingerprint, UUID replayOf) {
    }

    private final EntityManager em;
    private final AdvisoryLocks locks;
    private final PlatformConfig config;

    public IdempotencyKeys(EntityManager em, AdvisoryLocks locks, PlatformConfig config) {
        this.em = em;
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
        locks.lock(config.serviceName() + ":idempotency:" + callerId + ":" + operation + ":" + key);
        Optional<IdempotencyRecord> previous = find(callerId, operation, key)
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
        find(claim.callerId(), claim.operation(), claim.key()).ifPresent(expired -> {
            em.remove(expired);
            em.flush();
        });
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = UUID.randomUUID();
        record.callerId = claim.callerId();
        record.operation = claim.operation();
        record.idempotencyKey = claim.key();
        record.fingerprint = claim.fingerprint();
        record.resourceId = resourceId;
        record.createdAt = Instant.now();
        em.persist(record);
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        int removed = em.createQuery("delete from IdempotencyRecord r where r.createdAt < :cutoff")
                .setParameter("cutoff", Instant.now().minus(config.idempotency().retention()))
                .executeUpdate();
        if (removed > 0) {
            Log.infof("Removed %d expired idempotency record(s)", removed);
        }
    }

    private Optional<IdempotencyRecord> find(String callerId, String operation, String key) {
        return em.createQuery("from IdempotencyRecord r where r.callerId = :caller and r.operation = :operation"
                + " and r.idempotencyKey = :key", IdempotencyRecord.class)
                .setParameter("caller", callerId)
                .setParameter("operation", operation)
                .setParameter("key", key)
                .getResultStream().findFirst();
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
