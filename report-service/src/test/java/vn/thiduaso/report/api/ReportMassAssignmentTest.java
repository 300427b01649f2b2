package vn.thiduaso.report.api;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.thiduaso.platform.test.MassAssignment;
import vn.thiduaso.platform.test.MassAssignmentSuite;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.report.CycleFixtures;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.IssuedPlans.Structured;
import vn.thiduaso.report.ReportServiceTestEnvironment;

/**
 * Issue 8 item 10 for report-service: every write with the hostile fields added stores none of them
 * (the report with its sections, values and history, the consolidation, the unit setting, the
 * requirement's deadline) and answers none of them.
 */
@QuarkusTest
class ReportMassAssignmentTest implements MassAssignmentSuite {

    private static final String DB = ReportServiceTestEnvironment.DATABASE;

    @Inject
    IssuedPlans plans;

    @Inject
    CycleFixtures cycle;

    @Override
    public MassAssignment writes() {
        return new MassAssignment()
                .serverOwned("requirementId", "0badc0de-0000-4000-8000-00000000c001")
                .serverOwned("submittedAt", "2001-02-03T04:05:06Z")
                .serverOwned("submittedBy", "hostile-submitter")
                .serverOwned("acceptedBy", "hostile-acceptor")
                .serverOwned("periodId", "0badc0de-0000-4000-8000-00000000c002")
                .serverOwned("late", "hostile-late")
                .accepts("POST /api/v1/reports", "requirementId")
                .accepts("POST /api/v1/reporting-periods/{id}/extensions", "unitId")
                .accepts("PUT /api/v1/reports/{id}", "version")
                .accepts("POST /api/v1/reports/{id}/submit", "version")
                .accepts("POST /api/v1/reports/{id}/confirm", "version")
                .accepts("POST /api/v1/reports/{id}/return", "version")
                .accepts("POST /api/v1/reports/{id}/accept", "version")
                .accepts("POST /api/v1/reports/{id}/reopen", "version")
                .accepts("PUT /api/v1/consolidations/{id}", "version")
                .accepts("POST /api/v1/consolidations/{id}/approve", "version")
                .accepts("POST /api/v1/consolidations/{id}/submit", "version")
                .add("POST /api/v1/reports", () -> {
                    Commune c = plans.commune();
                    Structured s = plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
                    UUID requirement = plans.requirement(s.obligationId(), 2027, c.village());
                    return new MassAssignment.Write(MassAssignment.body(Map.of("requirementId", requirement.toString())),
                            body -> given().header("Authorization", c.unitToken(c.village())).contentType(ContentType.JSON)
                                    .body(body).post("/api/v1/reports"),
                            r -> report(r.path("id")));
                })
                .add("PUT /api/v1/reports/{id}", () -> {
                    Draft d = draft();
                    return report(d, ReportCalls.villageDraft(d.s(), 0), body -> ReportCalls.put(d.unit(), d.id(), body));
                })
                .add("POST /api/v1/reports/{id}/submit", () -> {
                    Draft d = draft();
                    return report(d, Map.of("version", 0), body -> ReportCalls.action(d.unit(), d.id(), "submit", body));
                })
                .add("POST /api/v1/reports/{id}/confirm", () -> {
                    Draft d = draft();
                    given().header("Authorization", d.c().officeToken()).contentType(ContentType.JSON)
                            .body(Map.of("leaderConfirmationRequired", true))
                            .put("/api/v1/report-settings/units/{id}", d.c().village().id()).then().statusCode(200);
                    ReportCalls.action(d.unit(), d.id(), "submit", 0).then().statusCode(200);
                    return report(d, Map.of("version", 1), body -> ReportCalls.action(d.c().leaderToken(), d.id(), "confirm", body));
                })
                .add("POST /api/v1/reports/{id}/return", () -> {
                    Draft d = submitted();
                    return report(d, Map.of("version", 1, "reason", "Thiếu số liệu"),
                            body -> ReportCalls.action(d.c().officeToken(), d.id(), "return", body));
                })
                .add("POST /api/v1/reports/{id}/accept", () -> {
                    Draft d = submitted();
                    return report(d, Map.of("version", 1), body -> ReportCalls.action(d.c().officeToken(), d.id(), "accept", body));
                })
                .add("POST /api/v1/reports/{id}/reopen", () -> {
                    Draft d = submitted();
                    ReportCalls.action(d.c().officeToken(), d.id(), "accept", 1).then().statusCode(200);
                    return report(d, Map.of("version", 2, "reason", "Bổ sung"),
                            body -> ReportCalls.action(d.c().officeToken(), d.id(), "reopen", body));
                })
                .add("POST /api/v1/reporting-periods/{id}/extensions", () -> {
                    Commune c = plans.commune();
                    Structured s = plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
                    UUID period = plans.opened(s.plan().id(), s.obligationId(), 2027);
                    return new MassAssignment.Write(MassAssignment.body(Map.of("dueDate", "2027-12-20", "reason", "Mưa bão")),
                            body -> given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(body)
                                    .post("/api/v1/reporting-periods/{id}/extensions", period),
                            r -> TestDatabase.text(DB, "select row_to_json(p)::text || (select json_agg(q)::text from"
                                    + " report_requirement q where q.period_id = p.id) from reporting_period p where p.id = '"
                                    + period + "'"));
                })
                .add("PUT /api/v1/report-settings/units/{unitId}", () -> {
                    Commune c = plans.commune();
                    plans.directory(c);
                    return new MassAssignment.Write(MassAssignment.body(Map.of("leaderConfirmationRequired", true)),
                            body -> given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(body)
                                    .put("/api/v1/report-settings/units/{id}", c.school().id()),
                            r -> TestDatabase.text(DB, "select row_to_json(u)::text from directory_unit u where id = '"
                                    + c.school().id() + "'"));
                })
                .add("PUT /api/v1/consolidations/{id}", () -> {
                    Consolidated x = consolidated();
                    return consolidation(x, Map.of("version", 0, "contents", List.of(Map.of("contentId",
                            x.plan().content1().toString(), "text", "Nội dung của xã")), "difficulties", "Không"),
                            body -> given().header("Authorization", x.c().officeToken()).contentType(ContentType.JSON).body(body)
                                    .put("/api/v1/consolidations/" + x.id()));
                })
                .add("POST /api/v1/consolidations/{id}/approve", () -> {
                    Consolidated x = consolidated();
                    return consolidation(x, Map.of("version", 0), body -> given().header("Authorization", x.c().leaderToken())
                            .contentType(ContentType.JSON).body(body).post("/api/v1/consolidations/" + x.id() + "/approve"));
                })
                .add("POST /api/v1/consolidations/{id}/submit", () -> {
                    Consolidated x = consolidated();
                    given().header("Authorization", x.c().leaderToken()).contentType(ContentType.JSON).body(Map.of("version", 0))
                            .post("/api/v1/consolidations/" + x.id() + "/approve").then().statusCode(200);
                    return consolidation(x, Map.of("version", 1), body -> given().header("Authorization", x.c().officeToken())
                            .contentType(ContentType.JSON).body(body).post("/api/v1/consolidations/" + x.id() + "/submit"));
                });
    }

    private record Draft(Commune c, Structured s, String id, String unit) {
    }

    /** A village's draft of a fresh structured plan, due in 2027. */
    private Draft draft() {
        Commune c = plans.commune();
        Structured s = plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
        String unit = c.unitToken(c.village());
        return new Draft(c, s, ReportCalls.create(unit, plans.requirement(s.obligationId(), 2027, c.village())), unit);
    }

    private Draft submitted() {
        Draft d = draft();
        ReportCalls.action(d.unit(), d.id(), "submit", 0).then().statusCode(200);
        return d;
    }

    private static MassAssignment.Write report(Draft d, Map<String, Object> body, Function<Map<String, Object>, Response> send) {
        return new MassAssignment.Write(MassAssignment.body(body), send, r -> report(d.id()));
    }

    /** The report row with its sections, values, proposed awards, history and outbox events. */
    private static String report(String id) {
        return TestDatabase.text(DB, "select row_to_json(r)::text"
                + " || coalesce((select json_agg(s)::text from report_content_section s where s.report_id = r.id), '')"
                + " || coalesce((select json_agg(v)::text from report_target_value v where v.report_id = r.id), '')"
                + " || coalesce((select json_agg(a)::text from report_proposed_award a where a.report_id = r.id), '')"
                + " || coalesce((select json_agg(h)::text from report_history h where h.report_id = r.id), '')"
                + " || coalesce((select string_agg(envelope, ',') from outbox_event where envelope like '%' || r.id || '%'), '')"
                + " from report r where r.id = '" + id + "'");
    }

    private record Consolidated(Commune c, CycleFixtures.Structured plan, UUID period, String id) {
    }

    /** A commune whose village reported for 2025 (accepted) and whose 2025 period is consolidated (DRAFT). */
    private Consolidated consolidated() {
        Commune c = plans.commune();
        CycleFixtures.Structured s = cycle.issue(c, 2025, 2025, null);
        UUID period = cycle.period(s.annual(), 2025, false);
        cycle.report(period, c.village(), CycleFixtures.written("Tóm tắt", Map.of(s.content1(), "Thôn Đông đã làm tốt."),
                Map.of(s.ct01(), CycleFixtures.ratio("120", "150"), s.ct02(), CycleFixtures.value("12"))),
                Instant.parse("2025-11-20T03:00:00Z"), true);
        String id = given().header("Authorization", c.officeToken()).post("/api/v1/reporting-periods/" + period + "/consolidation")
                .then().statusCode(201).extract().path("id");
        return new Consolidated(c, s, period, id);
    }

    private static MassAssignment.Write consolidation(Consolidated x, Map<String, Object> body,
            Function<Map<String, Object>, Response> send) {
        return new MassAssignment.Write(MassAssignment.body(body), send, r -> TestDatabase.text(DB, "select row_to_json(c)::text"
                + " || coalesce((select json_agg(s)::text from consolidated_section s where s.consolidation_id = c.id), '')"
                + " || coalesce((select json_agg(h)::text from consolidated_history h where h.consolidation_id = c.id), '')"
                + " || coalesce((select string_agg(envelope, ',') from outbox_event where envelope like '%' || c.id || '%'), '')"
                + " from consolidated_report c where c.id = '" + x.id() + "'"));
    }
}
