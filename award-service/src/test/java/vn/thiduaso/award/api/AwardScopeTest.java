package vn.thiduaso.award.api;

import static vn.thiduaso.award.api.AwardSteps.draftBody;
import static vn.thiduaso.award.api.AwardSteps.forwardedFrom;
import static vn.thiduaso.award.api.AwardSteps.json;
import static vn.thiduaso.award.api.AwardSteps.layout;
import static vn.thiduaso.award.api.AwardSteps.rand;
import static io.restassured.RestAssured.given;
import static vn.thiduaso.platform.test.scope.Caller.ADMIN;
import static vn.thiduaso.platform.test.scope.Caller.BOARD;
import static vn.thiduaso.platform.test.scope.Caller.COUNCIL;
import static vn.thiduaso.platform.test.scope.Caller.LEADER;
import static vn.thiduaso.platform.test.scope.Caller.OFFICE;
import static vn.thiduaso.platform.test.scope.Caller.OTHER_COMMUNE;
import static vn.thiduaso.platform.test.scope.Caller.OTHER_UNIT;
import static vn.thiduaso.platform.test.scope.Caller.UNIT;
import static vn.thiduaso.platform.test.scope.Outcome.OK;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.award.AwardServiceTestEnvironment;
import vn.thiduaso.award.BoardFixtures;
import vn.thiduaso.award.BoardFixtures.World;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.DecisionFixtures;
import vn.thiduaso.award.DecisionFixtures.Round;
import vn.thiduaso.award.Dossiers;
import vn.thiduaso.award.Plans;
import vn.thiduaso.award.api.CouncilFixtures.Councillor;
import vn.thiduaso.award.config.AwardClock;
import vn.thiduaso.platform.test.scope.DatabaseFingerprint;
import vn.thiduaso.platform.test.scope.ScopeRow;
import vn.thiduaso.platform.test.scope.ScopeRows;
import vn.thiduaso.platform.test.scope.ScopeSuite;
import vn.thiduaso.platform.test.scope.ScopeTable;

/**
 * Scope (BOLA) table of award-service: every operation of its OpenAPI document, called by every role
 * of a commune, by the office of another commune and by the officer of another village of the same
 * commune, with ids that exist. Outside the scope: 404 (or 403 for a role that may never act), never
 * a 2xx, and a refused write changes no table.
 */
@QuarkusTest
class AwardScopeTest implements ScopeSuite {

    @Inject
    Plans plans;

    @Inject
    CouncilFixtures council;

    @Inject
    Dossiers dossiers;

    @Inject
    DecisionFixtures decisions;

    @Inject
    AwardClock clock;

    private World w;
    private Commune c;
    private Councillor chair;
    private UUID nominationRound;
    private String officer;
    private AwardSteps steps;

    @Override
    public ScopeTable table() {
        w = BoardFixtures.world();
        c = w.c();
        nominationRound = dossiers.openRound(c);
        // the round asks only the UNIT's village for nominations: the other village is outside it
        BoardFixtures.sql("update award_round set nominator_unit_ids = array['%s']::uuid[] where id = '%s'", c.village().id(),
                nominationRound);
        json(c.officeToken()).body(toJson(layout())).put("/api/v1/certificate-layouts/{f}", BoardFixtures.COMMUNE_FORM)
                .then().statusCode(200);
        decisions.ruleSet();
        chair = council.councillor(c, "chutich", "Nguyễn Văn Hùng");
        officer = dossiers.officer(c, c.key() + ".thuly");
        steps = new AwardSteps(w, nominationRound, chair, council, decisions);
        Commune other = Communes.create();
        String admin = Communes.adminToken();
        ScopeTable t = ScopeTable.of(caller -> switch (caller) {
            case ADMIN -> admin;
            case OFFICE -> c.officeToken();
            case LEADER -> c.leaderToken();
            case COUNCIL -> chair.token(c);
            case UNIT -> c.unitToken();
            case BOARD -> c.boardToken();
            case OTHER_COMMUNE -> other.officeToken();
            case OTHER_UNIT -> c.otherUnitToken();
            case ANONYMOUS -> null;
        }).database(DatabaseFingerprint.of(AwardServiceTestEnvironment.DATABASE));
        catalogue(t);
        plansAndRounds(t);
        nominations(t);
        councilSessions(t);
        postings(t);
        decisionRows(t);
        records(t);
        board(t);
        emulation(t);
        publicPages(t);
        ScopeRows.adminOnly(t, "GET /api/v1/admin/clock");
        ScopeRows.adminOnly(t, "PUT /api/v1/admin/clock").body("{\"offsetSeconds\":0}");
        ScopeRows.platformAdmin(t);
        return t;
    }

    // --- fixtures: fresh objects of the home commune -------------------------------------------

    private String attachment(String nomination) {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return given().header("Authorization", c.unitToken()).multiPart("file", "to-trinh.pdf", pdf, "application/pdf")
                .multiPart("kind", "OTHER").post("/api/v1/nominations/{id}/attachments", nomination)
                .then().statusCode(201).extract().path("id");
    }

    private String[] signed() {
        String[] d = steps.drafted();
        clock.setOffset(Duration.ofDays(40));
        try {
            json(c.leaderToken()).body("{}").post("/api/v1/decisions/{id}/sign", d[0]).then().statusCode(200);
        } finally {
            clock.setOffset(Duration.ZERO);
        }
        return d;
    }

    private Map<String, Object> pastAward() {
        Map<String, Object> body = new HashMap<>();
        body.put("nomineeKind", "INDIVIDUAL");
        body.put("nomineeName", "Đỗ Thị Hằng " + rand());
        body.put("dateOfBirth", "1980-05-12");
        body.put("positionTitle", "Trưởng thôn");
        body.put("unitId", c.village().id().toString());
        body.put("formCode", "giay-khen-chu-tich-ubnd-xa");
        body.put("year", 2023);
        body.put("movementTitle", "Phong trào thi đua chuyển đổi số");
        body.put("method", "REGULAR");
        body.put("decisionNumber", "15/QĐ-UBND");
        body.put("decisionDate", "2024-01-15");
        return body;
    }

    private static Map<String, Object> form(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Giấy khen thử phạm vi");
        body.put("level", "COMMUNE");
        body.put("recipientKinds", List.of("COLLECTIVE", "INDIVIDUAL"));
        body.put("rank", 1000);
        return body;
    }

    private static String newForm() {
        return json(Communes.adminToken()).body(form("scope-" + rand())).post("/api/v1/award-forms")
                .then().statusCode(201).extract().path("id");
    }

    /** Read by every role of the commune and the board; outside: 404. */
    private static ScopeRow communeRead(ScopeRow row) {
        return row.ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD).notFound(OTHER_COMMUNE, OTHER_UNIT);
    }

    /** A commune dossier: the board sees only forwarded ones (404 here). */
    private static ScopeRow dossierRead(ScopeRow row) {
        return row.ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT).notFound(BOARD, OTHER_COMMUNE, OTHER_UNIT);
    }

    // --- rows ------------------------------------------------------------------------------------

    private void catalogue(ScopeTable t) {
        String form = newForm();
        t.row("GET /api/v1/award-forms").others(OK).ownData().note("danh mục dùng chung");
        t.row("GET /api/v1/award-forms/{id}").path("id", form).others(OK).ownData().note("danh mục dùng chung");
        ScopeRows.adminOnly(t, "POST /api/v1/award-forms").body(p -> toJson(form("scope-" + rand())));
        ScopeRows.adminOnly(t, "PUT /api/v1/award-forms/{id}").path("id", AwardScopeTest::newForm).body(p -> {
            Map<String, Object> body = form("scope-" + rand());
            body.put("version", 0);
            body.put("active", true);
            body.put("decidingLevel", "COMMUNE");
            return toJson(body);
        });
        t.row("GET /api/v1/award-rule-sets").others(OK).ownData().note("quy định dùng chung");
        t.row("GET /api/v1/award-rule-sets/in-force").query("on", "2024-06-01").others(OK).ownData();
        t.row("GET /api/v1/award-rule-sets/{id}").path("id", "a2a0e000-0000-4000-8000-000000000001").others(OK).ownData();
        ScopeRows.adminOnly(t, "POST /api/v1/award-rule-sets").body("{\"code\":\"\"}").admitted(ADMIN)
                .note("chỉ quản trị; thân không hợp lệ: quản trị nhận 400");
    }

    private void plansAndRounds(ScopeTable t) {
        UUID plan = plans.issue(c, "150/KH-UBND", "Kế hoạch thi đua " + c.key(), Instant.now(), c.village());
        t.row("GET /api/v1/award-plans").ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD).filtered(OTHER_COMMUNE, OTHER_UNIT)
                .markers(plan::toString);
        communeRead(t.row("GET /api/v1/award-plans/{planId}").path("planId", plan));
        String round = nominationRound.toString();
        t.row("GET /api/v1/award-rounds").ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD).filtered(OTHER_COMMUNE, OTHER_UNIT)
                .markers(() -> round);
        communeRead(t.row("GET /api/v1/award-rounds/{id}").path("id", round));
        t.row("POST /api/v1/award-rounds").body(p -> {
            UUID planId = plans.issue(c, "15/KH-UBND", "Kế hoạch " + rand(), Instant.now(), c.village());
            return "{\"planId\":\"" + planId + "\",\"occasion\":\"ANNUAL\",\"year\":2027,\"formCodes\":[\"giay-khen-chu-tich-ubnd-xa\"],\"nominationDeadline\":\""
                    + Instant.now().plus(30, ChronoUnit.DAYS) + "\"}";
        }).ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).refused(OTHER_COMMUNE);
        t.row("PUT /api/v1/award-rounds/{id}").path("id", () -> council.round(c))
                .body("{\"version\":0,\"title\":\"Khen thưởng tổng kết năm 2026 (sửa)\"}")
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("POST /api/v1/award-rounds/{id}/close").path("id", () -> council.round(c)).body("{}")
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("GET /api/v1/award-rounds/{roundId}/nominations/import-template").path("roundId", round)
                .ok(ADMIN, OFFICE, UNIT, LEADER, COUNCIL, BOARD).notFound(OTHER_COMMUNE, OTHER_UNIT).note("mẫu trống của đợt đọc được");
        t.row("POST /api/v1/award-rounds/{roundId}/nominations/import").path("roundId", round).contentType("multipart/form-data")
                .request(r -> r.multiPart("file", "x.xlsx", "không phải excel".getBytes()))
                .admitted(ADMIN, OFFICE, UNIT).refused(LEADER, COUNCIL, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE)
                .note("tệp không hợp lệ: trong phạm vi nhận 400; tệp được đọc trước khi xét vai trò (400, không phải 403)");
    }

    private void nominations(ScopeTable t) {
        String draft = steps.draftNomination();
        String att = attachment(draft);
        t.row("POST /api/v1/nominations")
                .body(p -> {
                    Map<String, Object> body = new HashMap<>(NominationCalls.individual(nominationRound, "Lê Văn Đề Nghị " + rand(),
                            Dossiers.XA));
                    body.put("nominatingUnitId", c.village().id().toString());
                    return toJson(body);
                })
                .ok(ADMIN, OFFICE, UNIT).forbidden(LEADER, COUNCIL).refused(BOARD, OTHER_COMMUNE, OTHER_UNIT)
                .note("đề nghị cho thôn Đông; Ban không đề nghị ở xã (400), thôn Tây không được đợt hỏi đề nghị");
        t.row("GET /api/v1/nominations").ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD).filtered(OTHER_COMMUNE, OTHER_UNIT)
                .markers(() -> draft);
        dossierRead(t.row("GET /api/v1/nominations/{id}").path("id", draft));
        t.row("PUT /api/v1/nominations/{id}").path("id", steps::draftNomination).body(p -> {
            Map<String, Object> body = new HashMap<>(NominationCalls.individual(nominationRound, "Lê Văn Sửa " + rand(), Dossiers.XA));
            body.remove("roundId");
            body.put("version", 0);
            return toJson(body);
        }).ok(ADMIN, OFFICE, UNIT).forbidden(LEADER, COUNCIL).notFound(BOARD, OTHER_COMMUNE, OTHER_UNIT);
        dossierRead(t.row("GET /api/v1/nominations/{id}/eligibility").path("id", draft));
        unitAction(t.row("POST /api/v1/nominations/{id}/submit").path("id", steps::draftNomination).body("{}"));
        unitAction(t.row("POST /api/v1/nominations/{id}/recall").path("id", steps::submitted).body("{}"));
        unitAction(t.row("POST /api/v1/nominations/{id}/withdraw").path("id", steps::draftNomination)
                .body("{\"reason\":\"Đổi đối tượng\"}"));
        officeAction(t.row("POST /api/v1/nominations/{id}/receive").path("id", steps::submitted).body("{}"));
        officeAction(t.row("POST /api/v1/nominations/{id}/assign").path("id", steps::received)
                .body(p -> "{\"officer\":\"" + officer + "\"}"));
        officeAction(t.row("POST /api/v1/nominations/{id}/appraise").path("id", steps::received).body("{\"eligible\":true}"));
        officeAction(t.row("POST /api/v1/nominations/{id}/return").path("id", steps::submitted).body("{\"reason\":\"Bổ sung hồ sơ\"}"));
        t.row("POST /api/v1/nominations/{id}/override").path("id", steps::received).body("{\"reason\":\"Chủ tịch cho phép\"}")
                .admitted(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT).notFound(BOARD, OTHER_COMMUNE, OTHER_UNIT);
        dossierRead(t.row("GET /api/v1/nominations/{id}/log").path("id", draft));
        dossierRead(t.row("GET /api/v1/nominations/{id}/log/document").path("id", draft).query("format", "pdf"));
        t.row("POST /api/v1/nominations/{id}/attachments").path("id", steps::draftNomination).contentType("multipart/form-data")
                .request(r -> r.multiPart("file", "to-trinh.pdf", "%PDF-1.4\n%%EOF\n".getBytes(), "application/pdf")
                        .multiPart("kind", "OTHER"))
                .ok(ADMIN, OFFICE, UNIT).forbidden(LEADER, COUNCIL).notFound(BOARD, OTHER_COMMUNE, OTHER_UNIT);
        dossierRead(t.row("GET /api/v1/nominations/{id}/attachments/{attachmentId}").path("id", draft).path("attachmentId", att));
        Supplier<String> freshDraft = steps::draftNomination;
        String[] holder = new String[1];
        t.row("DELETE /api/v1/nominations/{id}/attachments/{attachmentId}")
                .path("id", () -> holder[0] = freshDraft.get()).path("attachmentId", () -> attachment(holder[0]))
                .ok(ADMIN, OFFICE, UNIT).forbidden(LEADER, COUNCIL).notFound(BOARD, OTHER_COMMUNE, OTHER_UNIT);
    }

    /** The unit's own dossier actions; the office may act for it; the board does not see commune dossiers (404). */
    private static void unitAction(ScopeRow row) {
        row.ok(ADMIN, OFFICE, UNIT).forbidden(LEADER, COUNCIL).notFound(BOARD, OTHER_COMMUNE, OTHER_UNIT);
    }

    private static void officeAction(ScopeRow row) {
        row.ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT).notFound(BOARD, OTHER_COMMUNE, OTHER_UNIT);
    }

    private void councilSessions(ScopeTable t) {
        String[] session = steps.plannedSession();
        t.row("GET /api/v1/council-sessions").ok(ADMIN, OFFICE, LEADER, COUNCIL).notFound(UNIT, BOARD, OTHER_UNIT)
                .filtered(OTHER_COMMUNE).note("đơn vị và Ban không thấy phiên họp: 404").markers(() -> session[0]);
        t.row("GET /api/v1/council-sessions/{id}").path("id", session[0])
                .ok(ADMIN, OFFICE, LEADER, COUNCIL).forbidden(BOARD).notFound(UNIT, OTHER_UNIT, OTHER_COMMUNE);
        t.row("POST /api/v1/council-sessions").body(p -> {
            UUID round = council.round(c);
            council.nomination(c, round, council.ruleSet(50), "Đỗ Thị Hạnh " + rand(), vn.thiduaso.award.domain.NominationStatus.APPRAISED);
            return "{\"roundId\":\"" + round + "\",\"title\":\"Phiên họp\",\"members\":[{\"userId\":\"" + chair.id()
                    + "\",\"seat\":\"CHAIR\"}]}";
        }).ok(OFFICE).forbidden(ADMIN, LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).refused(OTHER_COMMUNE);
        String[] holder = new String[3];
        t.row("PUT /api/v1/council-sessions/{id}/attendance").path("id", () -> {
            String[] s = steps.plannedSession();
            holder[1] = s[1];
            return s[0];
        }).body(p -> "{\"present\":[\"" + chair.id() + "\"]}")
                .ok(OFFICE, COUNCIL).forbidden(ADMIN, LEADER, BOARD).notFound(UNIT, OTHER_UNIT, OTHER_COMMUNE)
                .note("Phòng hoặc chủ tịch Hội đồng điểm danh");
        t.row("POST /api/v1/council-sessions/{id}/open").path("id", () -> {
            String[] s = steps.plannedSession();
            json(c.officeToken()).body(Map.of("present", List.of(chair.id().toString(), s[1])))
                    .put("/api/v1/council-sessions/{id}/attendance", s[0]).then().statusCode(200);
            return s[0];
        }).body(p -> "{\"votingClosesAt\":\"" + Instant.now().plus(1, ChronoUnit.HOURS) + "\"}")
                .ok(COUNCIL).forbidden(ADMIN, OFFICE, LEADER, BOARD).notFound(UNIT, OTHER_UNIT, OTHER_COMMUNE)
                .note("chủ tịch Hội đồng mở biểu quyết");
        t.row("POST /api/v1/council-sessions/{id}/recusals").path("id", () -> {
            String[] s = steps.openSession();
            holder[2] = s[2];
            return s[0];
        }).body(p -> "{\"nominationId\":\"" + holder[2] + "\",\"reason\":\"Người thân\"}")
                .ok(COUNCIL).forbidden(ADMIN, OFFICE, LEADER, BOARD).notFound(UNIT, OTHER_UNIT, OTHER_COMMUNE);
        t.row("POST /api/v1/council-sessions/{id}/ballots").path("id", () -> {
            String[] s = steps.openSession();
            holder[2] = s[2];
            return s[0];
        }).body(p -> "{\"votes\":[{\"nominationId\":\"" + holder[2] + "\",\"choice\":\"AGREE\"}]}")
                .ok(COUNCIL).forbidden(ADMIN, OFFICE, LEADER, BOARD).notFound(UNIT, OTHER_UNIT, OTHER_COMMUNE);
        t.row("POST /api/v1/council-sessions/{id}/close").path("id", () -> steps.openSession()[0])
                .ok(COUNCIL).forbidden(ADMIN, OFFICE, LEADER, BOARD).notFound(UNIT, OTHER_UNIT, OTHER_COMMUNE);
        t.row("GET /api/v1/council-sessions/{id}/minutes").path("id", session[0]).query("format", "docx")
                .admitted(ADMIN, OFFICE, LEADER, COUNCIL).forbidden(BOARD).notFound(UNIT, OTHER_UNIT, OTHER_COMMUNE)
                .note("biên bản của phiên chưa họp: trạng thái quyết định");
    }

    private void postings(ScopeTable t) {
        String[] p = steps.posted();
        t.row("GET /api/v1/public-postings").ok(ADMIN, OFFICE, LEADER, COUNCIL).forbidden(BOARD, UNIT, OTHER_UNIT)
                .filtered(OTHER_COMMUNE).markers(() -> p[0]);
        t.row("GET /api/v1/public-postings/{id}").path("id", p[0])
                .ok(ADMIN, OFFICE, LEADER, COUNCIL).forbidden(BOARD, UNIT, OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("POST /api/v1/public-postings").body(p2 -> {
            Round r = steps.decisionRound();
            decisions.passed(r, "Ngô Văn Đăng " + rand(), DecisionFixtures.GIAY_KHEN);
            return "{\"roundId\":\"" + r.roundId() + "\"}";
        }).ok(OFFICE).forbidden(ADMIN, LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).refused(OTHER_COMMUNE);
        t.row("POST /api/v1/objections/{id}/resolution").path("id", steps::objection)
                .body("{\"upheld\":false,\"resolution\":\"Không có cơ sở.\"}")
                .ok(OFFICE).forbidden(ADMIN, LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
    }

    private void decisionRows(ScopeTable t) {
        String[] d = steps.drafted();
        String[] s = signed();
        t.row("GET /api/v1/decisions").ok(ADMIN, OFFICE, LEADER, COUNCIL).forbidden(BOARD, UNIT, OTHER_UNIT)
                .filtered(OTHER_COMMUNE).markers(() -> d[0]);
        t.row("GET /api/v1/decisions/{id}").path("id", d[0])
                .ok(ADMIN, OFFICE, LEADER, COUNCIL).forbidden(BOARD, UNIT, OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("GET /api/v1/decisions/{id}/document").path("id", d[0]).query("format", "pdf")
                .ok(ADMIN, OFFICE, LEADER, COUNCIL).forbidden(BOARD, UNIT, OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("GET /api/v1/decisions/{id}/certificates").path("id", s[0])
                .ok(ADMIN, OFFICE, LEADER).forbidden(COUNCIL, UNIT, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
        String[] holder = new String[1];
        t.row("POST /api/v1/decisions").body(p -> {
            String[] posted = steps.posted();
            return toJson(draftBody(posted[2], posted[1]));
        }).ok(OFFICE).forbidden(ADMIN, LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).refused(OTHER_COMMUNE);
        t.row("PUT /api/v1/decisions/{id}").path("id", () -> {
            String[] x = steps.drafted();
            holder[0] = x[1];
            return x[0];
        }).body(p -> "{\"version\":0,\"title\":\"Về việc tặng Giấy khen (sửa)\",\"nominationIds\":[\"" + holder[0] + "\"]}")
                .ok(OFFICE).forbidden(ADMIN, LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("POST /api/v1/decisions/{id}/sign").path("id", () -> steps.drafted()[0]).body("{}")
                .admitted(LEADER).forbidden(ADMIN, OFFICE, COUNCIL, UNIT, BOARD, OTHER_UNIT, OTHER_COMMUNE)
                .note("thời hạn công khai chưa hết: lãnh đạo nhận 409; vai trò không ký được: 403 trước");
    }

    private void records(ScopeTable t) {
        String record = steps.awardRecord();
        t.row("GET /api/v1/award-records").ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD).filtered(OTHER_COMMUNE, OTHER_UNIT)
                .markers(() -> record);
        communeRead(t.row("GET /api/v1/award-records/{id}").path("id", record));
        t.row("POST /api/v1/award-records").body(p -> toJson(pastAward()))
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).refused(OTHER_COMMUNE);
        t.row("POST /api/v1/award-records/{id}/annulment").path("id", steps::awardRecord)
                .body("{\"reason\":\"Kê khai không trung thực\",\"decisionRef\":\"15/QĐ-UBND ngày 10/01/2027\"}")
                .ok(OFFICE).admitted(LEADER).forbidden(ADMIN, COUNCIL, UNIT, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("GET /api/v1/award-records/{id}/certificate").path("id", record)
                .ok(ADMIN, OFFICE, LEADER).forbidden(COUNCIL, UNIT, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("GET /api/v1/certificate-layouts").ok(ADMIN, OFFICE, LEADER).forbidden(COUNCIL, UNIT, BOARD, OTHER_UNIT)
                .filtered(OTHER_COMMUNE).markers(() -> c.commune().id().toString());
        t.row("PUT /api/v1/certificate-layouts/{formCode}").path("formCode", BoardFixtures.COMMUNE_FORM)
                .body(p -> toJson(layout()))
                .ok(OFFICE).forbidden(ADMIN, LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).admitted(OTHER_COMMUNE)
                .ownData().note("mẫu in phôi của xã người gọi");
        String communeId = c.commune().id().toString();
        t.row("GET /api/v1/funds/{communeId}/{year}").path("communeId", communeId).path("year", 2025)
                .ok(ADMIN, OFFICE, LEADER, BOARD).forbidden(COUNCIL, UNIT, OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("POST /api/v1/funds/{communeId}/{year}/entries").path("communeId", communeId).path("year", 2025)
                .body("{\"kind\":\"BUDGET\",\"amountVnd\":5000000}")
                .ok(OFFICE).forbidden(ADMIN, LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
    }

    private void board(ScopeTable t) {
        String forwardedNomination = steps.forwardedNomination();
        String forwarding = steps.forwarding(forwardedNomination);
        String att = BoardFixtures.attachment(UUID.fromString(forwardedNomination), "to-trinh.pdf", "%PDF-1.7".getBytes()).toString();
        t.row("GET /api/v1/forwardings").ok(ADMIN, OFFICE, LEADER, BOARD).forbidden(COUNCIL, UNIT, OTHER_UNIT)
                .filtered(OTHER_COMMUNE).markers(() -> forwarding);
        t.row("GET /api/v1/forwardings/{id}").path("id", forwarding)
                .ok(ADMIN, OFFICE, LEADER, BOARD).forbidden(COUNCIL, UNIT, OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("GET /api/v1/forwardings/{id}/bundle").path("id", forwarding)
                .ok(ADMIN, OFFICE, LEADER, BOARD).forbidden(COUNCIL, UNIT, OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("POST /api/v1/forwardings").body(p -> "{\"roundId\":\"" + w.roundId() + "\",\"nominationIds\":[\""
                + steps.forwardedNomination() + "\"]}")
                .ok(OFFICE).forbidden(ADMIN, LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).refused(OTHER_COMMUNE);
        t.row("GET /api/v1/board/nominations").ok(BOARD).forbidden(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, OTHER_UNIT, OTHER_COMMUNE);
        t.row("GET /api/v1/board/nominations/{id}").path("id", forwardedNomination)
                .ok(BOARD).forbidden(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, OTHER_UNIT, OTHER_COMMUNE);
        t.row("GET /api/v1/board/nominations/{id}/attachments/{attachmentId}").path("id", forwardedNomination)
                .path("attachmentId", att).ok(BOARD).forbidden(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, OTHER_UNIT, OTHER_COMMUNE);
        t.row("POST /api/v1/board/nominations/{id}/decision").path("id", steps::forwarded)
                .request(r -> r.header("Idempotency-Key", UUID.randomUUID().toString()))
                .body("{\"outcome\":\"REFUSED\",\"decisionNumber\":\"1/BTĐKT\",\"decisionDate\":\"2025-12-20\",\"note\":\"Chưa đủ điều kiện\"}")
                .ok(BOARD).forbidden(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, OTHER_UNIT, OTHER_COMMUNE);
    }

    private void emulation(ScopeTable t) {
        String village = c.village().id().toString();
        t.row("PUT /api/v1/emulation-registrations/{unitId}/{year}").path("unitId", village).path("year", 2027)
                .body("{\"formCodes\":[\"giay-khen-chu-tich-ubnd-xa\"],\"note\":\"Đăng ký thi đua\"}")
                .ok(ADMIN, OFFICE, UNIT).forbidden(LEADER, COUNCIL, BOARD).notFound(OTHER_COMMUNE, OTHER_UNIT);
        t.row("GET /api/v1/emulation-registrations").ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD)
                .filtered(OTHER_COMMUNE, OTHER_UNIT).markers(() -> "\"" + village + "\"");
        String cluster = steps.cluster();
        t.row("GET /api/v1/emulation-clusters").ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD).filtered(OTHER_COMMUNE)
                .ok(OTHER_UNIT).ownData().markers(() -> cluster).note("thôn Tây là thành viên của khối");
        t.row("GET /api/v1/emulation-clusters/{id}").path("id", cluster)
                .ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD).ok(OTHER_UNIT).ownData().notFound(OTHER_COMMUNE)
                .note("thôn Tây là thành viên của khối");
        t.row("PUT /api/v1/emulation-clusters/{id}/covenant").path("id", cluster).body("{\"text\":\"Các thôn cam kết thi đua\"}")
                .ok(ADMIN, OFFICE, UNIT).forbidden(LEADER, COUNCIL, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE)
                .note("thôn Đông đứng đầu khối ký (Phòng thay được); thôn Tây là thành viên: 403");
        t.row("PUT /api/v1/emulation-clusters/{id}/scores").path("id", cluster)
                .body("{\"scores\":[{\"unitId\":\"" + village + "\",\"score\":90,\"rank\":1}]}")
                .ok(ADMIN, OFFICE, UNIT).forbidden(LEADER, COUNCIL, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE)
                .note("Phòng hoặc thôn đứng đầu khối chấm điểm");
    }

    private void publicPages(ScopeTable t) {
        String[] p = steps.posted();
        String code = "xa-" + c.key();
        ScopeRows.open(t, "GET /api/v1/public/communes");
        ScopeRows.open(t, "GET /api/v1/public/honours").query("commune", code);
        ScopeRows.open(t, "GET /api/v1/public/postings").query("commune", code);
        ScopeRows.open(t, "GET /api/v1/public/postings/{id}").path("id", p[0]);
        ScopeRows.open(t, "POST /api/v1/public/postings/{id}/objections").path("id", p[0])
                .body("{\"name\":\"Bùi Văn Tâm\",\"contact\":\"0912 345 678\",\"text\":\"Đề nghị xem lại thành tích.\"}")
                .request(AwardSteps::forwardedFrom);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
