package vn.thiduaso.report.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.IssuedPlans.Plan;
import vn.thiduaso.report.ReportServiceTestEnvironment;

/** PlanIssued and UnitUpserted arrive through the real broker; ReportingPeriodOpened leaves through the outbox. */
@QuarkusTest
class PlanEventsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    IssuedPlans plans;

    @Test
    void issuedPlanOpensOnePeriodPerYearWithItsDeadlineAndAnnouncesEach() throws Exception {
        Commune c = plans.commune();
        Plan plan = plans.plan(c, 2026, 2027);

        try (TestKafka.TopicProbe reports = TestKafka.probe("reports")) {
            TestKafka.send("plans", plan.id().toString(), plan.envelope());

            awaitPeriods(plan, c.officeToken(), 2);
            given().header("Authorization", c.officeToken())
                    .queryParam("planId", plan.id().toString())
                    .when().get("/api/v1/reporting-periods")
                    .then().statusCode(200)
                    .body("items[0].year", equalTo(2026))
                    .body("items[0].kind", equalTo("ANNUAL"))
                    .body("items[0].title", equalTo("Báo cáo kết quả thực hiện Phong trào thi đua năm 2026"))
                    .body("items[0].planNumber", equalTo("150/KH-UBND"))
                    .body("items[0].planTitle", equalTo(plan.title()))
                    .body("items[0].dueDate", equalTo("2026-12-05"))
                    .body("items[0].dueAt", equalTo("2026-12-04T17:00:00Z"))
                    .body("items[0].recipientUnit.name", equalTo("Phòng Văn hóa - Xã hội"))
                    .body("items[0].recipientUnit.path", equalTo(c.office().path()))
                    .body("items[0].requirementCount", equalTo(2))
                    .body("items[1].year", equalTo(2027))
                    .body("items[1].dueAt", equalTo("2027-12-04T17:00:00Z"));

            String periodId = given().header("Authorization", c.officeToken())
                    .queryParam("planId", plan.id().toString()).queryParam("year", 2026)
                    .when().get("/api/v1/reporting-periods")
                    .then().statusCode(200).body("total", equalTo(1))
                    .extract().path("items[0].id");
            given().header("Authorization", c.officeToken())
                    .when().get("/api/v1/reporting-periods/" + periodId)
                    .then().statusCode(200)
                    .body("requirements.unitName", containsInAnyOrder("Thôn Đông", "Trường Tiểu học Vĩnh Thử"))
                    .body("requirements.unitPath", containsInAnyOrder(c.village().path(), c.school().path()))
                    .body("requirements.status", containsInAnyOrder("PENDING", "PENDING"));

            ConsumerRecord<String, String> opened = reports.await(WAIT, "\"ReportingPeriodOpened\"",
                    "\"periodId\":\"" + periodId + "\"");
            assertEquals(periodId, opened.key());
            JsonNode event = JSON.readTree(opened.value());
            assertEquals(1, event.get("version").asInt());
            assertEquals("report-service", event.get("producer").asText());
            assertEquals(periodId, event.get("aggregateId").asText());
            assertEquals(c.commune().path(), event.get("unitPath").asText());
            JsonNode payload = event.get("payload");
            assertEquals(plan.id().toString(), payload.get("planId").asText());
            assertEquals(plan.obligations().get(0).id().toString(), payload.get("obligationId").asText());
            assertEquals("150/KH-UBND", payload.get("planNumber").asText());
            assertEquals(2026, payload.get("year").asInt());
            assertEquals("ANNUAL", payload.get("kind").asText());
            assertEquals("Báo cáo kết quả thực hiện Phong trào thi đua năm 2026", payload.get("title").asText());
            assertEquals(c.office().id().toString(), payload.get("recipientUnitId").asText());
            assertEquals(c.office().path(), payload.get("recipientUnitPath").asText());
            assertEquals("Phòng Văn hóa - Xã hội", payload.get("recipientUnitName").asText());
            assertEquals("2026-12-05", payload.get("dueDate").asText());
            assertEquals("2026-12-04T17:00:00Z", payload.get("dueAt").asText());
            Set<String> units = new HashSet<>(payload.get("requirements").findValuesAsText("unitId"));
            assertEquals(Set.of(c.village().id().toString(), c.school().id().toString()), units);
            assertEquals(2, payload.get("requirements").findValues("requirementId").size());

            reports.await(WAIT, "\"ReportingPeriodOpened\"", "\"planId\":\"" + plan.id() + "\"", "\"year\":2027");
        }
    }

    @Test
    void planDeliveredTwiceOrIssuedAgainOpensEveryPeriodOnceAndAnnouncesItOnce() {
        Commune c = plans.commune();
        Plan plan = plans.plan(c, 2026, 2027);
        String envelope = plan.envelope();
        // The same event twice, then another PlanIssued of the same plan that adds an obligation. Same
        // key, same partition: once the added obligation's periods exist, both earlier records are done.
        Plan amended = plan.withObligation(IssuedPlans.obligation(c, 15, 11, 2026, 2027));

        try (TestKafka.TopicProbe reports = TestKafka.probe("reports")) {
            TestKafka.send("plans", plan.id().toString(), envelope);
            TestKafka.send("plans", plan.id().toString(), envelope);
            TestKafka.send("plans", plan.id().toString(), amended.envelope());

            awaitPeriods(plan, c.officeToken(), 4);
            assertEquals(2, TestDatabase.count(ReportServiceTestEnvironment.DATABASE,
                    "select count(*) from reporting_period where obligation_id = '" + plan.obligations().get(0).id() + "'"));
            assertEquals(4 * 2, TestDatabase.count(ReportServiceTestEnvironment.DATABASE, // two addressees per period
                    "select count(*) from report_requirement q join reporting_period p on p.id = q.period_id"
                            + " where p.plan_id = '" + plan.id() + "'"));
            assertEquals(4, TestDatabase.count(ReportServiceTestEnvironment.DATABASE,
                    "select count(*) from outbox_event where event_type = 'ReportingPeriodOpened'"
                            + " and envelope like '%" + plan.id() + "%'"));
            given().header("Authorization", c.officeToken())
                    .queryParam("planId", plan.id().toString()).queryParam("year", 2026)
                    .when().get("/api/v1/reporting-periods")
                    .then().statusCode(200)
                    .body("total", equalTo(2))
                    .body("items.dueAt", containsInAnyOrder("2026-11-14T17:00:00Z", "2026-12-04T17:00:00Z"));

            reports.await(WAIT, "\"planId\":\"" + plan.id() + "\"", "\"dueAt\":\"2027-11-14T17:00:00Z\"");
            List<ConsumerRecord<String, String>> announced = reports.collect(Duration.ofSeconds(2),
                    "\"ReportingPeriodOpened\"", "\"planId\":\"" + plan.id() + "\"");
            assertEquals(4, announced.size(), "one ReportingPeriodOpened per period");
            assertEquals(4, announced.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).size());
        }
    }

    @Test
    void recordThatIsNoEventGoesToTheDeadLetterTopicAndLaterEventsStillFlow() {
        Commune c = plans.commune();
        Plan plan = plans.plan(c, 2026, 2026);
        String garbage = "{ this is not an event " + UUID.randomUUID();
        UUID otherTypeId = UUID.randomUUID();
        String otherType = IssuedPlans.envelope(otherTypeId, "UnitPlanIssued", "plan-service", plan.id(),
                c.commune().path(), Map.of("planId", plan.id().toString()));

        try (TestKafka.TopicProbe deadLetters = TestKafka.probe("dlt.report-service")) {
            TestKafka.send("plans", plan.id().toString(), garbage);
            TestKafka.send("plans", plan.id().toString(), otherType);
            TestKafka.send("plans", plan.id().toString(), plan.envelope());

            ConsumerRecord<String, String> parked = deadLetters.await(WAIT, garbage);
            assertNotNull(parked.headers().lastHeader("dead-letter-reason"), "the reason travels with the record");
            awaitPeriods(plan, c.officeToken(), 1);
            // A catalogue event type report-service does not act on is consumed and ignored, not parked.
            assertEquals(1, TestDatabase.count(ReportServiceTestEnvironment.DATABASE,
                    "select count(*) from inbox_event where event_id = '" + otherTypeId + "'"));
            assertEquals(0, deadLetters.collect(Duration.ofSeconds(1), otherTypeId.toString()).size());
        }
    }

    @Test
    void planIssuedThatCannotBeAppliedIsParkedWithoutOpeningAnything() {
        Commune c = plans.commune();
        Plan plan = plans.plan(c, 2027, 2026); // lastYear before firstYear

        try (TestKafka.TopicProbe deadLetters = TestKafka.probe("dlt.report-service")) {
            TestKafka.send("plans", plan.id().toString(), plan.envelope());

            ConsumerRecord<String, String> parked = deadLetters.await(WAIT, plan.id().toString());
            String reason = new String(parked.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
            assertTrue(reason.contains("firstYear <= lastYear"), reason);
            assertEquals(0, TestDatabase.count(ReportServiceTestEnvironment.DATABASE,
                    "select count(*) from reporting_period where plan_id = '" + plan.id() + "'"));
        }
    }

    @Test
    void unitRenamedInTheDirectoryIsShownUnderItsNewNameInItsPeriods() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        UUID periodId = plans.opened(plan, 2026).periodId();
        IssuedPlans.Unit renamed = new IssuedPlans.Unit(c.village().id(), "Thôn Đông Hải", c.village().path());

        TestKafka.send("directory.units", renamed.id().toString(), IssuedPlans.unitUpserted(renamed, "VILLAGE"));

        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", c.unitToken(c.village()))
                .when().get("/api/v1/reporting-periods/" + periodId)
                .then().statusCode(200)
                .body("requirements.unitName", containsInAnyOrder("Thôn Đông Hải")));
    }

    private static void awaitPeriods(Plan plan, String token, int expected) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> given()
                .header("Authorization", token)
                .queryParam("planId", plan.id().toString())
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200).body("total", equalTo(expected)));
    }
}
