package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.thiduaso.notification.Commune.Person;
import vn.thiduaso.platform.test.TestKafka;
import vn.thiduaso.platform.test.Tokens;

/**
 * The platform's dead-letter admin endpoints, in this service: a record dead-lettered after its
 * transient failure outlasted every retry is listed, replayed through its handler once the cause is
 * gone, and a second replay answers the first result and changes nothing.
 */
@QuarkusTest
class DeadLetterAdminTest {

    static final String BASE = "/api/v1/admin/dead-letters";

    static String adminToken() {
        return Tokens.role("admin").unit(UUID.randomUUID(), "/").scope("/").bearer();
    }

    @Test
    void aRecordThatOutlastedItsRetriesIsListedAndReplayedOnceAfterTheCauseIsGone() throws Exception {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Events.userUpserted(user, Instant.now().minusSeconds(60)).send().awaitProcessed();
        Person moved = user.withEmail("moi." + user.email());

        Events.Event update;
        ConsumerRecord<String, String> dead;
        try (Connection lock = ConsumerFailuresTest.lockUser(user.id());
                TestKafka.TopicProbe dlt = TestKafka.probe(ConsumerFailuresTest.DLT)) {
            update = Events.userUpserted(moved).send();
            // every attempt (5, 1 s lock timeout each, backoff between) fails while the row stays locked
            dead = dlt.await(ConsumerFailuresTest.WAIT, update.eventId().toString());
        }
        assertTrue(ConsumerFailuresTest.header(dead, "dead-letter-reason").contains("gave up after 5 attempts"),
                ConsumerFailuresTest.header(dead, "dead-letter-reason"));
        assertEquals(user.email(), Db.text("select email from directory_user where id = '" + user.id() + "'"));
        String place = BASE + "/" + dead.partition() + "/" + dead.offset();

        JsonPath list = given().header("Authorization", adminToken()).queryParam("size", 100)
                .when().get(BASE)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = list.getList("items");
        Map<String, Object> listed = items.stream().filter(i -> update.eventId().toString().equals(i.get("eventId")))
                .findFirst().orElseThrow(() -> new AssertionError("dead letter not listed: " + items));
        assertEquals(dead.partition(), listed.get("partition"));
        assertEquals("directory.users", listed.get("originalTopic"));
        assertEquals("UserUpserted", listed.get("eventType"));
        assertTrue(String.valueOf(listed.get("reason")).contains("gave up"), String.valueOf(listed.get("reason")));
        assertTrue(listed.get("receivedAt") != null && listed.get("replay") == null, listed.toString());

        // the lock is gone (the cause is fixed): the replay applies the event through the same handler
        JsonPath first = given().header("Authorization", adminToken())
                .when().post(place + "/replay")
                .then().statusCode(200)
                .body("outcome", equalTo("APPLIED"))
                .body("eventId", equalTo(update.eventId().toString()))
                .body("originalTopic", equalTo("directory.users"))
                .extract().jsonPath();
        assertEquals(moved.email(), Db.text("select email from directory_user where id = '" + user.id() + "'"));

        // a second replay answers the first result and changes nothing
        JsonPath second = given().header("Authorization", adminToken())
                .when().post(place + "/replay")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(first.getMap(""), second.getMap(""));
        assertEquals(1, Db.count("select count(*) from dead_letter_replay where event_id = '" + update.eventId() + "'"));
        assertEquals(1, Db.count("select count(*) from inbox_event where event_id = '" + update.eventId() + "'"));

        given().header("Authorization", adminToken())
                .when().get(place)
                .then().statusCode(200)
                .body("replay.outcome", equalTo("APPLIED"))
                .body("replay.replayedAt", equalTo(first.getString("replayedAt")));
    }

    @Test
    void aRecordThatStillFailsIsRefusedAndCanBeReplayedAgainLater() {
        Commune c = Commune.create();
        String garbage = "not an envelope " + c.key();
        TestKafka.send("directory.users", c.key(), garbage);
        Events.userUpserted(c.unitUser()).send().awaitProcessed();
        ConsumerRecord<String, String> dead;
        try (TestKafka.TopicProbe dlt = TestKafka.probe(ConsumerFailuresTest.DLT)) {
            dead = dlt.await(ConsumerFailuresTest.WAIT, garbage);
        }
        String replay = BASE + "/" + dead.partition() + "/" + dead.offset() + "/replay";
        given().header("Authorization", adminToken())
                .when().post(replay)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("not an event envelope"));
        assertEquals(0, Db.count("select count(*) from dead_letter_replay where dlt_partition = " + dead.partition()
                + " and dlt_offset = " + dead.offset()));
        given().header("Authorization", adminToken())
                .when().get(BASE + "/" + dead.partition() + "/" + dead.offset())
                .then().statusCode(200)
                .body("eventId", nullValue())
                .body("originalTopic", equalTo("directory.users"))
                .body("replay", nullValue());
    }

    @Test
    void onlyAnAdministratorSeesOrReplaysDeadLetters() {
        Commune c = Commune.create();
        given().when().get(BASE).then().statusCode(401);
        given().when().post(BASE + "/0/0/replay").then().statusCode(401);
        for (String token : List.of(c.officeToken(), c.unitToken(c.village()), c.boardToken())) {
            given().header("Authorization", token).when().get(BASE)
                    .then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", token).when().get(BASE + "/0/0").then().statusCode(403);
            given().header("Authorization", token).when().post(BASE + "/0/0/replay").then().statusCode(403);
        }
    }

    @Test
    void aPlaceWithoutADeadLetterIsNotFoundAndBadInputIsRefused() {
        given().header("Authorization", adminToken()).when().post(BASE + "/0/999999999/replay")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", adminToken()).when().get(BASE + "/999/0")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", adminToken()).when().post(BASE + "/0/-1/replay")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", adminToken()).queryParam("size", 0).when().get(BASE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("size"));
        given().header("Authorization", adminToken()).queryParam("page", 2147483647).queryParam("size", 100)
                .when().get(BASE)
                .then().statusCode(400);
        given().header("Authorization", adminToken()).queryParam("page", 5000).queryParam("size", 100)
                .when().get(BASE)
                .then().statusCode(200).body("items.size()", equalTo(0));
    }
}
