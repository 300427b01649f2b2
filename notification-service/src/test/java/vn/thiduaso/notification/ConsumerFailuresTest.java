package vn.thiduaso.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.notification.Commune.Person;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;

/**
 * What a consumer does with a record it cannot apply (issue 8, item 6): poison goes to
 * dlt.notification-service at once with its place in headers and the partition goes on; a transient
 * failure (a row lock held past lock_timeout) is retried with backoff and applied without a dead letter.
 */
@QuarkusTest
class ConsumerFailuresTest {

    static final String DLT = "dlt.notification-service";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void poisonRecordsAreDeadLetteredWithTheirPlaceAndTheGoodRecordBehindThemIsApplied() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        String key = user.id().toString(); // one key: one partition, the good record right behind the poison

        String badJson = "{\"eventId\": \"" + UUID.randomUUID() + "\", broken " + c.key();
        RecordMetadata badJsonAt = TestKafka.sendRecord("directory.users", key, badJson);

        Events.Event unknownType = Events.envelope("directory.users", "UserArchived", 1, "plan-service", key,
                user.unit().path(), JsonNodeFactory.instance.objectNode().put("id", key).put("marker", c.key()),
                Instant.now());
        RecordMetadata unknownAt = TestKafka.sendRecord("directory.users", key, unknownType.json());

        UUID brokenId = UUID.randomUUID();
        Events.Event breaksHandler = userEvent(brokenId, "x".repeat(150) + c.key(), user); // username column is varchar(100)
        RecordMetadata brokenAt = TestKafka.sendRecord("directory.users", key, breaksHandler.json());

        UUID invalidId = UUID.randomUUID();
        Events.Event invalid = userEvent(invalidId, " ", user); // @NotBlank username
        RecordMetadata invalidAt = TestKafka.sendRecord("directory.users", key, invalid.json());

        Events.Event good = Events.userUpserted(user).send().awaitProcessed();
        assertEquals(user.email(), Db.text("select email from directory_user where id = '" + user.id() + "'"));

        try (TestKafka.TopicProbe dlt = TestKafka.probe(DLT)) {
            ConsumerRecord<String, String> a = dlt.await(WAIT, c.key(), "broken");
            assertPlace(a, badJsonAt, key);
            assertTrue(header(a, "dead-letter-reason").contains("not an event envelope"), header(a, "dead-letter-reason"));

            ConsumerRecord<String, String> b = dlt.await(WAIT, unknownType.eventId().toString());
            assertPlace(b, unknownAt, key);
            assertTrue(header(b, "dead-letter-reason").contains("unknown event type UserArchived"),
                    header(b, "dead-letter-reason"));

            ConsumerRecord<String, String> d = dlt.await(WAIT, breaksHandler.eventId().toString());
            assertPlace(d, brokenAt, key);
            // not transient: dead-lettered at once, without the retries
            assertFalse(header(d, "dead-letter-reason").contains("gave up after"), header(d, "dead-letter-reason"));

            ConsumerRecord<String, String> e = dlt.await(WAIT, invalid.eventId().toString());
            assertPlace(e, invalidAt, key);
            assertTrue(header(e, "dead-letter-reason").contains("username"), header(e, "dead-letter-reason"));

            assertEquals(0, dlt.collect(Duration.ofMillis(500), good.eventId().toString()).size());
        }
        // after the positive signal above: the poison records left nothing behind
        assertEquals(0, Db.count("select count(*) from inbox_event where event_id in ('" + unknownType.eventId() + "', '"
                + breaksHandler.eventId() + "', '" + invalid.eventId() + "')"));
        assertEquals(0, Db.count("select count(*) from directory_user where id in ('" + brokenId + "', '" + invalidId + "')"));
    }

    @Test
    void aRowLockedPastTheLockTimeoutIsRetriedAndAppliedWithoutADeadLetter() throws Exception {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Events.userUpserted(user, Instant.now().minusSeconds(60)).send().awaitProcessed();
        Person moved = user.withEmail("moi." + user.email());

        Events.Event update;
        try (Connection lock = lockUser(user.id())) {
            update = Events.userUpserted(moved).send();
            // three times the consumer's lock_timeout (1 s in tests): at least two attempts fail
            Thread.sleep(3000);
            assertEquals(user.email(), Db.text("select email from directory_user where id = '" + user.id() + "'"),
                    "nothing applied while the row is locked");
        }
        update.awaitProcessed();
        assertEquals(moved.email(), Db.text("select email from directory_user where id = '" + user.id() + "'"));
        try (TestKafka.TopicProbe dlt = TestKafka.probe(DLT)) {
            // a later record on the same partition is the signal that the dead-letter topic is up to date
            Events.Event later = Events.envelope("directory.users", "UserArchived", 1, "plan-service",
                    user.id().toString(), user.unit().path(), JsonNodeFactory.instance.objectNode(), Instant.now()).send();
            dlt.await(WAIT, later.eventId().toString());
            assertEquals(List.of(), dlt.collect(Duration.ZERO, update.eventId().toString()));
        }
    }

    /** A transaction that holds the user's row (FOR UPDATE) until the connection is closed. */
    static Connection lockUser(UUID userId) throws Exception {
        Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(NotificationServiceTestEnvironment.DATABASE),
                TestDatabase.user(), TestDatabase.password());
        connection.setAutoCommit(false);
        try (PreparedStatement s = connection.prepareStatement("select id from directory_user where id = ? for update")) {
            s.setObject(1, userId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "the user row exists");
            }
        }
        return connection;
    }

    static Events.Event userEvent(UUID id, String username, Person like) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("id", id.toString()).put("username", username)
                .put("fullName", like.fullName()).put("email", like.email()).put("unitId", like.unit().id().toString())
                .put("unitPath", like.unit().path()).put("active", true);
        payload.putArray("roles").add("unit");
        return Events.envelope("directory.users", "UserUpserted", 1, "plan-service", like.id().toString(),
                like.unit().path(), payload, Instant.now());
    }

    static void assertPlace(ConsumerRecord<String, String> dead, RecordMetadata original, String key) {
        assertNotNull(header(dead, "dead-letter-reason"), "dead-letter-reason");
        assertEquals("directory.users", header(dead, "dead-letter-topic"));
        assertEquals(String.valueOf(original.partition()), header(dead, "dead-letter-partition"));
        assertEquals(String.valueOf(original.offset()), header(dead, "dead-letter-offset"));
        assertEquals(key, dead.key());
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
