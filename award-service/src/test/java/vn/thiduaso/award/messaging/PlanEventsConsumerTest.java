package vn.thiduaso.award.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.award.AwardServiceTestEnvironment;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.PlanEnvelopes;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;

/** PlanIssued travels through the real in-JVM broker into the award_test database and out through the API. */
@QuarkusTest
class PlanEventsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String DLT = "dlt.award-service";

    @Test
    void issuedPlanIsVisibleToItsCommuneAndAddressedUnitsButNotToAnotherCommune() {
        Commune commune = Communes.create();
        Commune other = Communes.create();
        UUID planId = UUID.randomUUID();
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String title = "Kế hoạch phát động Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” " + commune.key();

        TestKafka.send("plans", planId.toString(), PlanEnvelopes.planIssued(UUID.randomUUID(), issuedAt, planId,
                "150/KH-UBND", title, commune, List.of(commune.office(), commune.village())));

        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", commune.officeToken())
                .when().get("/api/v1/award-plans")
                .then().statusCode(200)
                .body("items.planId", hasItem(planId.toString())));

        given().header("Authorization", commune.officeToken())
                .queryParam("q", commune.key())
                .when().get("/api/v1/award-plans")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].planId", equalTo(planId.toString()))
                .body("items[0].number", equalTo("150/KH-UBND"))
                .body("items[0].planTitle", equalTo(title))
                .body("items[0].issuingUnitId", equalTo(commune.commune().id().toString()))
                .body("items[0].issuingUnitName", equalTo(commune.commune().name()))
                .body("items[0].issuingUnitPath", equalTo(commune.commune().path()))
                .body("items[0].issuedAt", equalTo(issuedAt.toString()))
                .body("items[0].addresseeCount", equalTo(2));

        // The focal officer of an addressed village sees the plan, with its addressees in order.
        given().header("Authorization", commune.unitToken())
                .when().get("/api/v1/award-plans")
                .then().statusCode(200)
                .body("items.planId", hasItem(planId.toString()));
        given().header("Authorization", commune.unitToken())
                .when().get("/api/v1/award-plans/{id}", planId)
                .then().statusCode(200)
                .body("planTitle", equalTo(title))
                .body("addressees.unitPath", contains(commune.office().path(), commune.village().path()))
                .body("addressees.unitName", contains("Phòng Văn hóa - Xã hội", "Thôn Đông"));

        // Another commune's office neither lists nor reads it.
        given().header("Authorization", other.officeToken())
                .when().get("/api/v1/award-plans")
                .then().statusCode(200)
                .body("items.planId", not(hasItem(planId.toString())));
        given().header("Authorization", other.officeToken())
                .when().get("/api/v1/award-plans/{id}", planId)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void redeliveredEventChangesNothing() {
        Commune commune = Communes.create();
        UUID planId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String title = "Kế hoạch thi đua Bình dân học vụ số " + commune.key();
        TestKafka.send("plans", planId.toString(), PlanEnvelopes.planIssued(eventId, issuedAt, planId, "12/KH-UBND",
                title, commune, List.of(commune.village())));
        awaitTitle(commune, planId, title);

        // The same event again (same eventId), even with a changed body, must not touch the plan.
        TestKafka.send("plans", planId.toString(), PlanEnvelopes.planIssued(eventId, issuedAt.plusSeconds(60), planId,
                "12/KH-UBND", title + " (bản sửa)", commune, List.of(commune.village(), commune.office())));
        // An event of another type on the same key comes after it in the partition: once it is in the
        // inbox, the redelivery has been handled. It is recorded and otherwise ignored.
        UUID marker = UUID.randomUUID();
        TestKafka.send("plans", planId.toString(), PlanEnvelopes.otherType(marker, planId, commune));
        await().atMost(WAIT).until(() -> inboxRows(marker) == 1);

        assertEquals(1, inboxRows(eventId));
        assertEquals(1, TestDatabase.count(AwardServiceTestEnvironment.DATABASE,
                "select count(*) from award_plan where plan_id = '" + planId + "'"));
        given().header("Authorization", commune.officeToken())
                .when().get("/api/v1/award-plans/{id}", planId)
                .then().statusCode(200)
                .body("planTitle", equalTo(title))
                .body("addresseeCount", equalTo(1));
    }

    @Test
    void laterPlanIssuedUpdatesThePlanAndAnOlderOneIsIgnored() {
        Commune commune = Communes.create();
        UUID planId = UUID.randomUUID();
        UUID firstEvent = UUID.randomUUID();
        Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestKafka.send("plans", planId.toString(), PlanEnvelopes.planIssued(firstEvent, first, planId, null,
                "Kế hoạch chuyển đổi số " + commune.key(), commune, List.of(commune.office())));
        awaitTitle(commune, planId, "Kế hoạch chuyển đổi số " + commune.key());
        given().header("Authorization", commune.unitToken())
                .when().get("/api/v1/award-plans/{id}", planId)
                .then().statusCode(404);

        String newTitle = "Kế hoạch chuyển đổi số (có số hiệu) " + commune.key();
        TestKafka.send("plans", planId.toString(), PlanEnvelopes.planIssued(UUID.randomUUID(), first.plusSeconds(60),
                planId, "150/KH-UBND", newTitle, commune, List.of(commune.office(), commune.village())));
        awaitTitle(commune, planId, newTitle);

        // An event that occurred before the stored one arrives late: it must not roll the plan back.
        TestKafka.send("plans", planId.toString(), PlanEnvelopes.planIssued(UUID.randomUUID(), first.minusSeconds(3600),
                planId, "1/KH-UBND", "Bản cũ " + commune.key(), commune, List.of()));
        UUID marker = UUID.randomUUID();
        TestKafka.send("plans", planId.toString(), PlanEnvelopes.otherType(marker, planId, commune));
        await().atMost(WAIT).until(() -> inboxRows(marker) == 1);

        assertEquals(1, TestDatabase.count(AwardServiceTestEnvironment.DATABASE,
                "select count(*) from award_plan where plan_id = '" + planId + "' and first_seen_event_id = '"
                        + firstEvent + "'"));
        given().header("Authorization", commune.unitToken())
                .when().get("/api/v1/award-plans/{id}", planId)
                .then().statusCode(200)
                .body("number", equalTo("150/KH-UBND"))
                .body("planTitle", equalTo(newTitle))
                .body("addresseeCount", equalTo(2))
                .body("addressees.unitId", contains(commune.office().id().toString(), commune.village().id().toString()));
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAndTheNextEventIsStillProcessed() {
        Commune commune = Communes.create();
        String garbageMarker = "rac-" + UUID.randomUUID();
        UUID badPayloadEvent = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        try (TestKafka.TopicProbe dlt = TestKafka.probe(DLT)) {
            TestKafka.send("plans", planId.toString(), "{ không phải một sự kiện " + garbageMarker);
            // A valid envelope whose PlanIssued payload cannot be scoped (no planId, no issuing unit).
            TestKafka.send("plans", planId.toString(), PlanEnvelopes.envelope(badPayloadEvent, "PlanIssued",
                    Instant.now(), planId, commune.commune().path(), PlanEnvelopes.object().put("title", "Thiếu dữ liệu")));
            String title = "Kế hoạch sau bản ghi lỗi " + commune.key();
            TestKafka.send("plans", planId.toString(), PlanEnvelopes.planIssued(UUID.randomUUID(), Instant.now(), planId,
                    "7/KH-UBND", title, commune, List.of(commune.village())));

            ConsumerRecord<String, String> garbage = dlt.await(WAIT, garbageMarker);
            assertNotNull(reason(garbage), "dead-letter-reason header");
            ConsumerRecord<String, String> badPayload = dlt.await(WAIT, badPayloadEvent.toString());
            assertNotNull(reason(badPayload), "dead-letter-reason header");
            assertEquals(planId.toString(), badPayload.key());

            awaitTitle(commune, planId, title);
        }
        // The failed event's inbox row was rolled back with its effect.
        assertEquals(0, inboxRows(badPayloadEvent));
    }

    private static void awaitTitle(Commune commune, UUID planId, String title) {
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", commune.officeToken())
                .when().get("/api/v1/award-plans/{id}", planId)
                .then().statusCode(200)
                .body("planTitle", equalTo(title)));
    }

    private static long inboxRows(UUID eventId) {
        return TestDatabase.count(AwardServiceTestEnvironment.DATABASE,
                "select count(*) from inbox_event where consumer = 'award-service' and event_id = '" + eventId + "'");
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("dead-letter-reason");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
