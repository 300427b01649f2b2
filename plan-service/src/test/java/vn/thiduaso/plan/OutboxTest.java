package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.repository.UnitRepository;
import vn.thiduaso.plan.service.DirectoryService;
import vn.thiduaso.platform.config.PlatformConfig;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.OutboxEvent;
import vn.thiduaso.platform.outbox.OutboxPublisher;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;
import vn.thiduaso.platform.test.Tokens;

/** The transactional outbox as a user of the API would notice it: nothing half-done, nothing lost. */
@QuarkusTest
class OutboxTest {

    @Inject
    Communes communes;

    @Inject
    DirectoryService directory;

    @Inject
    UnitRepository units;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    PlatformConfig config;

    @Inject
    vn.thiduaso.platform.outbox.OutboxRelay relay;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aChangeThatRollsBackPublishesNothing() {
        Communes.Commune c = communes.create();
        String code = "thon-" + UUID.randomUUID().toString().substring(0, 8);
        try (TestKafka.TopicProbe probe = TestKafka.probe(Topics.DIRECTORY_UNITS)) {
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                directory.newUnit(units.findById(c.commune().id), code, "Thôn Bị Huỷ", UnitKind.VILLAGE);
                throw new IllegalStateException("the rest of the use case failed");
            }));
            assertEquals(0, TestDatabase.count("plan_test", "select count(*) from unit where code = '" + code + "'"));
            assertEquals(0, TestDatabase.count("plan_test",
                    "select count(*) from outbox_event where envelope like '%" + code + "%'"));
            assertTrue(probe.collect(Duration.ofSeconds(3), code).isEmpty(), "a rolled-back unit reached Kafka");
        }
    }

    @Test
    void whileTheProducerFailsTheApiAnswersAndTheEventIsPublishedLater() {
        Communes.Commune c = communes.create();
        await().atMost(Duration.ofSeconds(15)).until(() -> TestDatabase.count("plan_test",
                "select count(*) from outbox_event where sent_at is null") == 0);
        QuarkusMock.installMockForType(new FailingPublisher(bootstrapServers, config), OutboxPublisher.class);
        String code = "to-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = Tokens.role("admin").bearer();
        try (TestKafka.TopicProbe probe = TestKafka.probe(Topics.DIRECTORY_UNITS)) {
            given().header("Authorization", admin).contentType(ContentType.JSON)
                    .body("{\"parentId\":\"" + c.commune().id + "\",\"code\":\"" + code
                            + "\",\"name\":\"Tổ dân phố Mới\",\"kind\":\"VILLAGE\"}")
                    .when().post("/api/v1/units")
                    .then().statusCode(201);

            // The relay keeps trying and records why it cannot send yet.
            await().atMost(Duration.ofSeconds(15)).until(() -> TestDatabase.count("plan_test",
                    "select count(*) from outbox_event where sent_at is null and attempts > 0 and envelope like '%"
                            + code + "%'") == 1);
            assertTrue(probe.collect(Duration.ofSeconds(1), code).isEmpty());

            // The broker path works again: the backlog drains by itself.
            QuarkusMock.installMockForType(new OutboxPublisher(bootstrapServers, config), OutboxPublisher.class);
            probe.await(Duration.ofSeconds(20), "\"UnitUpserted\"", code);
            await().atMost(Duration.ofSeconds(10)).until(() -> TestDatabase.count("plan_test",
                    "select count(*) from outbox_event where sent_at is not null and envelope like '%" + code + "%'") == 1);
        }
    }

    @Test
    void relaysRacingEachOtherSendEveryEventExactlyOnce() throws Exception {
        Communes.Commune c = communes.create();
        String batch = "dua-" + UUID.randomUUID().toString().substring(0, 6);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 40; i++) {
                directory.newUnit(units.findById(c.commune().id), batch + "-" + i, "Tổ " + i, UnitKind.VILLAGE);
            }
        });
        // Two more relays (think: two more instances of the service) race the scheduled one.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<?>> racers = new java.util.ArrayList<>();
            for (int r = 0; r < 2; r++) {
                racers.add(pool.submit(() -> {
                    while (TestDatabase.count("plan_test", "select count(*) from outbox_event where sent_at is null"
                            + " and envelope like '%" + batch + "%'") > 0) {
                        relay.relayBatch();
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> racer : racers) {
                racer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        try (TestKafka.TopicProbe probe = TestKafka.probe(Topics.DIRECTORY_UNITS)) {
            java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records =
                    probe.collect(Duration.ofSeconds(4), batch);
            assertEquals(40, records.size(), "each of the 40 events once, none twice");
            assertEquals(40, records.stream().map(org.apache.kafka.clients.consumer.ConsumerRecord::key).distinct().count());
        }
    }

    @Test
    void sentRowsOlderThanTheRetentionArePurgedAndUnsentRowsAreKept() {
        UUID old = UUID.randomUUID();
        UUID unsent = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxEvent sentLongAgo = row(old, java.time.Instant.now().minus(Duration.ofDays(30)));
            sentLongAgo.sentAt = sentLongAgo.createdAt.plusSeconds(1);
            OutboxEvent neverSent = row(unsent, java.time.Instant.now().minus(Duration.ofDays(30)));
            neverSent.topic = "no-such-topic-" + unsent; // never relayable: keep the relay away from it
            em.persist(sentLongAgo);
            em.persist(neverSent);
        });
        QuarkusMock.installMockForType(new FailingPublisher(bootstrapServers, config), OutboxPublisher.class);
        relay.purgeSent();
        assertEquals(0, TestDatabase.count("plan_test", "select count(*) from outbox_event where event_id = '" + old + "'"));
        assertEquals(1, TestDatabase.count("plan_test", "select count(*) from outbox_event where event_id = '" + unsent + "'"));
        QuarkusTransaction.requiringNew().run(() -> em.remove(em.find(OutboxEvent.class, unsent)));
    }

    private static OutboxEvent row(UUID id, java.time.Instant createdAt) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = id;
        row.topic = Topics.DIRECTORY_UNITS;
        row.messageKey = id.toString();
        row.eventType = "UnitUpserted";
        row.envelope = "{}";
        row.createdAt = createdAt;
        return row;
    }

    /** A producer whose broker is unreachable. */
    static class FailingPublisher extends OutboxPublisher {
        FailingPublisher(String bootstrapServers, PlatformConfig config) {
            super(bootstrapServers, config);
        }

        @Override
        public Future<RecordMetadata> send(OutboxEvent event) {
            return CompletableFuture.failedFuture(
                    new org.apache.kafka.common.errors.TimeoutException("broker not reachable (simulated)"));
        }
    }
}
