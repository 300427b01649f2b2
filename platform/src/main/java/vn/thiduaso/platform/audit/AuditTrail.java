package vn.thiduaso.platform.audit;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.UnitPaths;

/**
 * The audit log (nhật ký thay đổi). Rows are written by the {@code platform_audit} trigger of each
 * hooked table, in the same transaction as the change; this bean tells the trigger who acts
 * ({@code set_config('thiduaso.actor', …, true)}, local to the transaction) and reads the log back.
 * {@link AuditListener} calls {@link #stampCurrentCaller()} before every insert, update or delete of
 * an annotated entity; bulk SQL updates call {@link #actor(String)} first.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Object ACTOR_KEY = AuditTrail.class.getName() + ".actor";

    /** One changed column: its values before and after (JSON, null when absent). */
    public record Change(String field, JsonNode before, JsonNode after) {
    }

    /** One audit row as callers see it. */
    public record Entry(long id, Instant at, String actor, String action, String objectType, String objectId,
            String unitPath, List<Change> changes) {
    }

    /** Filters of {@link #search}; any may be null. */
    public record Filter(String objectType, String objectId, String actor, Instant from, Instant to) {
    }

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper json;

    public AuditTrail(EntityManager em, TransactionSynchronizationRegistry transactions, ObjectMapper json) {
        this.em = em;
        this.transactions = transactions;
        this.json = json;
    }

    /** Names the actor of the current transaction (once per transaction and name). */
    public void actor(String name) {
        String actor = name == null || name.isBlank() ? "anonymous" : name;
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        if (actor.equals(transactions.getResource(ACTOR_KEY))) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select set_config('thiduaso.actor', ?, true)")) {
                ps.setString(1, actor);
                ps.execute();
            }
        });
        transactions.putResource(ACTOR_KEY, actor);
    }

    /** The actor is the caller of the current request, else the system. */
    public void stampCurrentCaller() {
        ManagedContext request = Arc.container().requestContext();
        String name = "system";
        if (request.isActive()) {
            CallerScope caller = Arc.container().instance(CallerScope.class).get();
            try {
                name = Objects.requireNonNullElse(caller.username(), "anonymous");
            } catch (RuntimeException noToken) {
                name = "anonymous";
            }
        }
        actor(name);
    }

    /** Audit rows about units at or below {@code scope}, newest first. */
    @Transactional
    public PageResponse<Entry> search(String scope, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!UnitPaths.ROOT.equals(scope)) {
            where.append(" and (unit_path = ? or unit_path like ?)");
            params.add(scope);
            params.add(UnitPaths.descendantsPattern(scope));
        }
        if (filter.objectType() != null) {
            where.append(" and object_type = ?");
            params.add(filter.objectType());
        }
        if (filter.objectId() != null) {
            where.append(" and object_id = ?");
            params.add(filter.objectId());
        }
        if (filter.actor() != null) {
            where.append(" and actor = ?");
            params.add(filter.actor());
        }
        if (filter.from() != null) {
            where.append(" and at >= ?");
            params.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" and at < ?");
            params.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        Query count = em.createNativeQuery("select count(*) from audit_log" + where);
        Query rows = em.createNativeQuery("select id, at, actor, action, object_type, object_id, unit_path, changes::text"
                + " from audit_log" + where + " order by id desc limit " + size + " offset " + ((long) page * size));
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            rows.setParameter(i + 1, params.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<Entry> entries = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            entries.add(new Entry(((Number) r[0]).longValue(), toInstant(r[1]), (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], changes((String) r[7])));
        }
        return new PageResponse<>(entries, page, size, total);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private List<Change> changes(String text) {
        try {
            return json.readValue(text, new TypeReference<List<Change>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_log.changes is not the expected JSON", e);
        }
    }
}
