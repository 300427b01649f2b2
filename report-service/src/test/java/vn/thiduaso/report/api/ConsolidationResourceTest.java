package vn.thiduaso.report.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thiduaso.report.CycleFixtures.ratio;
import static vn.thiduaso.report.CycleFixtures.value;
import static vn.thiduaso.report.CycleFixtures.written;

import java.time.Duration;
import java.time.Instant;
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
import io.restassured.path.json.JsonPath;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;
import vn.thiduaso.report.CycleFixtures;
import vn.thiduaso.report.CycleFixtures.Structured;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.ReportServiceTestEnvironment;

@QuarkusTest
class ConsolidationResourceTest {

    private static final String DB = ReportServiceTestEnvironment.DATABASE;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String VILLAGE_1 = "Thôn Đông tổ chức 12 buổi hướng dẫn kỹ năng số cho 340 lượt người dân.";
    static final String SCHOOL_1 = "Nhà trường đưa nội dung kỹ năng số vào hoạt động ngoại khóa cho 450 học sinh.";
    static final String VILLAGE_2 = "Thôn Đông lắp đặt 3 điểm phát wifi công cộng.";
    /** 2026 reports in before 05/12/2026. */
    static final Instant ON_TIME_2026 = Instant.parse("2026-11-20T03:00:00Z");

    @Inject
    IssuedPlans plans;

    @Inject
    CycleFixtures cycle;

    /** A commune whose village and school reported for 2026 (accepted), the MTTQ did not. */
    Structured reported(int year) {
        Commune c = plans.commune();
        Structured s = cycle.issue(c, 2025, 2026, null);
        UUID period = cycle.period(s.annual(), year, false);
        cycle.report(period, c.village(), new CycleFixtures.Written("Thôn Đông hoàn thành các chỉ tiêu năm.",
                Map.of(s.content1(), VILLAGE_1, s.content2(), VILLAGE_2),
                Map.of(s.ct01(), ratio("120", "150"), s.ct02(), value("12")), "Thiếu kinh phí mua thiết bị.",
                "Đề nghị hỗ trợ 2 máy tính."), Instant.parse(year + "-11-20T03:00:00Z"), true);
        cycle.report(period, c.school(), written("", Map.of(s.content1(), SCHOOL_1),
                Map.of(s.ct01(), ratio("150", "150"), s.ct02(), value("8"))), Instant.parse(year + "-11-21T03:00:00Z"),
                true);
        return s;
    }

    static String assemblePath(UUID periodId) {
        return "/api/v1/reporting-periods/" + periodId + "/consolidation";
    }

    @Test
    void officeAssemblesTheAcceptedReportsPerContentAndTargetAndListsWhoDidNotReport() {
        Structured s = reported(2026);
        Commune c = s.commune();
        UUID period = cycle.period(s.annual(), 2026, false);

        var created = given().header("Authorization", c.officeToken())
                .when().post(assemblePath(period))
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(0))
                .body("unit.id", equalTo(c.commune().id().toString()))
                .body("unit.name", equalTo(c.commune().name()))
                .body("period.id", equalTo(period.toString()))
                .body("expectedReports", equalTo(3))
                .body("sourceReports", equalTo(2))
                // per content item in tree order, each unit's text under its name, the commune's text prefilled
                .body("contents.contentId", contains(s.content1().toString(), s.content1a().toString(), s.content2().toString()))
                .body("contents[0].title", equalTo(CycleFixtures.CONTENT_1))
                .body("contents[0].sources.unitName", contains("Thôn Đông", "Trường Tiểu học Vĩnh Thử"))
                .body("contents[0].text", equalTo("Thôn Đông: " + VILLAGE_1 + "\n\nTrường Tiểu học Vĩnh Thử: " + SCHOOL_1))
                .body("contents[0].edited", equalTo(false))
                .body("contents[1].depth", equalTo(1))
                .body("contents[1].sources.size()", equalTo(0))
                .body("contents[2].text", equalTo("Thôn Đông: " + VILLAGE_2))
                .body("difficulties", equalTo("Thôn Đông: Thiếu kinh phí mua thiết bị."))
                .body("proposals", equalTo("Thôn Đông: Đề nghị hỗ trợ 2 máy tính."))
                .body("summary", equalTo("Thôn Đông: Thôn Đông hoàn thành các chỉ tiêu năm."))
                .body("missingUnits.unitName", contains("Ủy ban MTTQ Việt Nam xã"))
                .body("missingUnits[0].reportStatus", nullValue())
                .body("years.size()", equalTo(0))
                .body("contents[1].parentId", equalTo(s.content1().toString()))
                .body("contents[0].parentId", nullValue())
                .body("editable", equalTo(true))
                .body("secondHop.recipientName", equalTo(CycleFixtures.RECIPIENT))
                .body("secondHop.dueAt", equalTo("2026-12-14T17:00:00Z"))
                .body("secondHop.requirementStatus", equalTo("PENDING"))
                .body("actions.edit", equalTo(true))
                .body("actions.approve", equalTo(false))
                .body("history.action", contains("ASSEMBLED"))
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/consolidations/" + id));
        JsonPath json = created.jsonPath();
        // CT01 is a percentage: Σ numerators / Σ denominators = 270 / 300 = 90 % ≥ 80 %; CT02 sums to 20 < 30.
        assertEquals(List.of("CT01", "CT02"), json.getList("targets.targetCode"));
        assertEquals(90.0, json.getDouble("targets[0].ratio"));
        assertEquals(null, (Object) json.get("targets[1].ratio"));
        assertEquals(270.0, json.getDouble("targets[0].numeratorSum"));
        assertEquals(300.0, json.getDouble("targets[0].denominatorSum"));
        assertEquals(90.0, json.getDouble("targets[0].value"));
        assertEquals(80.0, json.getDouble("targets[0].targetValue"));
        assertEquals("GTE", json.getString("targets[0].comparison"));
        assertEquals(true, json.getBoolean("targets[0].attained"));
        assertEquals(2, json.getInt("targets[0].unitCount"));
        assertEquals(20.0, json.getDouble("targets[1].value"));
        assertEquals(false, json.getBoolean("targets[1].attained"));

        given().header("Authorization", c.leaderToken()).when().get(assemblePath(period))
                .then().statusCode(200).body("id", equalTo(id)).body("actions.approve", equalTo(true))
                .body("actions.edit", equalTo(false));
        given().header("Authorization", c.officeToken()).when().get("/api/v1/consolidations/" + id)
                .then().statusCode(200).body("contents[0].sources[0].text", equalTo(VILLAGE_1));
    }

    @Test
    void reassemblingKeepsTheOfficesEditsAndTakesInReportsAcceptedSince() {
        Structured s = reported(2026);
        Commune c = s.commune();
        UUID period = cycle.period(s.annual(), 2026, false);
        String id = given().header("Authorization", c.officeToken()).post(assemblePath(period))
                .then().statusCode(201).extract().path("id");
        String own = "Các đơn vị đã tổ chức 12 buổi hướng dẫn và đưa kỹ năng số vào trường học.";
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "contents", List.of(Map.of("contentId", s.content1().toString(), "text", own)),
                        "summary", "Năm 2026, xã hoàn thành phần lớn chỉ tiêu."))
                .when().put("/api/v1/consolidations/" + id)
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("contents[0].text", equalTo(own))
                .body("contents[0].edited", equalTo(true))
                .body("summary", equalTo("Năm 2026, xã hoàn thành phần lớn chỉ tiêu."))
                // what is not sent stays as it is
                .body("difficulties", equalTo("Thôn Đông: Thiếu kinh phí mua thiết bị."));

        String mttq1 = "Mặt trận phát động toàn dân tham gia học kỹ năng số.";
        cycle.report(period, s.mttq(), written("", Map.of(s.content1(), mttq1, s.content2(), "Vận động lắp wifi."),
                Map.of(s.ct01(), ratio("30", "100"))), ON_TIME_2026, true);

        given().header("Authorization", c.officeToken())
                .when().post(assemblePath(period))
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("sourceReports", equalTo(3))
                .body("missingUnits.size()", equalTo(0))
                .body("contents[0].text", equalTo(own))
                .body("contents[0].edited", equalTo(true))
                .body("contents[0].sources.unitName", contains("Thôn Đông", "Trường Tiểu học Vĩnh Thử", "Ủy ban MTTQ Việt Nam xã"))
                .body("contents[2].text", equalTo("Thôn Đông: " + VILLAGE_2 + "\n\nỦy ban MTTQ Việt Nam xã: Vận động lắp wifi."))
                .body("summary", equalTo("Năm 2026, xã hoàn thành phần lớn chỉ tiêu."))
                .body("history.action", contains("ASSEMBLED", "EDITED", "REASSEMBLED"));
        JsonPath json = given().header("Authorization", c.officeToken()).get("/api/v1/consolidations/" + id).jsonPath();
        // 300 / 400 = 75 % < 80 %
        assertEquals(75.0, json.getDouble("targets[0].value"));
        assertEquals(false, json.getBoolean("targets[0].attained"));
    }

    @Test
    void staleVersionsUnknownContentsAndLongTextsAreRefusedAndNothingIsStored() {
        Structured s = reported(2026);
        Commune c = s.commune();
        UUID period = cycle.period(s.annual(), 2026, false);
        String id = given().header("Authorization", c.officeToken()).post(assemblePath(period))
                .then().statusCode(201).extract().path("id");
        String before = given().header("Authorization", c.officeToken()).get("/api/v1/consolidations/" + id).path("contents[0].text");

        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(Map.of("version", 7, "contents", List.of(Map.of("contentId", s.content1().toString(), "text", "Mới"))))
                .when().put("/api/v1/consolidations/" + id)
                .then().statusCode(409).contentType("application/problem+json").body("currentVersion", equalTo(0));
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "contents", List.of(
                        Map.of("contentId", s.content1().toString(), "text", "Mới"),
                        Map.of("contentId", UUID.randomUUID().toString(), "text", "Không có"))))
                .when().put("/api/v1/consolidations/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("contents[1].contentId"));
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "contents", List.of(Map.of("contentId", s.content1().toString(), "text", "x".repeat(50001)))))
                .when().put("/api/v1/consolidations/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("contents[0].text"));
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(Map.of("contents", List.of()))
                .when().put("/api/v1/consolidations/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body("{\"version\": \"abc\"}")
                .when().put("/api/v1/consolidations/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));

        given().header("Authorization", c.officeToken()).get("/api/v1/consolidations/" + id)
                .then().statusCode(200).body("version", equalTo(0)).body("contents[0].text", equalTo(before))
                .body("history.size()", equalTo(1));
    }

    @Test
    void leaderApprovesOfficeSubmitsTheSecondHopIsSubmittedAndTheBoardReadsIt() throws Exception {
        Structured s = reported(2025);
        Commune c = s.commune();
        UUID period = cycle.period(s.annual(), 2025, false);
        UUID secondHop = cycle.period(s.annual(), 2025, true);
        UUID hopRequirement = cycle.requirement(secondHop, c.commune());
        String id = given().header("Authorization", c.officeToken()).post(assemblePath(period))
                .then().statusCode(201).extract().path("id");

        // the office cannot approve, the board cannot read a draft, a submit needs the approval first
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/consolidations/" + id + "/approve")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", c.boardToken()).when().get("/api/v1/consolidations/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/consolidations/" + id + "/submit")
                .then().statusCode(409).body("detail", equalTo("Báo cáo tổng hợp cần được lãnh đạo phê duyệt trước khi gửi"));

        given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/consolidations/" + id + "/approve")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("approvedAt", not(nullValue()))
                .body("actions.submit", equalTo(true));
        // approved: no more edits, no re-assembly
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "summary", "Sửa muộn"))
                .when().put("/api/v1/consolidations/" + id)
                .then().statusCode(409);
        given().header("Authorization", c.officeToken()).when().post(assemblePath(period)).then().statusCode(409);

        try (TestKafka.TopicProbe reports = TestKafka.probe("reports")) {
            given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(Map.of("version", 1))
                    .when().post("/api/v1/consolidations/" + id + "/submit")
                    .then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("submittedBy", equalTo(c.key() + ".office"))
                    .body("secondHop.periodId", equalTo(secondHop.toString()))
                    .body("secondHop.requirementStatus", equalTo("SUBMITTED"))
                    // due before 15/12/2025: submitted a year later
                    .body("dueAt", equalTo("2025-12-14T17:00:00Z"))
                    .body("late", equalTo(true));
            ConsumerRecord<String, String> event = reports.await(Duration.ofSeconds(25), "\"ConsolidatedReportSubmitted\"",
                    "\"consolidationId\":\"" + id + "\"");
            assertEquals(secondHop.toString(), event.key());
            JsonNode envelope = JSON.readTree(event.value());
            assertEquals(1, envelope.path("version").asInt());
            assertEquals(c.commune().path(), envelope.path("unitPath").asText());
            JsonNode p = envelope.path("payload");
            assertEquals(period.toString(), p.path("sourcePeriodId").asText());
            assertEquals(secondHop.toString(), p.path("secondHopPeriodId").asText());
            assertEquals(hopRequirement.toString(), p.path("secondHopRequirementId").asText());
            assertEquals(s.planId().toString(), p.path("planId").asText());
            assertEquals(2025, p.path("year").asInt());
            assertEquals(c.commune().id().toString(), p.path("unitId").asText());
            assertEquals(c.commune().name(), p.path("unitName").asText());
            assertEquals(CycleFixtures.RECIPIENT, p.path("recipientName").asText());
            assertEquals("2025-12-14T17:00:00Z", p.path("dueAt").asText());
            assertTrue(p.path("late").asBoolean());
            assertTrue(p.path("lateSeconds").asLong() > 300 * 86_400L, p.toString());
        }
        assertEquals("SUBMITTED", cycle.requirementStatus(hopRequirement));
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(Map.of("version", 2))
                .when().post("/api/v1/consolidations/" + id + "/submit").then().statusCode(409);

        // the board of the city reads it and lists it; another city's board does not
        given().header("Authorization", c.boardToken()).when().get("/api/v1/consolidations/" + id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("actions.submit", equalTo(false))
                .body("history.action", contains("ASSEMBLED", "APPROVED", "SUBMITTED"));
        given().header("Authorization", c.boardToken()).queryParam("year", 2025)
                .when().get("/api/v1/consolidations")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].unit.name", equalTo(c.commune().name()))
                .body("items[0].recipientName", equalTo(CycleFixtures.RECIPIENT))
                .body("items[0].missingUnits", equalTo(1));
        Commune elsewhere = plans.commune();
        given().header("Authorization", elsewhere.boardToken()).when().get("/api/v1/consolidations/" + id)
                .then().statusCode(404);
    }

    @Test
    void theBoardListsOnlySubmittedConsolidationsOfItsCommunes() {
        Structured a = reported(2026);
        Commune c = a.commune();
        String draft = given().header("Authorization", c.officeToken()).post(assemblePath(cycle.period(a.annual(), 2026, false)))
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", c.boardToken()).when().get("/api/v1/consolidations")
                .then().statusCode(200).body("items.id", not(hasItem(draft)));
        given().header("Authorization", c.boardToken()).queryParam("status", "DRAFT").when().get("/api/v1/consolidations")
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", c.officeToken()).when().get("/api/v1/consolidations")
                .then().statusCode(200).body("items.id", hasItem(draft)).body("items[0].status", equalTo("DRAFT"));
        given().header("Authorization", c.officeToken()).queryParam("unitPath", plans.commune().commune().path())
                .when().get("/api/v1/consolidations").then().statusCode(404);
        given().header("Authorization", c.unitToken(c.village())).when().get("/api/v1/consolidations").then().statusCode(403);
        given().header("Authorization", c.councilToken()).when().get("/api/v1/consolidations").then().statusCode(403);
        given().header("Authorization", c.officeToken()).queryParam("status", "LOST").when().get("/api/v1/consolidations")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().when().get("/api/v1/consolidations").then().statusCode(401);
    }

    @Test
    void onlyTheCommunesOfficeAssemblesAndOnlyAReportersPeriod() {
        Structured s = reported(2026);
        Commune c = s.commune();
        UUID period = cycle.period(s.annual(), 2026, false);
        for (String token : List.of(c.leaderToken(), c.unitToken(c.village()), c.councilToken(), c.boardToken())) {
            given().header("Authorization", token).when().post(assemblePath(period))
                    .then().statusCode(403).contentType("application/problem+json");
        }
        // another commune's office may assemble, but not this commune's period: it is not shown (404)
        given().header("Authorization", plans.neighbourOf(c).officeToken()).when().post(assemblePath(period))
                .then().statusCode(404).contentType("application/problem+json");
        given().when().post(assemblePath(period)).then().statusCode(401);
        given().header("Authorization", c.officeToken()).when().get(assemblePath(period))
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", c.officeToken()).when().post(assemblePath(UUID.randomUUID())).then().statusCode(404);
        given().header("Authorization", c.officeToken()).when().post(assemblePath(cycle.period(s.annual(), 2026, true)))
                .then().statusCode(400).body("errors[0].field", equalTo("periodId"));
        assertEquals(0, TestDatabase.count(DB, "select count(*) from consolidated_report where period_id = '" + period + "'"));
    }

    @Test
    void aReviewIsPrefilledWithTheYearlySeriesOfTheAnnualData() {
        Commune c = plans.commune();
        Structured s = cycle.issue(c, 2025, 2026, 2027);
        UUID y2025 = cycle.period(s.annual(), 2025, false);
        UUID y2026 = cycle.period(s.annual(), 2026, false);
        cycle.report(y2025, c.village(), written("", Map.of(s.content1(), "Năm 2025: 5 buổi."),
                Map.of(s.ct01(), ratio("60", "100"), s.ct02(), value("5"))), Instant.parse("2025-11-20T03:00:00Z"), true);
        cycle.report(y2026, c.village(), written("", Map.of(s.content1(), "Năm 2026: 9 buổi."),
                Map.of(s.ct01(), ratio("85", "100"), s.ct02(), value("9"))), ON_TIME_2026, true);
        cycle.report(y2026, c.school(), written("", Map.of(), Map.of(s.ct01(), ratio("95", "100"))), ON_TIME_2026, true);
        // 2026 is consolidated and approved: the review takes the commune's own text of that year
        String annual = given().header("Authorization", c.officeToken()).post(assemblePath(y2026))
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "contents", List.of(Map.of("contentId", s.content1().toString(),
                        "text", "Năm 2026 xã tổ chức 9 buổi hướng dẫn."))))
                .put("/api/v1/consolidations/" + annual).then().statusCode(200);
        given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post("/api/v1/consolidations/" + annual + "/approve").then().statusCode(200);

        UUID review = cycle.period(s.review(), 2027, false);
        JsonPath json = given().header("Authorization", c.officeToken()).when().post(assemblePath(review))
                .then().statusCode(201)
                .body("period.kind", equalTo("PRELIMINARY_REVIEW"))
                .body("years", contains(2025, 2026))
                .body("targets[0].targetCode", equalTo("CT01"))
                .body("targets[0].series.year", contains(2025, 2026))
                .body("targets[0].series.source", contains("REPORTS", "CONSOLIDATION"))
                .body("contents[0].contentId", equalTo(s.content1().toString()))
                .body("contents[0].byYear.text", contains("Thôn Đông: Năm 2025: 5 buổi.", "Năm 2026 xã tổ chức 9 buổi hướng dẫn."))
                .extract().jsonPath();
        assertEquals(60.0, json.getDouble("targets[0].series[0].value"));
        assertEquals(90.0, json.getDouble("targets[0].series[1].value"));
        assertEquals(5.0, json.getDouble("targets[1].series[0].value"));
    }
}
