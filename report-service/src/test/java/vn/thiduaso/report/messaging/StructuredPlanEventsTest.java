package vn.thiduaso.report.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import vn.thiduaso.report.IssuedPlans.ObligationV2;
import vn.thiduaso.report.IssuedPlans.Plan;
import vn.thiduaso.report.ReportServiceTestEnvironment;

/** PlanIssued v2, PlanAmended v1, PlanClosed v1 and unit moves, through the real broker. */
@QuarkusTest
class StructuredPlanEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DB = ReportServiceTestEnvironment.DATABASE;

    @Inject
    IssuedPlans plans;

    private static ObligationV2 annual(Commune c, int day, int month, int first, int last, List<IssuedPlans.Unit> reporters,
            Map<String, Object> secondHop) {
        return new ObligationV2(UUID.randomUUID(), "Báo cáo kết quả thực hiện Phong trào thi đua", "ANNUAL", c.office(),
                day, month, null, first, last, reporters, secondHop);
    }

    @Test
    void v2OpensPeriodsPerKindForTheResolvedReportersAndTheCommunesOwnPeriodOnwards() {
        Commune c = plans.commune();
        Plan plan = plans.plan(c, 2027, 2028);
        ObligationV2 yearly = annual(c, 5, 12, 2027, 2028, List.of(c.village()),
                Map.of("recipientName", "Sở Nội vụ (Ban Thi đua - Khen thưởng)", "dueDay", 15, "dueMonth", 12));
        ObligationV2 finalReview = new ObligationV2(UUID.randomUUID(), "Báo cáo tổng kết Phong trào", "FINAL_REVIEW",
                c.office(), 31, 10, null, 2028, 2028, List.of(c.village(), c.school()), null);
        ObligationV2 adHoc = new ObligationV2(UUID.randomUUID(), "Báo cáo nhanh", "AD_HOC", c.office(), null, null,
                "2027-06-30", 2027, 2027, List.of(c.school()), null);

        TestKafka.send("plans", plan.id().toString(),
                IssuedPlans.versionEnvelope("PlanIssued", plan, 1, List.of(yearly, finalReview, adHoc)));

        // 2 yearly + 2 onwards + 1 final review + 1 ad hoc
        awaitCount("select count(*) from reporting_period where plan_id = '" + plan.id() + "'", 6);
        // the yearly obligation concerns the village only, not every addressee
        given().header("Authorization", c.unitToken(c.school()))
                .queryParam("planId", plan.id().toString())
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.kind", containsInAnyOrder("AD_HOC", "FINAL_REVIEW"))
                .body("items.dueAt", containsInAnyOrder("2027-06-29T17:00:00Z", "2028-10-30T17:00:00Z"));
        // the commune's own report to the board: the issuing unit reports, due 15/12 each year
        assertEquals(2, TestDatabase.count(DB, "select count(*) from reporting_period p join report_requirement q"
                + " on q.period_id = p.id where p.plan_id = '" + plan.id() + "' and p.second_hop"
                + " and q.unit_id = '" + c.commune().id() + "' and p.recipient_unit_name = 'Sở Nội vụ (Ban Thi đua - Khen thưởng)'"
                + " and p.recipient_unit_id is null and to_char(p.due_date, 'DD/MM') = '15/12'"));
        given().header("Authorization", c.leaderToken())
                .queryParam("planId", plan.id().toString()).queryParam("year", 2027)
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200)
                .body("items.findAll { it.secondHop }.recipientUnit.name",
                        equalTo(List.of("Sở Nội vụ (Ban Thi đua - Khen thưởng)")));
        // ?secondHop= keeps one side only, and the total counts that side (the SPA's consolidation list)
        given().header("Authorization", c.leaderToken())
                .queryParam("planId", plan.id().toString()).queryParam("secondHop", true)
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.secondHop", equalTo(List.of(true, true)));
        given().header("Authorization", c.leaderToken())
                .queryParam("planId", plan.id().toString()).queryParam("secondHop", false)
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.secondHop", equalTo(List.of(false, false, false, false)));
    }

    @Test
    void anAmendmentMovesDueDatesReassignsReportersAndOpensNewObligations() throws Exception {
        Commune c = plans.commune();
        Plan plan = plans.plan(c, 2027, 2027);
        ObligationV2 yearly = annual(c, 5, 12, 2027, 2027, List.of(c.village()), null);
        ObligationV2 dropped = annual(c, 1, 3, 2027, 2027, List.of(c.village()), null);
        plans.deliver(IssuedPlans.versionEnvelope("PlanIssued", plan, 1, List.of(yearly, dropped)));
        UUID periodId = plans.opened(plan.id(), yearly.id(), 2027);
        UUID droppedPeriodId = plans.opened(plan.id(), dropped.id(), 2027);

        ObligationV2 moved = new ObligationV2(yearly.id(), yearly.title(), "ANNUAL", c.office(), 20, 11, null, 2027,
                2027, List.of(c.school()), null);
        ObligationV2 added = annual(c, 1, 6, 2027, 2027, List.of(c.village(), c.school()), null);
        try (TestKafka.TopicProbe reports = TestKafka.probe("reports")) {
            TestKafka.send("plans", plan.id().toString(),
                    IssuedPlans.versionEnvelope("PlanAmended", plan, 2, List.of(moved, added)));

            ConsumerRecord<String, String> changed = reports.await(WAIT, "\"ReportingPeriodChanged\"",
                    "\"periodId\":\"" + periodId + "\"");
            JsonNode payload = JSON.readTree(changed.value()).get("payload");
            assertEquals("2027-11-20", payload.get("dueDate").asText());
            assertEquals("2027-11-19T17:00:00Z", payload.get("dueAt").asText());
            assertEquals("2027-12-04T17:00:00Z", payload.get("previousDueAt").asText());
            assertEquals(List.of(c.school().id().toString()), payload.get("requirements").findValuesAsText("unitId"));
            assertEquals(c.village().id().toString(), payload.get("withdrawnUnitIds").get(0).asText());
        }
        awaitCount("select count(*) from reporting_period where plan_id = '" + plan.id() + "'", 3);
        // an obligation the amended plan no longer has: its requirement is withdrawn, not deleted
        assertEquals(1, TestDatabase.count(DB, "select count(*) from report_requirement where period_id = '"
                + droppedPeriodId + "' and status = 'WITHDRAWN' and withdrawn_at is not null"));
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/reporting-periods/" + periodId)
                .then().statusCode(200)
                .body("dueDate", equalTo("2027-11-20"))
                .body("requirements.unitId", containsInAnyOrder(c.village().id().toString(), c.school().id().toString()))
                .body("requirements.find { it.unitId == '" + c.village().id() + "' }.status", equalTo("WITHDRAWN"))
                .body("requirements.find { it.unitId == '" + c.school().id() + "' }.status", equalTo("PENDING"));
        assertEquals(2, TestDatabase.count(DB, "select count(*) from report_requirement where period_id = '" + periodId
                + "'"), "a withdrawn requirement is kept");
    }

    @Test
    void aClosedPlanOpensNothingFromLaterAmendments() {
        Commune c = plans.commune();
        Plan plan = plans.plan(c, 2027, 2027);
        ObligationV2 yearly = annual(c, 5, 12, 2027, 2027, List.of(c.village()), null);
        plans.deliver(IssuedPlans.versionEnvelope("PlanIssued", plan, 1, List.of(yearly)));
        plans.deliver(IssuedPlans.closedEnvelope(plan));
        UUID amendedId = UUID.randomUUID();
        String amended = IssuedPlans.versionEnvelope("PlanAmended", plan, 2,
                List.of(yearly, annual(c, 1, 6, 2027, 2027, List.of(c.school()), null)));

        TestKafka.send("plans", plan.id().toString(), amended);

        awaitCount("select count(*) from inbox_event where event_type = 'PlanAmended' and aggregate_id = '" + plan.id()
                + "'", 1);
        assertEquals(1, TestDatabase.count(DB, "select count(*) from reporting_period where plan_id = '" + plan.id() + "'"));
        assertTrue(amendedId != null);
    }

    @Test
    void anUnknownVersionIsParkedWithAClearReason() {
        Commune c = plans.commune();
        Plan plan = plans.plan(c, 2027, 2027);
        String v3 = IssuedPlans.versionEnvelope("PlanIssued", plan, 1, List.of()).replace("\"version\":2", "\"version\":3");

        try (TestKafka.TopicProbe deadLetters = TestKafka.probe("dlt.report-service")) {
            TestKafka.send("plans", plan.id().toString(), v3);
            ConsumerRecord<String, String> parked = deadLetters.await(WAIT, plan.id().toString(), "\"version\":3");
            String reason = new String(parked.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
            assertTrue(reason.contains("PlanIssued v3 is not understood"), reason);
            assertTrue(reason.contains("v1, v2"), reason);
        }
    }

    @Test
    void aMovedUnitsPeriodsAreSeenFromItsNewPathOnly() {
        Commune c = plans.commune();
        Commune merged = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2027, 2027));
        UUID periodId = plans.opened(plan, 2027).periodId();
        IssuedPlans.Unit moved = new IssuedPlans.Unit(c.village().id(), "Thôn Đông Hải", merged.commune().path()
                + "/thon-dong-hai");

        TestKafka.send("directory.units", moved.id().toString(), IssuedPlans.unitUpserted(moved, "VILLAGE"));

        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", merged.unitToken(moved))
                .when().get("/api/v1/reporting-periods/" + periodId)
                .then().statusCode(200)
                .body("requirements.unitPath", equalTo(List.of(moved.path()))));
        given().header("Authorization", merged.unitToken(moved))
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200).body("total", equalTo(1));
        // the old path no longer covers the period: outside the scope is a 404, which does not confirm it exists
        given().header("Authorization", c.unitToken(c.village()))
                .when().get("/api/v1/reporting-periods/" + periodId)
                .then().statusCode(404);
        given().header("Authorization", c.unitToken(c.village()))
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200).body("total", equalTo(0));
    }

    private static void awaitCount(String sql, long expected) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> assertEquals(expected, TestDatabase.count(DB, sql)));
    }
}
