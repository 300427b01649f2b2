package vn.thiduaso.report.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.IssuedPlans.Opened;
import vn.thiduaso.report.IssuedPlans.Plan;
import vn.thiduaso.report.ReportServiceTestEnvironment;

@QuarkusTest
class ReportResourceTest {

    private static final String NARRATIVE = "Thôn Đông đã tổ chức 12 buổi hướng dẫn kỹ năng số cho 340 lượt người dân.";

    @Inject
    IssuedPlans plans;

    @Test
    void unitCreatesItsDraftReportAndReadsItBack() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        Opened period = plans.opened(plan, 2026);
        UUID requirementId = period.requirementOf(c.village());
        String unitToken = c.unitToken(c.village());

        ExtractableResponse<Response> created = given().header("Authorization", unitToken)
                .contentType(ContentType.JSON)
                .body(Map.of("requirementId", requirementId.toString(), "narrative", NARRATIVE))
                .when().post("/api/v1/reports")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("requirementId", equalTo(requirementId.toString()))
                .body("summary", equalTo(NARRATIVE))
                .body("createdBy", equalTo(c.key() + ".thon-dong"))
                .body("version", equalTo(0))
                .body("unit.name", equalTo("Thôn Đông"))
                .body("period.id", equalTo(period.periodId().toString()))
                .body("period.dueAt", equalTo("2026-12-04T17:00:00Z"))
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/reports/" + id), created.header("Location"));

        given().header("Authorization", unitToken)
                .when().get(created.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("summary", equalTo(NARRATIVE))
                .body("status", equalTo("DRAFT"));
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/reporting-periods/" + period.periodId())
                .then().statusCode(200)
                .body("requirements.find { it.unitId == '" + c.village().id() + "' }.status", equalTo("DRAFTING"))
                .body("requirements.find { it.unitId == '" + c.village().id() + "' }.reportId", equalTo(id))
                .body("requirements.find { it.unitId == '" + c.school().id() + "' }.status", equalTo("PENDING"))
                .body("requirements.find { it.unitId == '" + c.school().id() + "' }.reportId", nullValue());
    }

    @Test
    void officeMayDraftForAUnitOfItsCommuneButASecondDraftIs409() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        UUID requirementId = plans.opened(plan, 2026).requirementOf(c.school());

        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(Map.of("requirementId", requirementId.toString(), "narrative", NARRATIVE))
                .when().post("/api/v1/reports")
                .then().statusCode(201);
        given().header("Authorization", c.unitToken(c.school())).contentType(ContentType.JSON)
                .body(Map.of("requirementId", requirementId.toString(), "narrative", "Bản thứ hai"))
                .when().post("/api/v1/reports")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", equalTo("Đơn vị đã có báo cáo cho yêu cầu này"));
        assertEquals(1, reportsOf(requirementId));
    }

    @Test
    void unitCannotDraftAnotherUnitsReport() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        UUID villageRequirement = plans.opened(plan, 2026).requirementOf(c.village());

        given().header("Authorization", c.unitToken(c.school())).contentType(ContentType.JSON)
                .body(Map.of("requirementId", villageRequirement.toString(), "narrative", NARRATIVE))
                .when().post("/api/v1/reports")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Không tìm thấy báo cáo"));
        assertEquals(0, reportsOf(villageRequirement));
    }

    @Test
    void officeOfAnotherCommuneCannotDraftHere() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        UUID requirementId = plans.opened(plan, 2026).requirementOf(c.village());

        given().header("Authorization", plans.neighbourOf(c).officeToken()).contentType(ContentType.JSON)
                .body(Map.of("requirementId", requirementId.toString(), "narrative", NARRATIVE))
                .when().post("/api/v1/reports")
                .then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(0, reportsOf(requirementId));
    }

    @Test
    void rolesThatDoNotWriteReportsGet403() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        UUID requirementId = plans.opened(plan, 2026).requirementOf(c.village());

        for (String token : new String[] { c.councilToken(), c.leaderToken(), c.boardToken() }) {
            given().header("Authorization", token).contentType(ContentType.JSON)
                    .body(Map.of("requirementId", requirementId.toString(), "narrative", NARRATIVE))
                    .when().post("/api/v1/reports")
                    .then().statusCode(403)
                    .contentType("application/problem+json");
        }
        assertEquals(0, reportsOf(requirementId));
    }

    @Test
    void withoutTokenCreatingAndReadingAre401() {
        given().contentType(ContentType.JSON)
                .body(Map.of("requirementId", UUID.randomUUID().toString(), "narrative", NARRATIVE))
                .when().post("/api/v1/reports")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().when().get("/api/v1/reports/" + UUID.randomUUID())
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void invalidRequestsAre400ProblemsNamingTheFieldAndStoreNothing() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        UUID requirementId = plans.opened(plan, 2026).requirementOf(c.village());
        String token = c.unitToken(c.village());

        expect400(token, "{\"requirementId\":\"" + requirementId + "\",\"narrative\":\"" + "a".repeat(20001) + "\"}",
                "narrative", "Nội dung báo cáo tối đa 20000 ký tự");
        expect400(token, "{\"requirementId\":\"khong-phai-uuid\",\"narrative\":\"" + NARRATIVE + "\"}",
                "requirementId", null);
        expect400(token, "{\"narrative\":\"" + NARRATIVE + "\"}", "requirementId", "Cần chọn yêu cầu báo cáo");
        expect400(token, "{\"requirementId\":\"" + UUID.randomUUID() + "\",\"narrative\":\"" + NARRATIVE + "\"}",
                "requirementId", "Yêu cầu báo cáo không tồn tại");
        assertEquals(0, reportsOf(requirementId));

        // exactly 20000 characters is still accepted
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("requirementId", requirementId.toString(), "narrative", "b".repeat(20000)))
                .when().post("/api/v1/reports")
                .then().statusCode(201);
    }

    @Test
    void reportOfAnotherUnitAndAnUnknownOneAreBoth404() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        UUID requirementId = plans.opened(plan, 2026).requirementOf(c.village());
        String id = given().header("Authorization", c.unitToken(c.village())).contentType(ContentType.JSON)
                .body(Map.of("requirementId", requirementId.toString(), "narrative", NARRATIVE))
                .when().post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");

        given().header("Authorization", c.unitToken(c.school()))
                .when().get("/api/v1/reports/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", plans.neighbourOf(c).officeToken())
                .when().get("/api/v1/reports/" + id)
                .then().statusCode(404);
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/reports/" + id)
                .then().statusCode(200)
                .body("unit.path", equalTo(c.village().path()));
        given().header("Authorization", c.boardToken())
                .when().get("/api/v1/reports/" + id)
                .then().statusCode(200);
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/reports/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void retryWithTheSameIdempotencyKeyGivesTheSameReportAndNoSecondRow() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        UUID requirementId = plans.opened(plan, 2026).requirementOf(c.village());
        String token = c.unitToken(c.village());
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("requirementId", requirementId.toString(), "narrative", NARRATIVE);

        ExtractableResponse<Response> first = given().header("Authorization", token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports")
                .then().statusCode(201).extract();
        String id = first.path("id");
        given().header("Authorization", token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/reports/" + id))
                .body("id", equalTo(id))
                .body("summary", equalTo(NARRATIVE))
                .body("createdAt", equalTo(first.<String>path("createdAt")));
        assertEquals(1, reportsOf(requirementId));

        given().header("Authorization", token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("requirementId", requirementId.toString(), "narrative", "Nội dung khác"))
                .when().post("/api/v1/reports")
                .then().statusCode(409)
                .contentType("application/problem+json");
        given().header("Authorization", token).header("Idempotency-Key", "khóa có dấu và khoảng trắng")
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports")
                .then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(1, reportsOf(requirementId));
    }

    private static void expect400(String token, String json, String field, String message) {
        var response = given().header("Authorization", token).contentType(ContentType.JSON)
                .body(json)
                .when().post("/api/v1/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        if (message != null) {
            response.body("errors.message", hasItem(message));
        }
    }

    private static long reportsOf(UUID requirementId) {
        return TestDatabase.count(ReportServiceTestEnvironment.DATABASE,
                "select count(*) from report where requirement_id = '" + requirementId + "'");
    }
}
