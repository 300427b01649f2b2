package vn.thiduaso.report.api;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;


import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.platform.test.ContractCalls;
import vn.thiduaso.platform.test.OpenApiContractSuite;
import vn.thiduaso.report.CycleFixtures;
import vn.thiduaso.report.CycleFixtures.Structured;
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
        ContractCalls calls = new ContractCalls()
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
        consolidationsAndDashboards(calls);
        return calls;
    }

    // --- Consolidation and dashboards (helper R2) ----------------------------------------------

    @Inject
    CycleFixtures cycle;

    /** A commune whose village reported for 2025 (accepted) and whose 2025 period is consolidated (DRAFT). */
    private record Consolidated(Commune commune, Structured plan, UUID period, String id) {
    }

    private Consolidated consolidated() {
        Commune c = plans.commune();
        Structured s = cycle.issue(c, 2025, 2025, null);
        UUID period = cycle.period(s.annual(), 2025, false);
        cycle.report(period, c.village(), CycleFixtures.written("Tóm tắt", Map.of(s.content1(), NARRATIVE),
                Map.of(s.ct01(), CycleFixtures.ratio("120", "150"), s.ct02(), CycleFixtures.value("12"))),
                Instant.parse("2025-11-20T03:00:00Z"), true);
        String id = given().header("Authorization", c.officeToken()).post(periodConsolidation(period))
                .then().statusCode(201).extract().path("id");
        return new Consolidated(c, s, period, id);
    }

    private Consolidated approved() {
        Consolidated x = consolidated();
        given().header("Authorization", x.commune().leaderToken()).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/v1/consolidations/" + x.id() + "/approve").then().statusCode(200);
        return x;
    }

    private static String periodConsolidation(UUID period) {
        return "/api/v1/reporting-periods/" + period + "/consolidation";
    }

    private void consolidationsAndDashboards(ContractCalls calls) {
        String assemble = "POST /api/v1/reporting-periods/{periodId}/consolidation";
        calls.add(assemble, () -> {
            Commune c = plans.commune();
            Structured s = cycle.issue(c, 2025, 2025, null);
            return given().header("Authorization", c.officeToken()).post(periodConsolidation(cycle.period(s.annual(), 2025, false)));
        }).add(assemble, () -> {
            Consolidated x = consolidated();
            return given().header("Authorization", x.commune().officeToken()).post(periodConsolidation(x.period()));
        }).add(assemble, () -> {
            Consolidated x = consolidated();
            return given().header("Authorization", x.commune().leaderToken()).post(periodConsolidation(x.period()));
        }).add(assemble, () -> {
            Consolidated x = consolidated();
            return given().header("Authorization", x.commune().officeToken())
                    .post(periodConsolidation(cycle.period(x.plan().annual(), 2025, true)));
        });
        String byPeriod = "GET /api/v1/reporting-periods/{periodId}/consolidation";
        calls.add(byPeriod, () -> {
            Consolidated x = consolidated();
            return given().header("Authorization", x.commune().leaderToken()).get(periodConsolidation(x.period()));
        }).add(byPeriod, () -> given().header("Authorization", plans.commune().officeToken())
                .get(periodConsolidation(UUID.randomUUID())));
        calls.add("GET /api/v1/consolidations", () -> {
            Consolidated x = consolidated();
            return given().header("Authorization", x.commune().officeToken()).queryParam("year", 2025).get("/api/v1/consolidations");
        }).add("GET /api/v1/consolidations", () -> given().header("Authorization", plans.commune().unitToken(plans.commune().village()))
                .get("/api/v1/consolidations"))
                .add("GET /api/v1/consolidations", () -> given().header("Authorization", plans.commune().officeToken())
                        .queryParam("size", 0).get("/api/v1/consolidations"));
        calls.add("GET /api/v1/consolidations/{id}", () -> {
            Consolidated x = consolidated();
            return given().header("Authorization", x.commune().officeToken()).get("/api/v1/consolidations/" + x.id());
        }).add("GET /api/v1/consolidations/{id}", () -> given().header("Authorization", plans.commune().officeToken())
                .get("/api/v1/consolidations/" + UUID.randomUUID()));
        calls.add("PUT /api/v1/consolidations/{id}", () -> {
            Consolidated x = consolidated();
            return given().header("Authorization", x.commune().officeToken()).contentType(ContentType.JSON)
                    .body(Map.of("version", 0, "contents", List.of(Map.of("contentId", x.plan().content1().toString(),
                            "text", "Nội dung của xã")), "difficulties", "Không"))
                    .put("/api/v1/consolidations/" + x.id());
        }).add("PUT /api/v1/consolidations/{id}", () -> {
            Consolidated x = consolidated();
            return given().header("Authorization", x.commune().officeToken()).contentType(ContentType.JSON)
                    .body(Map.of("version", 5)).put("/api/v1/consolidations/" + x.id());
        }).add("PUT /api/v1/consolidations/{id}", () -> {
            Consolidated x = consolidated();
            return given().header("Authorization", x.commune().officeToken()).contentType(ContentType.JSON)
                    .body(Map.of("version", 0, "contents", List.of(Map.of("contentId", UUID.randomUUID().toString(), "text", "x"))))
                    .put("/api/v1/consolidations/" + x.id());
        });
        calls.add("POST /api/v1/consolidations/{id}/approve", () -> {
            Consolidated x = consolidated();
            return given().header("Authorization", x.commune().leaderToken()).contentType(ContentType.JSON)
                    .body(Map.of("version", 0)).post("/api/v1/consolidations/" + x.id() + "/approve");
        }).add("POST /api/v1/consolidations/{id}/approve", () -> {
            Consolidated x = consolidated();
            return given().header("Authorization", x.commune().officeToken()).contentType(ContentType.JSON)
                    .body(Map.of("version", 0)).post("/api/v1/consolidations/" + x.id() + "/approve");
        });
        calls.add("POST /api/v1/consolidations/{id}/submit", () -> {
            Consolidated x = approved();
            return given().header("Authorization", x.commune().officeToken()).contentType(ContentType.JSON)
                    .body(Map.of("version", 1)).post("/api/v1/consolidations/" + x.id() + "/submit");
        }).add("POST /api/v1/consolidations/{id}/submit", () -> {
            Consolidated x = consolidated();
            return given().header("Authorization", x.commune().officeToken()).contentType(ContentType.JSON)
                    .body(Map.of("version", 0)).post("/api/v1/consolidations/" + x.id() + "/submit");
        }).add("POST /api/v1/consolidations/{id}/submit", () -> {
            Consolidated x = approved();
            return given().header("Authorization", x.commune().officeToken()).contentType(ContentType.JSON)
                    .body(Map.of()).post("/api/v1/consolidations/" + x.id() + "/submit");
        });
        String document = "GET /api/v1/consolidations/{id}/document";
        calls.add(document, () -> {
            Consolidated x = consolidated();
            return given().header("Authorization", x.commune().officeToken()).queryParam("format", "docx")
                    .get("/api/v1/consolidations/" + x.id() + "/document");
        }).add(document, () -> {
            Consolidated x = consolidated();
            return given().header("Authorization", x.commune().leaderToken()).queryParam("format", "pdf")
                    .get("/api/v1/consolidations/" + x.id() + "/document");
        }).add(document, () -> given().header("Authorization", plans.commune().officeToken()).queryParam("format", "odt")
                .get("/api/v1/consolidations/" + UUID.randomUUID() + "/document"))
                .add(document, () -> {
                    Consolidated x = consolidated();
                    return given().header("Authorization", x.commune().boardToken()).queryParam("format", "pdf")
                            .get("/api/v1/consolidations/" + x.id() + "/document");
                });
        for (String path : List.of("/api/v1/dashboards/completeness", "/api/v1/dashboards/completeness.xlsx",
                "/api/v1/dashboards/attainment", "/api/v1/dashboards/attainment.xlsx", "/api/v1/dashboards/missing")) {
            String operation = "GET " + path;
            calls.add(operation, () -> {
                Consolidated x = consolidated();
                return given().header("Authorization", x.commune().officeToken()).queryParam("planId", x.plan().planId())
                        .queryParam("year", 2025).get(path);
            }).add(operation, () -> {
                Consolidated x = consolidated();
                return given().header("Authorization", x.commune().boardToken()).queryParam("year", 2025).get(path);
            }).add(operation, () -> given().header("Authorization", plans.commune().unitToken(plans.commune().village())).get(path))
                    .add(operation, () -> given().header("Authorization", plans.commune().officeToken())
                            .queryParam("year", 1900).get(path))
                    .add(operation, () -> given().get(path));
        }
    }

    private UUID requirement(Commune c) {
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        return plans.opened(plan, 2026).requirementOf(c.village());
    }

}
