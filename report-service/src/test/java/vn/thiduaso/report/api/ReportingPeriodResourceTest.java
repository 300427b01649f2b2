package vn.thiduaso.report.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.test.Tokens;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.IssuedPlans.Plan;
import vn.thiduaso.report.IssuedPlans.Unit;

@QuarkusTest
class ReportingPeriodResourceTest {

    @Inject
    IssuedPlans plans;

    @Test
    void listWithoutTokenIs401Problem() {
        given().when().get("/api/v1/reporting-periods")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void officeSeesItsCommunesPeriodsAndAnotherCommunesOfficeDoesNot() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2027));
        Commune neighbour = plans.neighbourOf(c);

        given().header("Authorization", c.officeToken())
                .queryParam("planId", plan.id().toString())
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.year", equalTo(java.util.List.of(2026, 2027)))
                .body("items[0].requirementCount", equalTo(2));

        given().header("Authorization", neighbour.officeToken())
                .queryParam("planId", plan.id().toString())
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("items", hasSize(0));
    }

    @Test
    void boardReadsEveryPeriodOfItsCitySubtree() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        Commune otherCity = plans.commune();

        given().header("Authorization", c.boardToken())
                .queryParam("planId", plan.id().toString())
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].requirementCount", equalTo(2));
        given().header("Authorization", otherCity.boardToken())
                .queryParam("planId", plan.id().toString())
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void unitSeesOnlyPeriodsItMustReportInAndOnlyItsOwnRequirement() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        UUID periodId = plans.opened(plan, 2026).periodId();
        Unit notAddressed = IssuedPlans.otherUnit(c, "thon-tay", "Thôn Tây");

        given().header("Authorization", c.unitToken(c.village()))
                .queryParam("planId", plan.id().toString())
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].requirementCount", equalTo(1));
        given().header("Authorization", c.unitToken(c.village()))
                .when().get("/api/v1/reporting-periods/" + periodId)
                .then().statusCode(200)
                .body("title", equalTo("Báo cáo kết quả thực hiện Phong trào thi đua năm 2026"))
                .body("recipientUnit.name", equalTo("Phòng Văn hóa - Xã hội"))
                .body("requirements", hasSize(1))
                .body("requirements[0].unitId", equalTo(c.village().id().toString()))
                .body("requirements[0].unitName", equalTo("Thôn Đông"))
                .body("requirements[0].status", equalTo("PENDING"));

        given().header("Authorization", c.unitToken(notAddressed))
                .queryParam("planId", plan.id().toString())
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200)
                .body("total", equalTo(0));
        given().header("Authorization", c.unitToken(notAddressed))
                .when().get("/api/v1/reporting-periods/" + periodId)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void officeSeesEveryRequirementOfItsCommuneInTheDetail() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        UUID periodId = plans.opened(plan, 2026).periodId();

        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/reporting-periods/" + periodId)
                .then().statusCode(200)
                .body("planId", equalTo(plan.id().toString()))
                .body("dueAt", equalTo("2026-12-04T17:00:00Z"))
                .body("requirementCount", equalTo(2))
                .body("requirements.unitName", equalTo(java.util.List.of("Thôn Đông", "Trường Tiểu học Vĩnh Thử")));
    }

    @Test
    void periodOfAnotherCommuneAndAnUnknownOneAreBoth404() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        UUID periodId = plans.opened(plan, 2026).periodId();

        given().header("Authorization", plans.neighbourOf(c).officeToken())
                .when().get("/api/v1/reporting-periods/" + periodId)
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/reporting-periods/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void filterByYearKeepsOnlyThatYear() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2025, 2030));

        given().header("Authorization", Tokens.role("admin").bearer())
                .queryParam("planId", plan.id().toString()).queryParam("year", 2027)
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].year", equalTo(2027))
                .body("items[0].dueDate", equalTo("2027-12-05"));
        given().header("Authorization", Tokens.role("admin").bearer())
                .queryParam("planId", plan.id().toString()).queryParam("size", 4).queryParam("page", 1)
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.year", equalTo(java.util.List.of(2029, 2030)));
    }

    @Test
    void badPagingAndFiltersAre400ProblemsNamingTheField() {
        String token = plans.commune().officeToken();
        expect400(token, "size", "0", "size");
        expect400(token, "size", "101", "size");
        expect400(token, "page", "-1", "page");
        expect400(token, "year", "1999", "year");
        expect400(token, "year", "2101", "year");
        expect400(token, "planId", "khong-phai-uuid", "planId");
    }

    private static void expect400(String token, String param, String value, String field) {
        given().header("Authorization", token)
                .queryParam(param, value)
                .when().get("/api/v1/reporting-periods")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors.field", hasItem(field));
    }
}
