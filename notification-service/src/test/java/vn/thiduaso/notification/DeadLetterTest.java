package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.notification.Commune.Person;
import vn.thiduaso.notification.Events.Period;
import vn.thiduaso.platform.test.TestKafka;

/** A record the service cannot process goes to dlt.notification-service; the partition keeps flowing. */
@QuarkusTest
class DeadLetterTest {

    @Test
    void garbageOnTheReportsTopicIsDeadLetteredAndLaterEventsStillArrive() {
        Commune c = Commune.create();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(30), c.village());
        String key = period.periodId().toString();
        String garbage = "this is not an envelope " + c.key();
        TestKafka.send("reports", key, garbage);
        // a type the service knows, in a payload version it does not
        Events.Event v2 = Events.envelope("reports", "ReportingPeriodOpened", 2, "report-service", key,
                c.communePath(), JsonNodeFactory.instance.objectNode().put("periodId", key).put("marker", c.key()),
                java.time.Instant.now());
        v2.send();
        // same key, so same partition, right behind the poison records
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();

        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].periodId", equalTo(key));
        try (TestKafka.TopicProbe dlt = TestKafka.probe("dlt.notification-service")) {
            ConsumerRecord<String, String> dead = dlt.await(Duration.ofSeconds(30), garbage);
            assertNotNull(reason(dead), "dead-letter-reason header");
            ConsumerRecord<String, String> unsupported = dlt.await(Duration.ofSeconds(30), c.key(), "\"version\":2");
            assertTrue(reason(unsupported).contains("not understood"), reason(unsupported));
        }
    }

    @Test
    void garbageOnTheDirectoryTopicIsDeadLetteredAndTheUserStillArrives() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        String garbage = "{\"eventId\":\"not-a-uuid\",\"note\":\"" + c.key() + "\"}";
        TestKafka.send("directory.users", user.id().toString(), garbage);
        Events.userUpserted(user).send().awaitProcessed();
        Events.periodOpened(Events.period(c, Events.todayInVietnam().plusDays(9), c.village()), c.communePath())
                .send();

        Mails.awaitOne(user.email());
        try (TestKafka.TopicProbe dlt = TestKafka.probe("dlt.notification-service")) {
            assertNotNull(reason(dlt.await(Duration.ofSeconds(30), c.key(), "not-a-uuid")));
        }
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header h = record.headers().lastHeader("dead-letter-reason");
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
