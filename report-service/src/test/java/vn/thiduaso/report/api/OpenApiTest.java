package vn.thiduaso.report.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document is the contract other services and the board integrate against (DESIGN.md §3). */
@QuarkusTest
class OpenApiTest {

    @Test
    void openApiDocumentDescribesEveryEndpoint() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Thi đua Số — report-service"))
                .body("paths.'/api/v1/reporting-periods'.get", notNullValue())
                .body("paths.'/api/v1/reporting-periods/{id}'.get", notNullValue())
                .body("paths.'/api/v1/reports'.post", notNullValue())
                .body("paths.'/api/v1/reports/{id}'.get", notNullValue())
                .body("paths.'/api/v1/reports/{id}'.put", notNullValue())
                .body("paths.'/api/v1/reports/{id}/submit'.post", notNullValue())
                .body("paths.'/api/v1/reports/{id}/attachments'.post", notNullValue())
                .body("paths.'/api/v1/report-requirements'.get", notNullValue())
                .body("paths.'/api/v1/report-requirements/{id}/form'.get", notNullValue())
                .body("paths.'/api/v1/review-queue'.get", notNullValue())
                .body("paths.'/api/v1/reporting-periods/{id}/extensions'.post", notNullValue())
                .body("paths.'/api/v1/report-settings/units/{unitId}'.put", notNullValue());
    }

    @Test
    void openApiDocumentDescribesTheConsolidationAndTheDashboards() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/reporting-periods/{periodId}/consolidation'.post", notNullValue())
                .body("paths.'/api/v1/reporting-periods/{periodId}/consolidation'.get", notNullValue())
                .body("paths.'/api/v1/consolidations'.get", notNullValue())
                .body("paths.'/api/v1/consolidations/{id}'.put", notNullValue())
                .body("paths.'/api/v1/consolidations/{id}/approve'.post", notNullValue())
                .body("paths.'/api/v1/consolidations/{id}/submit'.post", notNullValue())
                .body("paths.'/api/v1/consolidations/{id}/document'.get", notNullValue())
                .body("paths.'/api/v1/dashboards/completeness'.get", notNullValue())
                .body("paths.'/api/v1/dashboards/completeness.xlsx'.get", notNullValue())
                .body("paths.'/api/v1/dashboards/attainment'.get", notNullValue())
                .body("paths.'/api/v1/dashboards/attainment.xlsx'.get", notNullValue())
                .body("paths.'/api/v1/dashboards/missing'.get", notNullValue());
    }
}
