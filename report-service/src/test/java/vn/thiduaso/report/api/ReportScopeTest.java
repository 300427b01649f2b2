package vn.thiduaso.report.api;

import static io.restassured.RestAssured.given;
import static vn.thiduaso.platform.test.scope.Caller.ADMIN;
import static vn.thiduaso.platform.test.scope.Caller.BOARD;
import static vn.thiduaso.platform.test.scope.Caller.COUNCIL;
import static vn.thiduaso.platform.test.scope.Caller.LEADER;
import static vn.thiduaso.platform.test.scope.Caller.OFFICE;
import static vn.thiduaso.platform.test.scope.Caller.OTHER_COMMUNE;
import static vn.thiduaso.platform.test.scope.Caller.OTHER_UNIT;
import static vn.thiduaso.platform.test.scope.Caller.UNIT;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.platform.test.Tokens;
import vn.thiduaso.platform.test.scope.DatabaseFingerprint;
import vn.thiduaso.platform.test.scope.ScopeRow;
import vn.thiduaso.platform.test.scope.ScopeRows;
import vn.thiduaso.platform.test.scope.ScopeSuite;
import vn.thiduaso.platform.test.scope.ScopeTable;
import vn.thiduaso.report.CycleFixtures;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.IssuedPlans.Structured;

/**
 * Scope (BOLA) table of report-service: every operation of its OpenAPI document, called by every
 * role of a commune, by the office of another commune and by the officer of a unit of the same
 * commune that the plan does not address, on the village's reports, the commune's periods and
 * consolidations. Outside the scope: 404 (403 for a role that may never act), never a 2xx.
 */
@QuarkusTest
class ReportScopeTest implements ScopeSuite {

    private static final String NARRATIVE = "Thôn Đông đã tổ chức 12 buổi hướng dẫn kỹ năng số cho 340 lượt người dân.";
    private static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Inject
    IssuedPlans plans;

    @Inject
    CycleFixtures cycle;

    private Commune c;

    private String village() {
        return c.unitToken(c.village());
    }

    private Structured structured() {
        return plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
    }

    private String draft() {
        Structured s = structured();
        return ReportCalls.create(village(), plans.requirement(s.obligationId(), 2027, c.village()));
    }

    private String submitted() {
        String id = draft();
        ReportCalls.action(village(), id, "submit", 0).then().statusCode(200);
        return id;
    }

    private String attachment(String report) {
        return given().header("Authorization", village()).multiPart("file", "bien-ban.pdf", PDF, "application/pdf")
                .post("/api/v1/reports/{id}/attachments", report).then().statusCode(201).extract().path("id");
    }

    private UUID period() {
        Structured s = structured();
        return plans.opened(s.plan().id(), s.obligationId(), 2027);
    }

    private record Consolidated(CycleFixtures.Structured plan, UUID period, String id) {
    }

    /** A fresh 2025 cycle of the commune: the village reported (accepted), the period is consolidated (DRAFT). */
    private Consolidated consolidated() {
        CycleFixtures.Structured s = cycle.issue(c, 2025, 2025, null);
        UUID period = cycle.period(s.annual(), 2025, false);
        cycle.report(period, c.village(), CycleFixtures.written("Tóm tắt", Map.of(s.content1(), NARRATIVE),
                Map.of(s.ct01(), CycleFixtures.ratio("120", "150"), s.ct02(), CycleFixtures.value("12"))),
                Instant.parse("2025-11-20T03:00:00Z"), true);
        String id = given().header("Authorization", c.officeToken()).post("/api/v1/reporting-periods/" + period + "/consolidation")
                .then().statusCode(201).extract().path("id");
        return new Consolidated(s, period, id);
    }

    private Consolidated approved() {
        Consolidated x = consolidated();
        given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/v1/consolidations/" + x.id() + "/approve").then().statusCode(200);
        return x;
    }

    private UUID unconsolidatedPeriod() {
        CycleFixtures.Structured s = cycle.issue(c, 2025, 2025, null);
        return cycle.period(s.annual(), 2025, false);
    }

    @Override
    public ScopeTable table() {
        c = plans.commune();
        Commune other = plans.neighbourOf(c);
        IssuedPlans.Unit unaddressed = IssuedPlans.otherUnit(c, "thon-tay", "Thôn Tây");
        plans.directory(c);
        ScopeTable t = ScopeTable.of(caller -> switch (caller) {
            case ADMIN -> Tokens.role("admin").bearer();
            case OFFICE -> c.officeToken();
            case LEADER -> c.leaderToken();
            case COUNCIL -> c.councilToken();
            case UNIT -> village();
            case BOARD -> c.boardToken();
            case OTHER_COMMUNE -> other.officeToken();
            case OTHER_UNIT -> c.unitToken(unaddressed);
            case ANONYMOUS -> null;
        }).database(DatabaseFingerprint.of("report_test"));

        UUID period = period();
        String report = submitted();
        t.row("GET /api/v1/reporting-periods").ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD)
                .filtered(OTHER_COMMUNE, OTHER_UNIT).markers(period::toString);
        inCommune(t.row("GET /api/v1/reporting-periods/{id}").path("id", period));
        t.row("GET /api/v1/report-requirements").ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD)
                .filtered(OTHER_COMMUNE, OTHER_UNIT).markers(() -> report);
        inCommune(t.row("GET /api/v1/report-requirements/{id}/form").path("id", () -> {
            Structured s = structured();
            return plans.requirement(s.obligationId(), 2027, c.village());
        }));
        // the village's report is the village's and its commune's
        t.row("POST /api/v1/reports").body(p -> "{\"requirementId\":\"" + plans.requirement(structured().obligationId(), 2027, c.village())
                + "\",\"narrative\":\"" + NARRATIVE + "\"}")
                .ok(ADMIN, OFFICE, UNIT).forbidden(LEADER, COUNCIL, BOARD).refused(OTHER_COMMUNE, OTHER_UNIT);
        inCommune(t.row("GET /api/v1/reports/{id}").path("id", report));
        writeOfDraft(t.row("PUT /api/v1/reports/{id}").path("id", this::draft).body("{\"version\":0,\"summary\":\"Tóm tắt\"}"));
        writeOfDraft(t.row("POST /api/v1/reports/{id}/submit").path("id", this::draft).body("{\"version\":0}"));
        writeOfDraft(t.row("POST /api/v1/reports/{id}/attachments").path("id", this::draft).contentType("multipart/form-data")
                .request(r -> r.multiPart("file", "bien-ban.pdf", PDF, "application/pdf")));
        String withAttachment = draft();
        String file = attachment(withAttachment);
        inCommune(t.row("GET /api/v1/reports/{id}/attachments/{attachmentId}").path("id", withAttachment).path("attachmentId", file));
        String[] fresh = new String[1];
        writeOfDraft(t.row("DELETE /api/v1/reports/{id}/attachments/{attachmentId}").path("id", () -> {
            String id = draft();
            fresh[0] = attachment(id);
            return id;
        }).path("attachmentId", () -> fresh[0]));
        // confirm needs a leader-confirmation setting: the state decides after the access check
        t.row("POST /api/v1/reports/{id}/confirm").path("id", this::submitted).body("{\"version\":1}")
                .admitted(ADMIN, LEADER).forbidden(OFFICE, COUNCIL, UNIT, BOARD, OTHER_COMMUNE, OTHER_UNIT)
                .note("roles that may never confirm get 403 before the lookup");
        review(t.row("POST /api/v1/reports/{id}/return").path("id", this::submitted).body("{\"version\":1,\"reason\":\"Thiếu số liệu\"}"));
        review(t.row("POST /api/v1/reports/{id}/accept").path("id", this::submitted).body("{\"version\":1}"));
        review(t.row("POST /api/v1/reports/{id}/reopen").path("id", () -> {
            String id = submitted();
            ReportCalls.action(c.officeToken(), id, "accept", 1).then().statusCode(200);
            return id;
        }).body("{\"version\":2,\"reason\":\"Bổ sung\"}"));
        t.row("GET /api/v1/review-queue").ok(ADMIN, OFFICE, LEADER).forbidden(COUNCIL, UNIT, BOARD, OTHER_UNIT)
                .filtered(OTHER_COMMUNE).markers(() -> report);
        t.row("POST /api/v1/reporting-periods/{id}/extensions").path("id", this::period)
                .body("{\"dueDate\":\"2027-12-20\",\"reason\":\"Mưa bão\"}")
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
        inCommune(t.row("GET /api/v1/report-settings/units/{unitId}").path("unitId", () -> c.village().id()));
        t.row("PUT /api/v1/report-settings/units/{unitId}").path("unitId", () -> c.school().id())
                .body("{\"leaderConfirmationRequired\":false}")
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
        consolidations(t);
        ScopeRows.platformAdmin(t);
        return t;
    }

    /** A read of the commune's (village's) object: everyone of the commune and the board, 404 outside. */
    private static void inCommune(ScopeRow row) {
        row.ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD).notFound(OTHER_COMMUNE, OTHER_UNIT);
    }

    /** A change of the village's draft: the village, the office and admin on its behalf. */
    private static void writeOfDraft(ScopeRow row) {
        row.ok(ADMIN, OFFICE, UNIT).forbidden(LEADER, COUNCIL, BOARD).notFound(OTHER_COMMUNE, OTHER_UNIT);
    }

    private static void review(ScopeRow row) {
        row.ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
    }

    private void consolidations(ScopeTable t) {
        Consolidated x = consolidated();
        t.row("POST /api/v1/reporting-periods/{periodId}/consolidation").path("periodId", this::unconsolidatedPeriod)
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD).forbidden(OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("GET /api/v1/reporting-periods/{periodId}/consolidation").path("periodId", x.period())
                .ok(ADMIN, OFFICE, LEADER).forbidden(COUNCIL, UNIT, BOARD).forbidden(OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("GET /api/v1/consolidations").query("year", 2025).ok(ADMIN, OFFICE, LEADER, BOARD)
                .forbidden(COUNCIL, UNIT, OTHER_UNIT).filtered(OTHER_COMMUNE).markers(x::id);
        t.row("GET /api/v1/consolidations/{id}").path("id", x.id())
                .ok(ADMIN, OFFICE, LEADER).forbidden(COUNCIL, UNIT, BOARD).forbidden(OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("GET /api/v1/consolidations/{id}/document").path("id", x.id()).query("format", "pdf")
                .ok(ADMIN, OFFICE, LEADER).forbidden(COUNCIL, UNIT, BOARD).forbidden(OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("PUT /api/v1/consolidations/{id}").path("id", () -> consolidated().id()).body("{\"version\":0,\"difficulties\":\"Không\"}")
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD).forbidden(OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("POST /api/v1/consolidations/{id}/approve").path("id", () -> consolidated().id()).body("{\"version\":0}")
                .ok(ADMIN, LEADER).forbidden(OFFICE, COUNCIL, UNIT, BOARD, OTHER_UNIT, OTHER_COMMUNE);
        t.row("POST /api/v1/consolidations/{id}/submit").path("id", () -> approved().id()).body("{\"version\":1}")
                .ok(ADMIN, OFFICE, LEADER).forbidden(COUNCIL, UNIT, BOARD).forbidden(OTHER_UNIT).notFound(OTHER_COMMUNE);
        for (String path : List.of("/api/v1/dashboards/completeness", "/api/v1/dashboards/completeness.xlsx",
                "/api/v1/dashboards/attainment", "/api/v1/dashboards/attainment.xlsx", "/api/v1/dashboards/missing")) {
            t.row("GET " + path).query("planId", x.plan().planId()).query("year", 2025)
                    .ok(ADMIN, OFFICE, LEADER, BOARD).forbidden(COUNCIL, UNIT, OTHER_UNIT).filtered(OTHER_COMMUNE)
                    .markers(() -> c.village().id().toString(), () -> c.village().name())
                    .note("counted over the caller's own scope: another commune's figures are empty");
        }
    }

}
