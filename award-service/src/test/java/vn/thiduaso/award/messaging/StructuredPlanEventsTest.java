package vn.thiduaso.award.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.PlanEnvelopes;
import vn.thiduaso.platform.test.TestEvents;
import vn.thiduaso.platform.test.TestKafka;

/** PlanIssued v2, PlanAmended, PlanClosed, UnitUpserted and the catalogue events, on the real broker. */
@QuarkusTest
class StructuredPlanEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String version(String type, int eventVersion, UUID planId, int planVersion, Commune c,
            String formCode, String milestoneTitle) {
        ObjectNode payload = JSON.createObjectNode()
                .put("planId", planId.toString()).put("planVersion", planVersion)
                .put("number", "150/KH-UBND").put("title", "Kế hoạch thi đua " + c.key())
                .put("issuingUnitId", c.commune().id().toString()).put("issuingUnitPath", c.commune().path())
                .put("issuingUnitName", c.commune().name()).put("issuedAt", "2026-01-15T03:15:00Z")
                .put("issuedBy", "leader").put("startYear", 2025).put("endYear", 2030);
        payload.putArray("addressees").addObject().put("unitId", c.village().id().toString())
                .put("unitPath", c.village().path()).put("unitName", c.village().name());
        ObjectNode form = payload.putArray("awardForms").addObject().put("code", formCode).put("standards", "x");
        form.putArray("recipientGroups").add("OFFICES_AND_UNITS").add("INDIVIDUALS");
        form.putArray("occasions").add("ANNUAL").add("FINAL_REVIEW");
        payload.putArray("milestones").addObject().put("id", "5b0f6a9e-0000-4000-8000-000000000001")
                .put("kind", "FINAL_REVIEW").put("title", milestoneTitle).put("date", "2030-10-31")
                .put("month", 10).put("year", 2030);
        payload.putArray("reportingObligations");
        payload.putArray("contents");
        // Targets as plan-service sends them, with the strict comparisons and a year's own comparison and note:
        // award-service does not read them, and must not refuse the event for them.
        ObjectNode target = payload.putArray("targets").addObject().put("code", "CT01").put("name", "Cán bộ có kỹ năng số")
                .put("percentage", true).put("comparison", "GT");
        target.putArray("values").addObject().put("year", 2025).put("value", 80).put("comparison", "LT")
                .put("note", "trong khu vực công");
        if ("PlanAmended".equals(type)) {
            payload.put("amendmentReason", "Bổ sung hình thức khen thưởng");
            ArrayNode parts = payload.putArray("changedParts");
            parts.add("awardForms");
        }
        return TestEvents.envelope(UUID.randomUUID(), type, eventVersion, Instant.now(), "plan-service",
                planId.toString(), c.commune().path(), payload);
    }

    @Test
    void v2AndAmendmentsKeepTheOfferedFormsAndMilestonesAndClosingMarksThePlan() {
        Commune c = Communes.create();
        UUID planId = UUID.randomUUID();

        TestKafka.send("plans", planId.toString(),
                version("PlanIssued", 2, planId, 1, c, "giay-khen-chu-tich-ubnd-xa", "Tổng kết phong trào"));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", c.officeToken())
                .when().get("/api/v1/award-plans/{id}", planId)
                .then().statusCode(200)
                .body("planVersion", equalTo(1))
                .body("awardForms.code", contains("giay-khen-chu-tich-ubnd-xa"))
                .body("awardForms[0].occasions", contains("ANNUAL", "FINAL_REVIEW"))
                .body("awardForms[0].recipientGroups", contains("OFFICES_AND_UNITS", "INDIVIDUALS"))
                .body("milestones[0].kind", equalTo("FINAL_REVIEW"))
                .body("milestones[0].date", equalTo("2030-10-31")));

        TestKafka.send("plans", planId.toString(),
                version("PlanAmended", 1, planId, 2, c, "bang-khen-chu-tich-ubnd-tinh", "Tổng kết giai đoạn"));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", c.officeToken())
                .when().get("/api/v1/award-plans/{id}", planId)
                .then().statusCode(200)
                .body("planVersion", equalTo(2))
                .body("awardForms.code", contains("bang-khen-chu-tich-ubnd-tinh"))
                .body("milestones[0].title", equalTo("Tổng kết giai đoạn")));

        TestKafka.send("plans", planId.toString(), TestEvents.envelope(UUID.randomUUID(), "PlanClosed", 1,
                Instant.now(), "plan-service", planId.toString(), c.commune().path(),
                java.util.Map.of("planId", planId.toString(), "closedAt", "2026-11-30T03:00:00Z", "reason", "Kết thúc")));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", c.officeToken())
                .when().get("/api/v1/award-plans/{id}", planId)
                .then().statusCode(200)
                .body("closedAt", equalTo("2026-11-30T03:00:00Z")));
    }

    @Test
    void aMovedUnitsPlansAreSeenFromItsNewPathOnly() {
        Commune c = Communes.create();
        Commune merged = Communes.create();
        UUID planId = UUID.randomUUID();
        TestKafka.send("plans", planId.toString(), PlanEnvelopes.planIssued(UUID.randomUUID(), Instant.now(), planId,
                "1/KH-UBND", "Kế hoạch " + c.key(), c, List.of(c.village())));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", c.unitToken())
                .when().get("/api/v1/award-plans/{id}", planId).then().statusCode(200));
        Communes.Unit moved = new Communes.Unit(c.village().id(), merged.commune().path() + "/thon-dong-moi",
                "Thôn Đông Mới");
        ObjectNode unit = JSON.createObjectNode().put("id", moved.id().toString()).put("code", "thon-dong-moi")
                .put("name", moved.name()).put("kind", "VILLAGE").put("path", moved.path())
                .put("parentId", merged.commune().id().toString()).put("active", true);

        TestKafka.send("directory.units", moved.id().toString(), TestEvents.envelope(UUID.randomUUID(), "UnitUpserted",
                1, Instant.now(), "plan-service", moved.id().toString(), moved.path(), unit));

        String newToken = vn.thiduaso.platform.test.Tokens.role("unit").unit(moved.id(), moved.path()).bearer();
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", newToken)
                .when().get("/api/v1/award-plans/{id}", planId)
                .then().statusCode(200)
                .body("addressees[0].unitPath", equalTo(moved.path()))
                .body("addressees[0].unitName", equalTo("Thôn Đông Mới")));
        given().header("Authorization", c.unitToken())
                .when().get("/api/v1/award-plans/{id}", planId)
                .then().statusCode(404);
    }

    @Test
    void seededFormsAreAnnouncedOnceAndAnEditIsAnnouncedThroughTheOutbox() throws Exception {
        try (TestKafka.TopicProbe catalogue = TestKafka.probe("catalogue.award-forms")) {
            ConsumerRecord<String, String> seeded = catalogue.await(WAIT, "AwardFormUpserted", "\"co-thi-dua-chinh-phu\"");
            assertEquals("co-thi-dua-chinh-phu", seeded.key());
            JsonNode event = JSON.readTree(seeded.value());
            assertEquals("AwardFormUpserted", event.get("type").asText());
            assertEquals(1, event.get("version").asInt());
            assertEquals("GOVERNMENT", event.get("payload").get("level").asText());
            assertEquals(true, event.get("payload").get("active").asBoolean());

            String code = "giay-khen-thu-" + UUID.randomUUID().toString().substring(0, 8);
            given().header("Authorization", Communes.adminToken()).contentType("application/json")
                    .body("{\"code\":\"" + code + "\",\"name\":\"Giấy khen thử\",\"level\":\"COMMUNE\","
                            + "\"recipientKinds\":[\"INDIVIDUAL\"]}")
                    .when().post("/api/v1/award-forms")
                    .then().statusCode(201).body("id", notNullValue());
            ConsumerRecord<String, String> created = catalogue.await(WAIT, "\"code\":\"" + code + "\"");
            assertEquals(code, created.key());
            JsonNode payload = JSON.readTree(created.value()).get("payload");
            assertEquals("Giấy khen thử", payload.get("name").asText());
            assertEquals("COMMUNE", payload.get("level").asText());
        }
    }
}
