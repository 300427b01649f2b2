package vn.thiduaso.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.config.PlatformConfig;
import vn.thiduaso.platform.events.TopicProvisioner;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.test.OutboxAdminCalls;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;
import vn.thiduaso.platform.test.Tokens;

/**
 * The relay as several instances of a service run it, on the real database and broker: each event
 * once, per-aggregate order kept, a row that can never be sent parked without blocking anyone else,
 * no row lock held while the broker is awaited, and the admin view of all that.
 */
@QuarkusTest
class OutboxRelayTest {

    private static final String DB = "plan_test";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay scheduledRelay;

    @Inject
    EntityManager em;

    @Inject
    PlatformConfig config;

    @Inject
    TopicProvisioner topics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void twoInstancesUnderLoadSendEachEventOnceAndKeepEveryAggregatesOrder() throws Exception {
        String marker = "order-" + UUID.randomUUID().toString().substring(0, 8);
        int aggregates = 4;
        int perAggregate = 60;
        List<String> keys = new ArrayList<>();
        for (int a = 0; a < aggregates; a++) {
            keys.add(marker + "-" + a);
        }
        // Two more instances (own producer each) besides this instance's scheduled relay.
        List<OutboxRelay> instances = List.of(instance(5, config.outbox().maxAttempts(), null),
                instance(7, config.outbox().maxAttempts(), null));
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (OutboxRelay relay : instances) {
                running.add(pool.submit(() -> {
                    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                    while (System.nanoTime() < end && (writing.get() || unsent(marker) > 0)) {
                        if (relay.relayBatch() == 0) {
                            Thread.sleep(5);
                        }
                    }
                    return null;
                }));
            }
            // The load: the events of all aggregates interleaved, a few per transaction, while the relays run.
            for (int n = 0; n < perAggregate; n += 3) {
                int first = n;
                QuarkusTransaction.requiringNew().run(() -> {
                    for (int i = first; i < first + 3; i++) {
                        for (String key : keys) {
                            outbox.publish(Topics.PLANS, "RelayOrderProbe", 1, key, null, Map.of("marker", marker, "n", i));
                        }
                    }
                });
            }
            writing.set(false);
            for (Future<?> f : running) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
        assertEquals(0, unsent(marker), "every row relayed");
        int total = aggregates * perAggregate;
        try (TestKafka.TopicProbe probe = TestKafka.probe(Topics.PLANS)) {
            // Every row is marked sent only after its acknowledgement: all records are on the topic now.
            List<ConsumerRecord<String, String>> records = awaitCount(probe, marker, total);
            assertEquals(total, records.size(), "each event exactly once, none twice");
            assertEquals(total, records.stream().map(r -> field(r, "eventId")).distinct().count());
            Map<String, List<Integer>> order = new HashMap<>();
            for (ConsumerRecord<String, String> r : records) {
                order.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(payload(r).get("n").asInt());
            }
            for (String key : keys) {
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < perAggregate; i++) {
                    expected.add(i);
                }
                assertEquals(expected, order.get(key), "events of " + key + " in the order they were written");
            }
        }
    }

    @Test
    void aRowThatCanNeverBeSentIsParkedAndHoldsBackOnlyTheLaterRowsOfItsAggregate() {
        String marker = "park-" + UUID.randomUUID().toString().substring(0, 8);
        String stuck = marker + "-x";
        String other = marker + "-y";
        int maxAttempts = 3;
        UUID[] ids = new UUID[3];
        QuarkusTransaction.requiringNew().run(() -> {
            // Larger than the producer's max.request.size (1 MB): the broker path refuses it every time.
            ids[0] = outbox.publish(Topics.PLANS, "RelayParkProbe", 1, stuck, null,
                    Map.of("marker", marker, "n", 0, "blob", "a".repeat(1_200_000))).eventId();
            ids[1] = outbox.publish(Topics.PLANS, "RelayParkProbe", 1, stuck, null, Map.of("marker", marker, "n", 1)).eventId();
            ids[2] = outbox.publish(Topics.PLANS, "RelayParkProbe", 1, other, null, Map.of("marker", marker, "n", 0)).eventId();
        });
        OutboxRelay relay = instance(10, maxAttempts, null);
        try (TestKafka.TopicProbe probe = TestKafka.probe(Topics.PLANS)) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
                relay.relayBatch();
                return TestDatabase.count(DB, "select count(*) from outbox_event where event_id = '" + ids[0]
                        + "' and parked_at is not null") == 1;
            });
            // The other aggregate went out while the stuck row was still being retried ...
            assertEquals(1, TestDatabase.count(DB, "select count(*) from outbox_event y, outbox_event x where y.event_id = '"
                    + ids[2] + "' and x.event_id = '" + ids[0] + "' and y.sent_at < x.parked_at"));
            // ... the later row of the stuck aggregate waited for the parking, then went out.
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                relay.relayBatch();
                return TestDatabase.count(DB, "select count(*) from outbox_event where event_id = '" + ids[1]
                        + "' and sent_at is not null") == 1;
            });
            assertEquals(1, TestDatabase.count(DB, "select count(*) from outbox_event r, outbox_event x where r.event_id = '"
                    + ids[1] + "' and x.event_id = '" + ids[0] + "' and r.sent_at >= x.parked_at"));
            // The parked row keeps why, and how often it was tried; it is no longer retried.
            assertEquals(1, TestDatabase.count(DB, "select count(*) from outbox_event where event_id = '" + ids[0]
                    + "' and sent_at is null and attempts >= " + maxAttempts + " and last_error like 'RecordTooLargeException%'"));
            String attempts = TestDatabase.text(DB, "select attempts from outbox_event where event_id = '" + ids[0] + "'");
            for (int i = 0; i < 5; i++) {
                relay.relayBatch();
                scheduledRelay.relayBatch();
            }
            assertEquals(attempts, TestDatabase.text(DB, "select attempts from outbox_event where event_id = '" + ids[0] + "'"));

            // On the topic: the later row of the stuck aggregate (a positive signal) and the other aggregate; never the stuck row.
            probe.await(Duration.ofSeconds(10), marker, "\"n\":1");
            List<ConsumerRecord<String, String>> seen = probe.collect(Duration.ofMillis(500), marker);
            assertEquals(Set.of(ids[1].toString(), ids[2].toString()),
                    Set.copyOf(seen.stream().map(r -> field(r, "eventId")).toList()));

            // The admin sees it, with its error.
            given().header("Authorization", Tokens.role("admin").bearer()).queryParam("state", "parked").queryParam("size", 100)
                    .get("/api/v1/admin/outbox")
                    .then().statusCode(200)
                    .body("items.eventId", hasItem(ids[0].toString()))
                    .body("items.find { it.eventId == '" + ids[0] + "' }.aggregate", equalTo(stuck))
                    .body("items.find { it.eventId == '" + ids[0] + "' }.type", equalTo("RelayParkProbe"))
                    .body("items.find { it.eventId == '" + ids[0] + "' }.lastError",
                            org.hamcrest.Matchers.startsWith("RecordTooLargeException"));
        }
    }

    @Test
    void aRowForATopicThatDoesNotExistIsParkedAfterItsAttemptsWhileOthersFlow() {
        String marker = "missing-" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "no-such-topic-" + marker; // the brokers create no topic on demand
        UUID[] ids = new UUID[2];
        QuarkusTransaction.requiringNew().run(() -> {
            ids[0] = outbox.publish(topic, "RelayParkProbe", 1, marker + "-x", null, Map.of("marker", marker)).eventId();
            ids[1] = outbox.publish(Topics.PLANS, "RelayParkProbe", 1, marker + "-y", null, Map.of("marker", marker)).eventId();
        });
        OutboxRelay relay = instance(10, 3, Duration.ofSeconds(1), null);
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(20)).until(() -> {
            relay.relayBatch();
            return TestDatabase.count(DB, "select count(*) from outbox_event where event_id = '" + ids[0]
                    + "' and parked_at is not null") == 1;
        });
        assertEquals(1, TestDatabase.count(DB, "select count(*) from outbox_event where event_id = '" + ids[0]
                + "' and attempts >= 3 and last_error like 'TimeoutException%" + topic + "%'"));
        assertEquals(1, TestDatabase.count(DB, "select count(*) from outbox_event y, outbox_event x where y.event_id = '"
                + ids[1] + "' and x.event_id = '" + ids[0] + "' and y.sent_at < x.parked_at"));
    }

    @Test
    void noRowLockIsHeldWhileTheBrokerIsAwaitedAndTheLeaseKeepsOtherInstancesOff() throws Exception {
        String marker = "lease-" + UUID.randomUUID().toString().substring(0, 8);
        Set<UUID> slowRows = java.util.concurrent.ConcurrentHashMap.newKeySet();
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OutboxRelay slow = instance(10, 10, new OutboxPublisher(bootstrapServers, config) {
            @Override
            public Future<RecordMetadata> send(OutboxEvent event) {
                if (!slowRows.contains(event.eventId)) {
                    return super.send(event);
                }
                sending.countDown();
                // A broker that takes its time to acknowledge.
                return CompletableFuture.supplyAsync(() -> {
                    try {
                        release.await(20, TimeUnit.SECONDS);
                        return super.send(event).get(5, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        });
        OutboxRelay otherInstance = instance(10, 10, null);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            UUID id = null;
            Future<Integer> wave = null;
            // Written without a nudge; should this instance's poll still take the row first, try again with another.
            for (int i = 0; i < 5 && wave == null; i++) {
                id = UUID.randomUUID();
                slowRows.add(id);
                TestDatabase.execute(DB, "insert into outbox_event (event_id, topic, message_key, event_type, envelope, created_at)"
                        + " values ('" + id + "', 'plans', '" + marker + "', 'RelayLeaseProbe', '{\"eventId\":\"" + id
                        + "\",\"type\":\"RelayLeaseProbe\",\"marker\":\"" + marker + "\"}', now())");
                Future<Integer> attempt = pool.submit(slow::relayBatch);
                if (sending.await(2, TimeUnit.SECONDS)) {
                    wave = attempt;
                } else {
                    attempt.get(10, TimeUnit.SECONDS);
                }
            }
            assertTrue(wave != null, "the slow instance never got a row");
            UUID claimed = id;
            // The slow instance is waiting for the broker: the row is not locked ...
            try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(DB), TestDatabase.user(), TestDatabase.password());
                    Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.executeQuery("select 1 from outbox_event where event_id = '" + claimed + "' for update nowait").close();
                c.rollback();
            }
            // ... but it is leased: neither another instance nor this one's scheduled relay sends it meanwhile.
            otherInstance.relayBatch();
            scheduledRelay.relayBatch();
            assertEquals(1, TestDatabase.count(DB, "select count(*) from outbox_event where event_id = '" + claimed
                    + "' and sent_at is null and claimed_until > now()"));
            release.countDown();
            assertEquals(1, wave.get(15, TimeUnit.SECONDS));
            assertEquals(1, TestDatabase.count(DB, "select count(*) from outbox_event where event_id = '" + claimed
                    + "' and sent_at is not null and claimed_until is null"));
            try (TestKafka.TopicProbe probe = TestKafka.probe(Topics.PLANS)) {
                assertEquals(1, awaitCount(probe, claimed.toString(), 1).size(), "sent once");
            }
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aLeaseLeftByARelayThatDiedExpiresAndAnotherInstanceSendsTheRow() {
        String marker = "dead-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = UUID.randomUUID();
        // As a relay that claimed the row and died would leave it.
        TestDatabase.execute(DB, "insert into outbox_event (event_id, topic, message_key, event_type, envelope, created_at,"
                + " claimed_until) values ('" + id + "', 'plans', '" + marker + "', 'RelayLeaseProbe', '{\"eventId\":\"" + id
                + "\",\"type\":\"RelayLeaseProbe\",\"marker\":\"" + marker + "\"}', now(), now() + interval '1 hour')");
        OutboxRelay relay = instance(10, 10, null);
        relay.relayBatch();
        scheduledRelay.relayBatch();
        assertEquals(1, unsent(marker), "a live lease is respected");
        TestDatabase.execute(DB, "update outbox_event set claimed_until = now() - interval '1 second' where event_id = '" + id + "'");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            relay.relayBatch();
            return unsent(marker) == 0;
        });
        try (TestKafka.TopicProbe probe = TestKafka.probe(Topics.PLANS)) {
            probe.await(Duration.ofSeconds(10), marker);
        }
    }

    @Test
    void anAdminRetriesAParkedRowAndItIsSent() {
        UUID id = OutboxAdminCalls.parkedRow(DB);
        String admin = Tokens.role("admin").bearer();
        given().header("Authorization", admin).queryParam("state", "parked").queryParam("size", 100).get("/api/v1/admin/outbox")
                .then().statusCode(200).body("items.eventId", hasItem(id.toString()));
        given().header("Authorization", admin).post("/api/v1/admin/outbox/" + id + "/retry")
                .then().statusCode(202).body("eventId", equalTo(id.toString())).body("attempts", equalTo(0))
                .body("parkedAt", org.hamcrest.Matchers.nullValue());
        try (TestKafka.TopicProbe probe = TestKafka.probe(Topics.PLANS)) {
            probe.await(Duration.ofSeconds(15), id.toString(), "OutboxRetryProbe");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> TestDatabase.count(DB,
                "select count(*) from outbox_event where event_id = '" + id + "' and sent_at is not null") == 1);
        // Sent now: a second retry is a conflict.
        given().header("Authorization", admin).post("/api/v1/admin/outbox/" + id + "/retry")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theAdminOutboxIsForAdminsOnly() {
        UUID parked = OutboxAdminCalls.parkedRow(DB);
        given().get("/api/v1/admin/outbox").then().statusCode(401);
        given().post("/api/v1/admin/outbox/" + parked + "/retry").then().statusCode(401);
        for (String role : List.of("office", "leader", "council", "unit", "board")) {
            given().header("Authorization", Tokens.role(role).bearer()).get("/api/v1/admin/outbox").then().statusCode(403);
            given().header("Authorization", Tokens.role(role).bearer()).post("/api/v1/admin/outbox/" + parked + "/retry")
                    .then().statusCode(403);
        }
        assertEquals(1, TestDatabase.count(DB, "select count(*) from outbox_event where event_id = '" + parked
                + "' and parked_at is not null"), "a refused retry changes nothing");
        String admin = Tokens.role("admin").bearer();
        given().header("Authorization", admin).post("/api/v1/admin/outbox/" + UUID.randomUUID() + "/retry")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", admin).post("/api/v1/admin/outbox/not-a-uuid/retry").then().statusCode(404);
        given().header("Authorization", admin).post("/api/v1/admin/outbox/" + OutboxAdminCalls.sentRow(DB) + "/retry")
                .then().statusCode(409);
        given().header("Authorization", admin).queryParam("state", "sent").get("/api/v1/admin/outbox")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", admin).queryParam("size", 1000).get("/api/v1/admin/outbox").then().statusCode(400);
        given().header("Authorization", admin).queryParam("page", 2147483647).get("/api/v1/admin/outbox").then().statusCode(400);
        given().header("Authorization", admin).queryParam("state", "pending").get("/api/v1/admin/outbox")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
    }

    @Test
    void nothingIsSentBeforeTheTopicsAreProvisioned() {
        String marker = "gate-" + UUID.randomUUID().toString().substring(0, 8);
        java.util.concurrent.atomic.AtomicInteger sends = new java.util.concurrent.atomic.AtomicInteger();
        // An instance whose topic provisioning has not finished (its broker never answered).
        TopicProvisioner notYet = new TopicProvisioner("127.0.0.1:1", 3, "plan-service");
        OutboxRelay starting = new OutboxRelay(em, new OutboxPublisher(bootstrapServers, config) {
            @Override
            public Future<RecordMetadata> send(OutboxEvent event) {
                sends.incrementAndGet();
                return super.send(event);
            }
        }, config, notYet);
        for (int i = 0; i < 3; i++) {
            UUID id = UUID.randomUUID();
            TestDatabase.execute(DB, "insert into outbox_event (event_id, topic, message_key, event_type, envelope, created_at)"
                    + " values ('" + id + "', 'plans', '" + marker + i + "', 'RelayGateProbe', '{\"eventId\":\"" + id
                    + "\",\"marker\":\"" + marker + "\"}', now())");
            assertEquals(0, starting.relayBatch());
        }
        assertEquals(0, sends.get(), "a relay sent before its topics existed");
        // The instance whose provisioning is done sends them (the positive signal).
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            scheduledRelay.relayBatch();
            return unsent(marker) == 0;
        });
        assertEquals(0, sends.get());
    }

    @Test
    void theProvisionerCreatesEveryTopicTheServiceUsesWithItsSettings() throws Exception {
        assertTrue(topics.done());
        org.eclipse.microprofile.config.Config all = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        List<String> used = new ArrayList<>();
        for (String name : all.getPropertyNames()) {
            if (name.startsWith("mp.messaging.") && name.endsWith(".topic")) {
                used.add(all.getValue(name, String.class));
            }
        }
        used.add(Topics.deadLetter("plan-service"));
        assertTrue(topics.wanted().containsAll(used), "used " + used + ", provisioned " + topics.wanted());
        java.util.Properties props = new java.util.Properties();
        props.put("bootstrap.servers", bootstrapServers);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(props)) {
            Map<String, org.apache.kafka.clients.admin.TopicDescription> described = admin.describeTopics(topics.wanted())
                    .allTopicNames().get(10, TimeUnit.SECONDS);
            assertEquals(Set.copyOf(topics.wanted()), described.keySet());
            described.values().forEach(d -> assertEquals(3, d.partitions().size(), d.name()));
            List<org.apache.kafka.common.config.ConfigResource> compacted = Topics.COMPACTED.stream()
                    .map(t -> new org.apache.kafka.common.config.ConfigResource(org.apache.kafka.common.config.ConfigResource.Type.TOPIC, t))
                    .toList();
            admin.describeConfigs(compacted).all().get(10, TimeUnit.SECONDS).forEach((resource, topicConfig) -> assertEquals(
                    "compact", topicConfig.get("cleanup.policy").value(), resource.name()));
        }
    }

    /** Another instance of the service: its own producer, the same database, its own settings. */
    private OutboxRelay instance(int batchSize, int maxAttempts, OutboxPublisher publisher) {
        return instance(batchSize, maxAttempts, config.outbox().sendTimeout(), publisher);
    }

    private OutboxRelay instance(int batchSize, int maxAttempts, Duration sendTimeout, OutboxPublisher publisher) {
        PlatformConfig.Outbox real = config.outbox();
        PlatformConfig.Outbox tuned = (PlatformConfig.Outbox) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { PlatformConfig.Outbox.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "batchSize" -> batchSize;
                    case "maxAttempts" -> maxAttempts;
                    case "backoffInitial" -> Duration.ofMillis(50);
                    case "backoffMax" -> Duration.ofMillis(200);
                    case "sendTimeout" -> sendTimeout;
                    default -> method.invoke(real, args);
                });
        PlatformConfig tunedConfig = (PlatformConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { PlatformConfig.class }, (proxy, method, args) -> "outbox".equals(method.getName()) ? tuned
                        : method.invoke(config, args));
        return new OutboxRelay(em, publisher != null ? publisher : new OutboxPublisher(bootstrapServers, tunedConfig),
                tunedConfig, topics);
    }

    private static long unsent(String marker) {
        return TestDatabase.count(DB, "select count(*) from outbox_event where sent_at is null and parked_at is null"
                + " and message_key like '" + marker + "%'");
    }

    private static List<ConsumerRecord<String, String>> awaitCount(TestKafka.TopicProbe probe, String marker, int count) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<ConsumerRecord<String, String>> seen = List.of();
        while (System.nanoTime() < end && seen.size() < count) {
            seen = probe.collect(Duration.ofMillis(300), marker);
        }
        // A duplicate would already be there (rows are marked sent after the acknowledgement); one more look anyway.
        return probe.collect(Duration.ofMillis(500), marker);
    }

    private static JsonNode payload(ConsumerRecord<String, String> r) {
        try {
            return JSON.readTree(r.value()).get("payload");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(ConsumerRecord<String, String> r, String name) {
        try {
            return JSON.readTree(r.value()).get(name).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
