package vn.thiduaso.report.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thiduaso.report.api.ReportCalls.action;
import static vn.thiduaso.report.api.ReportCalls.create;
import static vn.thiduaso.report.api.ReportCalls.put;
import static vn.thiduaso.report.api.ReportCalls.villageDraft;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.platform.test.TestKafka;
import vn.thiduaso.platform.time.VietnamTime;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.IssuedPlans.Structured;
import vn.thiduaso.report.service.WorkingCalendarService;

/** A unit's report from draft to acceptance and back, through the API, with its events on the real `reports` topic. */
@QuarkusTest
class ReportLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    IssuedPlans plans;

    @Inject
    WorkingCalendarService calendar;

    @Test
    void unitWritesAndSubmitsOfficeReturnsUnitResubmitsOfficeAcceptsAndReopens() throws Exception {
        Commune c = plans.commune();
        Structured s = plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
        UUID requirementId = plans.requirement(s.obligationId(), 2027, c.village());
        String unit = c.unitToken(c.village());
        String office = c.officeToken();
        String id = create(unit, requirementId);

        // autosave: the percentage is computed from numerator/denominator (the value sent with them is ignored)
        put(unit, id, villageDraft(s, 0)).then().statusCode(200)
                .body("version", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("editable", equalTo(true))
                .body("summary", equalTo("Thôn Đông hoàn thành phần lớn chỉ tiêu năm."))
                .body("contents.contentId", contains(s.structure().content1().toString(), s.structure().content11().toString()))
                .body("targets[0].targetCode", equalTo("CT01"))
                .body("targets[0].value", equalTo(92))
                .body("targets[0].percentage", equalTo(92.0f))
                .body("targets[0].targetValue", equalTo(90))
                .body("targets[0].comparison", equalTo("GT"))
                .body("targets[0].attained", equalTo(true))
                .body("targets[1].targetCode", equalTo("CT02"))
                .body("targets[1].percentage", nullValue())
                .body("targets[1].attained", equalTo(true))
                .body("selfAssessment.grade", equalTo("GOOD"))
                .body("proposedAwards[0].nominee", equalTo("Thôn Đông"))
                .body("dueAt", equalTo("2027-12-04T17:00:00Z"));

        try (TestKafka.TopicProbe topic = TestKafka.probe("reports")) {
            action(unit, id, "submit", 1).then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("late", equalTo(false))
                    .body("lateSeconds", equalTo(0))
                    .body("editable", equalTo(false));
            JsonNode submitted = payload(topic.await(WAIT, "\"ReportSubmitted\"", "\"reportId\":\"" + id + "\""));
            assertEquals(requirementId.toString(), submitted.get("requirementId").asText());
            assertEquals(c.village().id().toString(), submitted.get("unitId").asText());
            assertEquals(2027, submitted.get("year").asInt());
            assertEquals("2027-12-04T17:00:00Z", submitted.get("dueAt").asText());
            assertEquals(false, submitted.get("late").asBoolean());

            // the unit can no longer edit nor send it again
            put(unit, id, villageDraft(s, 2)).then().statusCode(409).contentType("application/problem+json");
            action(unit, id, "submit", 2).then().statusCode(409).contentType("application/problem+json");

            // the office returns it: default new deadline = 5 working days from today, "trước ngày" the day after
            LocalDate expected = calendar.calendar().plusWorkingDays(VietnamTime.today(), 5).plusDays(1);
            action(office, id, "return", Map.of("version", 2, "reason", "Thiếu số liệu chỉ tiêu CT02"))
                    .then().statusCode(200)
                    .body("status", equalTo("RETURNED"))
                    .body("returnedCount", equalTo(1))
                    .body("lastReturnReason", equalTo("Thiếu số liệu chỉ tiêu CT02"))
                    .body("dueDate", equalTo(expected.toString()));
            JsonNode returned = payload(topic.await(WAIT, "\"ReportReturned\"", "\"reportId\":\"" + id + "\""));
            assertEquals("Thiếu số liệu chỉ tiêu CT02", returned.get("reason").asText());
            assertEquals(expected.toString(), returned.get("dueDate").asText());
            assertEquals(VietnamTime.startOfDay(expected).toString(), returned.get("dueAt").asText());

            // the unit fixes and sends it again
            put(unit, id, villageDraft(s, 3)).then().statusCode(200).body("version", equalTo(4));
            action(unit, id, "submit", 4).then().statusCode(200).body("status", equalTo("SUBMITTED"));

            action(office, id, "accept", Map.of("version", 5, "note", "Đạt yêu cầu")).then().statusCode(200)
                    .body("status", equalTo("ACCEPTED"))
                    .body("acceptedBy", equalTo(c.key() + ".office"))
                    .body("editable", equalTo(false));
            JsonNode accepted = payload(topic.await(WAIT, "\"ReportAccepted\"", "\"reportId\":\"" + id + "\""));
            assertEquals(c.key() + ".office", accepted.get("acceptedBy").asText());
            // an accepted report is locked
            put(office, id, villageDraft(s, 6)).then().statusCode(409);

            LocalDate reopenDue = VietnamTime.today().plusDays(10);
            action(office, id, "reopen", Map.of("version", 6, "reason", "Cần bổ sung minh chứng",
                    "dueDate", reopenDue.toString())).then().statusCode(200)
                    .body("status", equalTo("RETURNED"))
                    .body("returnedCount", equalTo(2))
                    .body("editable", equalTo(true)) // the office may write on the unit's behalf
                    .body("dueDate", equalTo(reopenDue.toString()));
            JsonNode reopened = payload(topic.await(WAIT, "\"ReportReopened\"", "\"reportId\":\"" + id + "\""));
            assertEquals("Cần bổ sung minh chứng", reopened.get("reason").asText());
            assertEquals(reopenDue.toString(), reopened.get("dueDate").asText());
            // every event of the report is keyed by its period and carries the unit's path
            ConsumerRecord<String, String> record = topic.await(WAIT, "\"ReportReopened\"", "\"reportId\":\"" + id + "\"");
            assertEquals(JSON.readTree(record.value()).get("unitPath").asText(), c.village().path());
            assertEquals(submitted.get("periodId").asText(), record.key());
        }

        given().header("Authorization", unit).when().get("/api/v1/reports/{id}", id)
                .then().statusCode(200)
                .body("editable", equalTo(true))
                .body("history.action", contains("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED", "REOPENED"))
                .body("history[2].reason", equalTo("Thiếu số liệu chỉ tiêu CT02"))
                .body("history[2].fromStatus", equalTo("SUBMITTED"))
                .body("history[2].toStatus", equalTo("RETURNED"))
                .body("history[4].actor", equalTo(c.key() + ".office"));
        // "Báo cáo của tôi" and the period detail show where the unit stands
        given().header("Authorization", unit).when().get("/api/v1/report-requirements")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(requirementId.toString()))
                .body("items[0].status", equalTo("DRAFTING"))
                .body("items[0].report.status", equalTo("RETURNED"))
                .body("items[0].dueDate", equalTo(VietnamTime.today().plusDays(10).toString()))
                .body("items[0].daysLeft", equalTo(10))
                .body("items[0].period.planNumber", equalTo("150/KH-UBND"));
        given().header("Authorization", office).when().get("/api/v1/reporting-periods/{id}",
                        plans.opened(s.plan().id(), s.obligationId(), 2027))
                .then().statusCode(200)
                .body("requirements.find { it.unitId == '" + c.village().id() + "' }.reportStatus", equalTo("RETURNED"))
                .body("requirements.find { it.unitId == '" + c.village().id() + "' }.dueDate",
                        equalTo(VietnamTime.today().plusDays(10).toString()))
                .body("requirements.find { it.unitId == '" + c.school().id() + "' }.reportStatus", nullValue())
                .body("requirements.find { it.unitId == '" + c.school().id() + "' }.dueAt", equalTo("2027-12-04T17:00:00Z"));
    }

    @Test
    void aSubmissionAfterTheDueInstantIsMarkedLateAndTheQueueListsTheOldestFirst() throws Exception {
        Commune c = plans.commune();
        Structured s = plans.issueStructured(c, "ANNUAL", 1, 3, 2026, 2026); // due 01/03/2026: long past
        String school = create(c.unitToken(c.school()), plans.requirement(s.obligationId(), 2026, c.school()));
        String village = create(c.unitToken(c.village()), plans.requirement(s.obligationId(), 2026, c.village()));

        try (TestKafka.TopicProbe topic = TestKafka.probe("reports")) {
            action(c.unitToken(c.village()), village, "submit", 0).then().statusCode(200)
                    .body("late", equalTo(true))
                    .body("lateSeconds", greaterThan(0));
            JsonNode submitted = payload(topic.await(WAIT, "\"ReportSubmitted\"", "\"reportId\":\"" + village + "\""));
            assertTrue(submitted.get("late").asBoolean());
            assertTrue(submitted.get("lateSeconds").asLong() > 24 * 3600 * 200L, "more than 200 days late");
        }
        action(c.unitToken(c.school()), school, "submit", 0).then().statusCode(200);

        given().header("Authorization", c.officeToken()).when().get("/api/v1/review-queue")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.reportId", contains(village, school))
                .body("items[0].late", equalTo(true))
                .body("items[0].unit.name", equalTo("Thôn Đông"))
                .body("items[0].period.year", equalTo(2026));
        given().header("Authorization", c.leaderToken()).when().get("/api/v1/review-queue")
                .then().statusCode(200).body("total", equalTo(2));
        // another commune's office sees nothing of it; units and the board have no queue
        given().header("Authorization", plans.neighbourOf(c).officeToken()).when().get("/api/v1/review-queue")
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", c.unitToken(c.village())).when().get("/api/v1/review-queue")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", c.boardToken()).when().get("/api/v1/review-queue")
                .then().statusCode(403);
        given().when().get("/api/v1/review-queue").then().statusCode(401);
        given().header("Authorization", c.officeToken()).queryParam("status", "LOST").when().get("/api/v1/review-queue")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void aUnitConfiguredForConfirmationWaitsForItsLeader() throws Exception {
        Commune c = plans.commune();
        Structured s = plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
        String id = create(c.unitToken(c.village()), plans.requirement(s.obligationId(), 2027, c.village()));

        // settings: the office of the commune, not the unit nor another commune
        given().header("Authorization", c.unitToken(c.village())).contentType(ContentType.JSON)
                .body(Map.of("leaderConfirmationRequired", true))
                .when().put("/api/v1/report-settings/units/{id}", c.village().id())
                .then().statusCode(403);
        given().header("Authorization", plans.neighbourOf(c).officeToken()).contentType(ContentType.JSON)
                .body(Map.of("leaderConfirmationRequired", true))
                .when().put("/api/v1/report-settings/units/{id}", c.village().id())
                .then().statusCode(404);
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(Map.of())
                .when().put("/api/v1/report-settings/units/{id}", c.village().id())
                .then().statusCode(400).body("errors[0].field", equalTo("leaderConfirmationRequired"));
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(Map.of("leaderConfirmationRequired", true))
                .when().put("/api/v1/report-settings/units/{id}", c.village().id())
                .then().statusCode(200).body("leaderConfirmationRequired", equalTo(true));
        given().header("Authorization", c.unitToken(c.village()))
                .when().get("/api/v1/report-settings/units/{id}", c.village().id())
                .then().statusCode(200).body("leaderConfirmationRequired", equalTo(true))
                .body("unitName", equalTo("Thôn Đông"));

        try (TestKafka.TopicProbe topic = TestKafka.probe("reports")) {
            action(c.unitToken(c.village()), id, "submit", 0).then().statusCode(200)
                    .body("status", equalTo("AWAITING_CONFIRMATION"))
                    .body("submittedAt", nullValue());
            given().header("Authorization", c.leaderToken()).queryParam("status", "AWAITING_CONFIRMATION")
                    .when().get("/api/v1/review-queue")
                    .then().statusCode(200).body("items.reportId", contains(id));
            // only a leader covering the unit confirms
            action(c.unitToken(c.village()), id, "confirm", 1).then().statusCode(403);
            action(c.officeToken(), id, "confirm", 1).then().statusCode(403);
            action(plans.neighbourOf(c).leaderToken(), id, "confirm", 1).then().statusCode(404);
            action(c.leaderToken(), id, "confirm", 0).then().statusCode(409).body("currentVersion", equalTo(1));
            action(c.leaderToken(), id, "confirm", 1).then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("confirmedAt", org.hamcrest.Matchers.notNullValue())
                    .body("history.action", contains("CREATED", "SUBMITTED", "CONFIRMED"));
            topic.await(WAIT, "\"ReportSubmitted\"", "\"reportId\":\"" + id + "\"");
            assertEquals(1, topic.collect(Duration.ofSeconds(1), "\"ReportSubmitted\"", "\"reportId\":\"" + id + "\"")
                    .size(), "one ReportSubmitted, at confirmation");
        }
    }

    @Test
    void theFormHasTheTargetsOfTheUnitsGroupForThePeriodsYear() {
        Commune c = plans.commune();
        Structured s = plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
        UUID village = plans.requirement(s.obligationId(), 2027, c.village());
        UUID school = plans.requirement(s.obligationId(), 2027, c.school());

        given().header("Authorization", c.unitToken(c.village())).when().get("/api/v1/report-requirements/{id}/form", village)
                .then().statusCode(200)
                .body("requirement.id", equalTo(village.toString()))
                .body("requirement.report", nullValue())
                .body("plan.id", equalTo(s.plan().id().toString()))
                .body("plan.number", equalTo("150/KH-UBND"))
                .body("contents.number", contains("1", "2"))
                .body("contents[0].children[0].number", equalTo("1.1"))
                .body("targets.code", contains("CT01", "CT02"))
                .body("targets[0].percentage", equalTo(true))
                .body("targets[0].targetValue", equalTo(90))
                .body("targets[0].comparison", equalTo("GTE"))
                .body("targets[0].yearComparison", equalTo("GT"))
                .body("targets[1].targetValue", equalTo(12))
                .body("awardForms[0].code", equalTo(s.structure().awardForm()))
                .body("prefill", nullValue());
        given().header("Authorization", c.unitToken(c.school())).when().get("/api/v1/report-requirements/{id}/form", school)
                .then().statusCode(200)
                .body("targets.code", contains("CT01", "CT03"));
        // another unit's form is not the village's business
        given().header("Authorization", c.unitToken(c.school())).when().get("/api/v1/report-requirements/{id}/form", village)
                .then().statusCode(404);
        given().header("Authorization", c.officeToken()).when().get("/api/v1/report-requirements/{id}/form", UUID.randomUUID())
                .then().statusCode(404);
        given().when().get("/api/v1/report-requirements/{id}/form", village).then().statusCode(401);
        // the office sees both units' requirements, the unit only its own
        given().header("Authorization", c.officeToken()).queryParam("planId", s.plan().id().toString())
                .when().get("/api/v1/report-requirements")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.unit.name", contains("Thôn Đông", "Trường Tiểu học Vĩnh Thử"));
        given().header("Authorization", c.unitToken(c.school())).queryParam("planId", s.plan().id().toString())
                .when().get("/api/v1/report-requirements")
                .then().statusCode(200).body("items.id", contains(school.toString()));
    }

    @Test
    void aFinalReviewIsPrefilledFromTheUnitsAcceptedAnnualReports() {
        Commune c = plans.commune();
        plans.directory(c);
        IssuedPlans.Plan plan = plans.plan(c, 2025, 2027);
        IssuedPlans.Structure s = IssuedPlans.Structure.fresh();
        IssuedPlans.ObligationV2 annual = new IssuedPlans.ObligationV2(UUID.randomUUID(), "Báo cáo hằng năm", "ANNUAL",
                c.office(), 5, 12, null, 2025, 2026, List.of(c.village()), null);
        IssuedPlans.ObligationV2 review = new IssuedPlans.ObligationV2(UUID.randomUUID(), "Báo cáo tổng kết", "FINAL_REVIEW",
                c.office(), 31, 10, null, 2027, 2027, List.of(c.village()), null);
        plans.deliver(IssuedPlans.structuredEnvelope(plan, 1, List.of(annual, review), s));
        String unit = c.unitToken(c.village());
        int[][] values = { { 2025, 35 }, { 2026, 40 } };
        for (int[] v : values) {
            String id = create(unit, plans.requirement(annual.id(), v[0], c.village()));
            put(unit, id, Map.of("version", 0,
                    "contents", List.of(Map.of("contentId", s.content1().toString(), "text", "Kết quả năm " + v[0])),
                    "targets", List.of(Map.of("targetId", s.percentTarget().toString(), "numerator", v[1],
                            "denominator", 50)))).then().statusCode(200);
            action(unit, id, "submit", 1).then().statusCode(200);
            action(c.officeToken(), id, "accept", 2).then().statusCode(200);
        }

        given().header("Authorization", unit)
                .when().get("/api/v1/report-requirements/{id}/form", plans.requirement(review.id(), 2027, c.village()))
                .then().statusCode(200)
                .body("requirement.period.kind", equalTo("FINAL_REVIEW"))
                .body("prefill.years", contains(2025, 2026))
                .body("prefill.targets[0].targetId", equalTo(s.percentTarget().toString()))
                .body("prefill.targets[0].values.year", contains(2025, 2026))
                .body("prefill.targets[0].values.value", contains(70, 80))
                .body("prefill.targets[0].values.numerator", contains(35, 40))
                .body("prefill.narratives[0].contentId", equalTo(s.content1().toString()))
                .body("prefill.narratives[0].byYear.text", contains("Kết quả năm 2025", "Kết quả năm 2026"));
    }

    @Test
    void theOfficeExtendsTheDeadlineForOneUnitThenForEveryone() throws Exception {
        Commune c = plans.commune();
        Structured s = plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
        UUID periodId = plans.opened(s.plan().id(), s.obligationId(), 2027);
        String office = c.officeToken();
        String villageReport = create(c.unitToken(c.village()), plans.requirement(s.obligationId(), 2027, c.village()));

        try (TestKafka.TopicProbe topic = TestKafka.probe("reports")) {
            extend(office, periodId, Map.of("unitId", c.village().id().toString(), "dueDate", "2027-12-20",
                    "reason", "Thôn bị ảnh hưởng bởi bão")).then().statusCode(200)
                    .body("requirements.find { it.unitId == '" + c.village().id() + "' }.dueDate", equalTo("2027-12-20"))
                    .body("requirements.find { it.unitId == '" + c.village().id() + "' }.dueReason",
                            equalTo("Thôn bị ảnh hưởng bởi bão"))
                    .body("requirements.find { it.unitId == '" + c.school().id() + "' }.dueDate", equalTo("2027-12-05"))
                    .body("dueDate", equalTo("2027-12-05"));
            JsonNode one = payload(topic.await(WAIT, "\"DeadlineExtended\"", "\"periodId\":\"" + periodId + "\"",
                    "\"forEveryone\":false"));
            assertEquals(1, one.get("unitIds").size());
            assertEquals(c.village().id().toString(), one.get("unitIds").get(0).asText());
            assertEquals("2027-12-04T17:00:00Z", one.get("previousDueAt").asText());
            assertEquals("2027-12-19T17:00:00Z", one.get("dueAt").asText());

            extend(office, periodId, Map.of("dueDate", "2027-12-15", "reason", "Gia hạn chung")).then().statusCode(200)
                    .body("dueDate", equalTo("2027-12-15"))
                    .body("requirements.find { it.unitId == '" + c.school().id() + "' }.dueDate", equalTo("2027-12-15"))
                    // the village's own, later deadline stays
                    .body("requirements.find { it.unitId == '" + c.village().id() + "' }.dueDate", equalTo("2027-12-20"));
            JsonNode all = payload(topic.await(WAIT, "\"DeadlineExtended\"", "\"periodId\":\"" + periodId + "\"",
                    "\"forEveryone\":true"));
            assertEquals(1, all.get("unitIds").size());
            assertEquals(c.school().id().toString(), all.get("unitIds").get(0).asText());
            assertTrue(all.get("previousDueAt").isNull(), "the units' deadlines differed");
            assertEquals("Gia hạn chung", all.get("reason").asText());
        }
        given().header("Authorization", c.unitToken(c.village())).when().get("/api/v1/reports/{id}", villageReport)
                .then().statusCode(200)
                .body("dueDate", equalTo("2027-12-20"))
                .body("history.action", contains("CREATED", "DEADLINE_EXTENDED"));

        // bad input: nothing changes
        extend(office, periodId, Map.of("dueDate", "2027-12-10", "reason", "Sớm hơn hạn hiện tại"))
                .then().statusCode(400).body("errors[0].field", equalTo("dueDate"));
        extend(office, periodId, Map.of("dueDate", "2027-12-30", "reason", "  "))
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        extend(office, periodId, Map.of("dueDate", "2027-12-30")).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        extend(office, periodId, Map.of("unitId", UUID.randomUUID().toString(), "dueDate", "2027-12-30", "reason", "x"))
                .then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        extend(office, periodId, Map.of("dueDate", VietnamTime.today().minusDays(1).toString(), "reason", "x"))
                .then().statusCode(400).body("errors[0].field", equalTo("dueDate"));
        extend(plans.neighbourOf(c).officeToken(), periodId, Map.of("dueDate", "2027-12-30", "reason", "x"))
                .then().statusCode(404);
        extend(c.unitToken(c.village()), periodId, Map.of("dueDate", "2027-12-30", "reason", "x")).then().statusCode(403);
        extend(c.leaderToken(), periodId, Map.of("dueDate", "2027-12-30", "reason", "x")).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("dueDate", "2027-12-30", "reason", "x"))
                .when().post("/api/v1/reporting-periods/{id}/extensions", periodId).then().statusCode(401);
        given().header("Authorization", office).when().get("/api/v1/reporting-periods/{id}", periodId)
                .then().statusCode(200).body("dueDate", equalTo("2027-12-15"));
    }

    private static io.restassured.response.Response extend(String token, UUID periodId, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reporting-periods/{id}/extensions", periodId);
    }

    private static JsonNode payload(ConsumerRecord<String, String> record) throws Exception {
        return JSON.readTree(record.value()).get("payload");
    }
}
