package vn.thiduaso.report.api;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;


import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.platform.test.ContractCalls;
import vn.thiduaso.platform.test.OpenApiContractSuite;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.IssuedPlans.Opened;
import vn.thiduaso.report.IssuedPlans.Plan;

/** Every operation of report-service's OpenAPI document is called, and every response matches its declared schema. */
@QuarkusTest
class ReportContractTest implements OpenApiContractSuite {

    private static final String NARRATIVE = "Thôn Đông đã tổ chức 12 buổi hướng dẫn kỹ năng số cho 340 lượt người dân.";

    @Inject
    IssuedPlans plans;

    @Override
    public ContractCalls calls() {
        Commune c = plans.commune();
        return new ContractCalls()
                .add("GET /api/v1/reporting-periods", () -> {
                    plans.opened(plans.issue(plans.plan(c, 2026, 2026)), 2026);
                    return given().header("Authorization", c.officeToken()).get("/api/v1/reporting-periods");
                })
                .add("GET /api/v1/reporting-periods", () -> given().header("Authorization", c.officeToken())
                        .queryParam("size", 0).get("/api/v1/reporting-periods"))
                .add("GET /api/v1/reporting-periods", () -> given().get("/api/v1/reporting-periods"))
                .add("GET /api/v1/reporting-periods/{id}", () -> {
                    Opened opened = plans.opened(plans.issue(plans.plan(c, 2026, 2026)), 2026);
                    return given().header("Authorization", c.officeToken()).get("/api/v1/reporting-periods/{id}", opened.periodId());
                })
                .add("GET /api/v1/reporting-periods/{id}", () -> given().header("Authorization", c.officeToken())
                        .get("/api/v1/reporting-periods/{id}", UUID.randomUUID()))
                .add("POST /api/v1/reports", () -> given().header("Authorization", c.unitToken(c.village()))
                        .contentType(ContentType.JSON).body(Map.of("requirementId", requirement(c).toString(), "narrative", NARRATIVE))
                        .post("/api/v1/reports"))
                .add("POST /api/v1/reports", () -> given().header("Authorization", c.councilToken())
                        .contentType(ContentType.JSON).body(Map.of("requirementId", requirement(c).toString(), "narrative", NARRATIVE))
                        .post("/api/v1/reports"))
                .add("POST /api/v1/reports", () -> given().header("Authorization", c.unitToken(c.village()))
                        .contentType(ContentType.JSON).body(Map.of("narrative", NARRATIVE)).post("/api/v1/reports"))
                .add("POST /api/v1/reports", () -> {
                    UUID requirement = requirement(c);
                    given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                            .body(Map.of("requirementId", requirement.toString(), "narrative", NARRATIVE))
                            .post("/api/v1/reports").then().statusCode(201);
                    return given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                            .body(Map.of("requirementId", requirement.toString(), "narrative", NARRATIVE)).post("/api/v1/reports");
                })
                .add("GET /api/v1/reports/{id}", () -> {
                    String id = given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                            .body(Map.of("requirementId", requirement(c).toString(), "narrative", NARRATIVE))
                            .post("/api/v1/reports").then().statusCode(201).extract().path("id");
                    return given().header("Authorization", c.unitToken(c.village())).get("/api/v1/reports/{id}", id);
                })
                .add("GET /api/v1/reports/{id}", () -> given().header("Authorization", c.officeToken())
                        .get("/api/v1/reports/{id}", UUID.randomUUID()));
    }

    private UUID requirement(Commune c) {
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        return plans.opened(plan, 2026).requirementOf(c.village());
    }

}
