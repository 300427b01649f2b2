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
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.IssuedPlans.Opened;
import vn.thiduaso.report.IssuedPlans.Plan;
import vn.thiduaso.report.IssuedPlans.Structured;

/** Every operation of report-service's OpenAPI document is called, and every response matches its declared schema. */
@QuarkusTest
class ReportContractTest implements OpenApiContractSuite {

    private static final String NARRATIVE = "Thôn Đông đã tổ chức 12 buổi hướng dẫn kỹ năng số cho 340 lượt người dân.";

    @Inject
    IssuedPlans plans;

    @Override
    public ContractCalls calls() {
        Commune c = plans.commune();
        ContractCalls calls = vn.thiduaso.platform.test.OutboxAdminCalls.addTo(new ContractCalls().deadLetters("report-service", "directory.units"), "report_test")
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
                        .get("/api/v1/reports/{id}", UUID.randomUUID()))
                // the reporting cycle
                .add("GET /api/v1/report-requirements", () -> {
                    draft(c);
                    return given().header("Authorization", c.unitToken(c.village())).get("/api/v1/report-requirements");
                })
                .add("GET /api/v1/report-requirements", () -> given().header("Authorization", c.officeToken())
                        .queryParam("status", "NONE").get("/api/v1/report-requirements"))
                .add("GET /api/v1/report-requirements", () -> given().get("/api/v1/report-requirements"))
                .add("GET /api/v1/report-requirements/{id}/form", () -> {
                    Structured s = plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
                    return given().header("Authorization", c.unitToken(c.village()))
                            .get("/api/v1/report-requirements/{id}/form", plans.requirement(s.obligationId(), 2027, c.village()));
                })
                .add("GET /api/v1/report-requirements/{id}/form", () -> {
                    Structured s = plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
                    return given().header("Authorization", c.unitToken(c.school()))
                            .get("/api/v1/report-requirements/{id}/form", plans.requirement(s.obligationId(), 2027, c.village()));
                })
                .add("GET /api/v1/report-requirements/{id}/form", () -> given().header("Authorization", c.officeToken())
                        .get("/api/v1/report-requirements/{id}/form", UUID.randomUUID()))
                .add("PUT /api/v1/reports/{id}", () -> {
                    Draft d = draft(c);
                    return ReportCalls.put(c.unitToken(c.village()), d.id(), ReportCalls.villageDraft(d.s(), 0));
                })
                .add("PUT /api/v1/reports/{id}", () -> {
                    Draft d = draft(c);
                    return ReportCalls.put(c.unitToken(c.village()), d.id(), Map.of("version", 0, "targets", List.of(
                            Map.of("targetId", d.s().structure().percentTarget().toString(), "numerator", 9, "denominator", 3))));
                })
                .add("PUT /api/v1/reports/{id}", () -> {
                    Draft d = draft(c);
                    return ReportCalls.put(c.unitToken(c.village()), d.id(), ReportCalls.villageDraft(d.s(), 7));
                })
                .add("PUT /api/v1/reports/{id}", () -> ReportCalls.put(c.unitToken(c.school()), draft(c).id(),
                        Map.of("version", 0)))
                .add("PUT /api/v1/reports/{id}", () -> ReportCalls.put(c.officeToken(), UUID.randomUUID().toString(),
                        Map.of("version", 0)))
                .add("POST /api/v1/reports/{id}/submit", () -> ReportCalls.action(c.unitToken(c.village()), draft(c).id(),
                        "submit", 0))
                .add("POST /api/v1/reports/{id}/submit", () -> {
                    String id = draft(c).id();
                    ReportCalls.action(c.unitToken(c.village()), id, "submit", 0).then().statusCode(200);
                    return ReportCalls.action(c.unitToken(c.village()), id, "submit", 1);
                })
                .add("POST /api/v1/reports/{id}/submit", () -> ReportCalls.action(c.unitToken(c.village()), draft(c).id(),
                        "submit", Map.of()))
                .add("POST /api/v1/reports/{id}/confirm", () -> {
                    Commune own = plans.commune();
                    String id = draft(own).id();
                    given().header("Authorization", own.officeToken()).contentType(ContentType.JSON)
                            .body(Map.of("leaderConfirmationRequired", true))
                            .put("/api/v1/report-settings/units/{id}", own.village().id()).then().statusCode(200);
                    ReportCalls.action(own.unitToken(own.village()), id, "submit", 0).then().statusCode(200);
                    return ReportCalls.action(own.leaderToken(), id, "confirm", 1);
                })
                .add("POST /api/v1/reports/{id}/confirm", () -> ReportCalls.action(c.leaderToken(), draft(c).id(),
                        "confirm", 0))
                .add("POST /api/v1/reports/{id}/confirm", () -> ReportCalls.action(c.unitToken(c.village()), draft(c).id(),
                        "confirm", 0))
                .add("POST /api/v1/reports/{id}/return", () -> ReportCalls.action(c.officeToken(), submitted(c),
                        "return", Map.of("version", 1, "reason", "Thiếu số liệu")))
                .add("POST /api/v1/reports/{id}/return", () -> ReportCalls.action(c.officeToken(), submitted(c),
                        "return", Map.of("version", 1)))
                .add("POST /api/v1/reports/{id}/return", () -> ReportCalls.action(plans.neighbourOf(c).officeToken(),
                        submitted(c), "return", Map.of("version", 1, "reason", "x")))
                .add("POST /api/v1/reports/{id}/accept", () -> ReportCalls.action(c.officeToken(), submitted(c), "accept", 1))
                .add("POST /api/v1/reports/{id}/accept", () -> ReportCalls.action(c.officeToken(), draft(c).id(), "accept", 0))
                .add("POST /api/v1/reports/{id}/reopen", () -> {
                    String id = submitted(c);
                    ReportCalls.action(c.officeToken(), id, "accept", 1).then().statusCode(200);
                    return ReportCalls.action(c.officeToken(), id, "reopen", Map.of("version", 2, "reason", "Bổ sung"));
                })
                .add("POST /api/v1/reports/{id}/reopen", () -> ReportCalls.action(c.officeToken(), submitted(c), "reopen",
                        Map.of("version", 1, "reason", "Chưa tiếp nhận")))
                .add("POST /api/v1/reports/{id}/attachments", () -> upload(c, draft(c).id(), "bien-ban.pdf", PDF_BYTES))
                .add("POST /api/v1/reports/{id}/attachments", () -> upload(c, draft(c).id(), "bien-ban.pdf",
                        "không phải PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .add("POST /api/v1/reports/{id}/attachments", () -> upload(c, submitted(c), "bien-ban.pdf", PDF_BYTES))
                .add("GET /api/v1/reports/{id}/attachments/{attachmentId}", () -> {
                    String id = draft(c).id();
                    String attachment = upload(c, id, "bien-ban.pdf", PDF_BYTES).then().statusCode(201).extract().path("id");
                    return given().header("Authorization", c.officeToken())
                            .get("/api/v1/reports/{id}/attachments/{a}", id, attachment);
                })
                .add("GET /api/v1/reports/{id}/attachments/{attachmentId}", () -> given()
                        .header("Authorization", c.officeToken())
                        .get("/api/v1/reports/{id}/attachments/{a}", draft(c).id(), UUID.randomUUID()))
                .add("DELETE /api/v1/reports/{id}/attachments/{attachmentId}", () -> {
                    String id = draft(c).id();
                    String attachment = upload(c, id, "bien-ban.pdf", PDF_BYTES).then().statusCode(201).extract().path("id");
                    return given().header("Authorization", c.unitToken(c.village()))
                            .delete("/api/v1/reports/{id}/attachments/{a}", id, attachment);
                })
                .add("DELETE /api/v1/reports/{id}/attachments/{attachmentId}", () -> given()
                        .header("Authorization", c.unitToken(c.school()))
                        .delete("/api/v1/reports/{id}/attachments/{a}", draft(c).id(), UUID.randomUUID()))
                .add("GET /api/v1/review-queue", () -> {
                    submitted(c);
                    return given().header("Authorization", c.officeToken()).get("/api/v1/review-queue");
                })
                .add("GET /api/v1/review-queue", () -> given().header("Authorization", c.unitToken(c.village()))
                        .get("/api/v1/review-queue"))
                .add("POST /api/v1/reporting-periods/{id}/extensions", () -> {
                    Structured s = plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
                    return given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                            .body(Map.of("dueDate", "2027-12-20", "reason", "Mưa bão"))
                            .post("/api/v1/reporting-periods/{id}/extensions", plans.opened(s.plan().id(), s.obligationId(), 2027));
                })
                .add("POST /api/v1/reporting-periods/{id}/extensions", () -> {
                    Structured s = plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
                    return given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                            .body(Map.of("dueDate", "2027-12-01", "reason", "Sớm hơn"))
                            .post("/api/v1/reporting-periods/{id}/extensions", plans.opened(s.plan().id(), s.obligationId(), 2027));
                })
                .add("POST /api/v1/reporting-periods/{id}/extensions", () -> given().header("Authorization", c.officeToken())
                        .contentType(ContentType.JSON).body(Map.of("dueDate", "2027-12-20", "reason", "x"))
                        .post("/api/v1/reporting-periods/{id}/extensions", UUID.randomUUID()))
                .add("GET /api/v1/report-settings/units/{unitId}", () -> {
                    plans.directory(c);
                    return given().header("Authorization", c.officeToken())
                            .get("/api/v1/report-settings/units/{id}", c.village().id());
                })
                .add("GET /api/v1/report-settings/units/{unitId}", () -> given().header("Authorization", c.officeToken())
                        .get("/api/v1/report-settings/units/{id}", UUID.randomUUID()))
                .add("PUT /api/v1/report-settings/units/{unitId}", () -> {
                    plans.directory(c);
                    return given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                            .body(Map.of("leaderConfirmationRequired", false))
                            .put("/api/v1/report-settings/units/{id}", c.school().id());
                })
                .add("PUT /api/v1/report-settings/units/{unitId}", () -> {
                    plans.directory(c);
                    return given().header("Authorization", c.unitToken(c.school())).contentType(ContentType.JSON)
                            .body(Map.of("leaderConfirmationRequired", false))
                            .put("/api/v1/report-settings/units/{id}", c.school().id());
                });
        consolidationsAndDashboards(calls);
        return calls;
    }

    private static final byte[] PDF_BYTES = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private record Draft(Structured s, String id) {
    }

    /** A village's draft of a fresh structured plan, due in 2027. */
    private Draft draft(Commune c) {
        Structured s = plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
        return new Draft(s, ReportCalls.create(c.unitToken(c.village()), plans.requirement(s.obligationId(), 2027, c.village())));
    }

    /** A village's report, submitted (version 1). */
    private String submitted(Commune c) {
        String id = draft(c).id();
        ReportCalls.action(c.unitToken(c.village()), id, "submit", 0).then().statusCode(200);
        return id;
    }

    private static io.restassured.response.Response upload(Commune c, String reportId, String name, byte[] content) {
        return given().header("Authorization", c.unitToken(c.village())).multiPart("file", name, content, "application/pdf")
                .post("/api/v1/reports/{id}/attachments", reportId);
    }

    // --- Consolidation and dashboards (helper R2) ----------------------------------------------

    @Inject
    CycleFixtures cycle;

    /** A commune whose village reported for 2025 (accepted) and whose 2025 period is consolidated (DRAFT). */
    private record Consolidated(Commune commune, CycleFixtures.Structured plan, UUID period, String id) {
    }

    private Consolidated consolidated() {
        Commune c = plans.commune();
        CycleFixtures.Structured s = cycle.issue(c, 2025, 2025, null);
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
            CycleFixtures.Structured s = cycle.issue(c, 2025, 2025, null);
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
