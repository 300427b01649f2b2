package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static vn.thiduaso.platform.test.scope.Caller.ADMIN;
import static vn.thiduaso.platform.test.scope.Caller.BOARD;
import static vn.thiduaso.platform.test.scope.Caller.COUNCIL;
import static vn.thiduaso.platform.test.scope.Caller.LEADER;
import static vn.thiduaso.platform.test.scope.Caller.OFFICE;
import static vn.thiduaso.platform.test.scope.Caller.OTHER_COMMUNE;
import static vn.thiduaso.platform.test.scope.Caller.OTHER_UNIT;
import static vn.thiduaso.platform.test.scope.Caller.UNIT;
import static vn.thiduaso.platform.test.scope.Outcome.FORBIDDEN;
import static vn.thiduaso.platform.test.scope.Outcome.NOT_FOUND;
import static vn.thiduaso.platform.test.scope.Outcome.OK;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.domain.UserAccount;
import vn.thiduaso.plan.service.DirectoryService;
import vn.thiduaso.platform.test.Tokens;
import vn.thiduaso.platform.test.scope.DatabaseFingerprint;
import vn.thiduaso.platform.test.scope.ScopeRow;
import vn.thiduaso.platform.test.scope.ScopeRows;
import vn.thiduaso.platform.test.scope.ScopeSuite;
import vn.thiduaso.platform.test.scope.ScopeTable;

/**
 * Scope (BOLA) table of plan-service: every operation of its OpenAPI document, called by every role
 * of a commune, by the office of another commune and by the officer of another unit of the same
 * commune, with ids that exist. Outside the scope: 404 (or 403 for a role that may never act), never
 * a 2xx, and a refused write changes no table.
 */
@QuarkusTest
class PlanScopeTest implements ScopeSuite {

    private static final AtomicInteger CLUSTER_YEAR = new AtomicInteger(2000);

    @Inject
    Communes communes;

    @Inject
    DirectoryService directory;

    private Communes.Commune c;
    private Unit otherVillage;
    private UserAccount admin, council, board, otherUnitUser;

    @Override
    public ScopeTable table() {
        c = communes.create();
        Communes.Commune other = communes.create();
        String k = c.key();
        admin = directory.newUser(c.city(), k + ".admin", Communes.PASSWORD, "Quản Trị", k + ".admin@test.local", "admin");
        council = directory.newUser(c.office(), k + ".council", Communes.PASSWORD, "Thành Viên", k + ".council@test.local", "council");
        board = directory.newUser(c.city(), k + ".board", Communes.PASSWORD, "Ban Thi Đua", k + ".board@test.local", "board");
        otherVillage = directory.newUnit(c.commune(), "thon-2", "Thôn Tây", UnitKind.VILLAGE);
        otherUnitUser = directory.newUser(otherVillage, k + ".unit2", Communes.PASSWORD, "Lê Văn Tây", k + ".unit2@test.local", "unit");
        ScopeTable table = ScopeTable.of(caller -> switch (caller) {
            case ADMIN -> Tokens.role("admin").user(admin.id, admin.username).unit(c.city().id, c.city().path).scope("/").bearer();
            case OFFICE -> c.officeToken();
            case LEADER -> c.leaderToken();
            case COUNCIL -> Tokens.role("council").user(council.id, council.username).unit(c.office().id, c.office().path)
                    .scope(c.commune().path).bearer();
            case UNIT -> c.unitToken();
            case BOARD -> Tokens.role("board").user(board.id, board.username).unit(c.city().id, c.city().path).bearer();
            case OTHER_COMMUNE -> other.officeToken();
            case OTHER_UNIT -> Tokens.role("unit").user(otherUnitUser.id, otherUnitUser.username)
                    .unit(otherVillage.id, otherVillage.path).bearer();
            case ANONYMOUS -> null;
        }).database(DatabaseFingerprint.of("plan_test"));
        auth(table);
        plans(table);
        movements(table);
        units(table);
        users(table);
        clusters(table);
        audit(table);
        serviceAccounts(table);
        ScopeRows.platformAdmin(table);
        return table;
    }

    // --- fixtures: fresh objects of the home commune ------------------------------------------

    private String officeToken() {
        return c.officeToken();
    }

    private static String id(Response created) {
        return created.then().statusCode(201).extract().path("id");
    }

    private String draft() {
        return id(given().contentType(ContentType.JSON).header("Authorization", officeToken())
                .body(StructuredPlans.full(c, Plans.randomTitle())).post("/api/v1/plans"));
    }

    private String issued() {
        String id = draft();
        given().contentType(ContentType.JSON).header("Authorization", c.leaderToken()).body("{\"version\": 0}")
                .post("/api/v1/plans/" + id + "/issue").then().statusCode(200);
        return id;
    }

    private String amended() {
        String id = issued();
        given().contentType(ContentType.JSON).header("Authorization", officeToken())
                .body("{\"version\": 1, \"reason\": \"Nâng chỉ tiêu\"}").post("/api/v1/plans/" + id + "/amend").then().statusCode(200);
        given().contentType(ContentType.JSON).header("Authorization", officeToken())
                .body("{\"version\": 2, \"title\": \"" + Plans.randomTitle() + "\"}").patch("/api/v1/plans/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("Authorization", c.leaderToken()).body("{\"version\": 3}")
                .post("/api/v1/plans/" + id + "/issue").then().statusCode(200);
        return id;
    }

    private String unitPlan() {
        String parent = issued();
        return id(given().contentType(ContentType.JSON).header("Authorization", c.unitToken()).body("{}")
                .post("/api/v1/plans/" + parent + "/unit-plans"));
    }

    private String village() {
        return id(given().contentType(ContentType.JSON).header("Authorization", officeToken())
                .body(UnitResourceTest.unitBody(c.commune().id, "thon-" + UUID.randomUUID().toString().substring(0, 6)))
                .post("/api/v1/units"));
    }

    private String inactiveVillage() {
        String id = village();
        given().contentType(ContentType.JSON).header("Authorization", officeToken()).body("{}")
                .post("/api/v1/units/" + id + "/deactivate").then().statusCode(200);
        return id;
    }

    private String user() {
        String name = c.key() + ".u" + UUID.randomUUID().toString().substring(0, 6);
        return id(given().contentType(ContentType.JSON).header("Authorization", officeToken())
                .body(UserResourceTest.userBody(name, c.village().id, "\"unit\"")).post("/api/v1/users"));
    }

    private String clusterBody() {
        String v = c.village().id.toString();
        return ClusterResourceTest.body(c, CLUSTER_YEAR.incrementAndGet(), v, null, v);
    }

    private String cluster() {
        return id(given().contentType(ContentType.JSON).header("Authorization", officeToken()).body(clusterBody())
                .post("/api/v1/clusters"));
    }

    private String movementBody() {
        return "{\"name\": \"Phong trào xã thi đua\", \"level\": \"COMMUNE\", \"ownerUnitId\": \"" + c.commune().id
                + "\", \"startYear\": 2025, \"endYear\": 2026, \"method\": \"REGULAR_YEARLY\"}";
    }

    private String movement() {
        return id(given().contentType(ContentType.JSON).header("Authorization", officeToken()).body(movementBody())
                .post("/api/v1/movements"));
    }

    private String serviceAccountBody() {
        return "{\"name\":\"Ban TĐKT\",\"unitId\":\"" + c.city().id + "\",\"roles\":[\"board\"]}";
    }

    private Response newServiceAccount() {
        return given().contentType(ContentType.JSON).header("Authorization", Tokens.role("admin").bearer())
                .body(serviceAccountBody()).post("/api/v1/service-accounts");
    }

    private String refreshTokenOfLeader() {
        return UserResourceTest.login(c.leader().username, Communes.PASSWORD).statusCode(200).extract().path("refreshToken");
    }

    private static byte[] workbook(String[]... rows) {
        try {
            return DirectoryImportTest.workbook(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- rows ------------------------------------------------------------------------------------

    private void auth(ScopeTable t) {
        ScopeRows.open(t, "POST /api/v1/auth/login")
                .body(p -> "{\"username\":\"" + c.leader().username + "\",\"password\":\"" + Communes.PASSWORD + "\"}");
        ScopeRows.open(t, "POST /api/v1/auth/refresh").body(p -> "{\"refreshToken\":\"" + refreshTokenOfLeader() + "\"}");
        ScopeRows.open(t, "POST /api/v1/auth/token").contentType(ContentType.URLENC.toString()).request(r -> {
            Response created = newServiceAccount();
            return r.formParam("grant_type", "client_credentials")
                    .formParam("client_id", created.then().statusCode(201).extract().path("clientId").toString())
                    .formParam("client_secret", created.then().extract().path("clientSecret").toString());
        });
        // another caller's refresh token is ignored: 204 and nothing revoked
        t.row("POST /api/v1/auth/logout").body(p -> "{\"refreshToken\":\"" + refreshTokenOfLeader() + "\"}")
                .ok(LEADER).expect(vn.thiduaso.platform.test.scope.Outcome.NO_EFFECT, ADMIN, OFFICE, COUNCIL, UNIT, BOARD,
                        OTHER_COMMUNE, OTHER_UNIT);
        // own password, wrong current password: each caller reaches its own account (400 naming the field)
        t.row("POST /api/v1/auth/password").ownData()
                .body("{\"currentPassword\":\"sai-mat-khau\",\"newPassword\":\"Mot-mat-khau-tot-7\"}")
                .others(vn.thiduaso.platform.test.scope.Outcome.ADMITTED);
        ScopeRows.own(t, "GET /api/v1/auth/me");
    }

    private void plans(ScopeTable t) {
        String issued = issued();
        String draft = draft();
        t.row("GET /api/v1/plans").ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD).filtered(OTHER_COMMUNE, OTHER_UNIT)
                .markers(() -> draft, () -> issued);
        readsOfIssued(t.row("GET /api/v1/plans/{id}").path("id", issued));
        readsOfIssued(t.row("GET /api/v1/plans/{id}/document.docx").path("id", issued));
        readsOfIssued(t.row("GET /api/v1/plans/{id}/document.pdf").path("id", issued));
        readsOfIssued(t.row("GET /api/v1/plans/{id}/versions").path("id", issued));
        readsOfIssued(t.row("GET /api/v1/plans/{id}/versions/{n}").path("id", issued).path("n", 1));
        readsOfIssued(t.row("GET /api/v1/plans/{id}/diff").path("id", this::amended).query("from", 1).query("to", 2));
        t.row("POST /api/v1/plans").body(p -> StructuredPlans.full(c, Plans.randomTitle()))
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, BOARD).refused(UNIT, OTHER_COMMUNE, OTHER_UNIT);
        // drafts are the commune's internal work: units and the board do not see them (404)
        t.row("PATCH /api/v1/plans/{id}").path("id", this::draft).body(p -> "{\"version\": 0, \"title\": \"" + Plans.randomTitle() + "\"}")
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, BOARD).notFound(UNIT, OTHER_COMMUNE, OTHER_UNIT);
        t.row("POST /api/v1/plans/{id}/issue").path("id", this::draft).body("{\"version\": 0}")
                .ok(ADMIN, LEADER).forbidden(OFFICE, COUNCIL, BOARD, OTHER_COMMUNE).notFound(UNIT, OTHER_UNIT)
                .note("@RolesAllowed answers 403 first for roles that may never issue");
        t.row("POST /api/v1/plans/{id}/amend").path("id", this::issued).body("{\"version\": 1, \"reason\": \"Bổ sung chỉ tiêu\"}")
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD).notFound(OTHER_COMMUNE, OTHER_UNIT);
        t.row("POST /api/v1/plans/{id}/close").path("id", this::issued).body("{\"version\": 1, \"reason\": \"Hết thời hạn\"}")
                .ok(ADMIN, OFFICE, LEADER).forbidden(COUNCIL, UNIT, BOARD).notFound(OTHER_COMMUNE, OTHER_UNIT);
        t.row("POST /api/v1/plans/{id}/unit-plans").path("id", this::issued).body(p -> "{\"unitId\":\"" + c.village().id + "\"}")
                .ok(ADMIN, OFFICE, UNIT).forbidden(LEADER, COUNCIL, BOARD).notFound(OTHER_COMMUNE, OTHER_UNIT);
        t.row("GET /api/v1/plans/{id}/unit-plans").path("id", issued)
                .ok(ADMIN, OFFICE, LEADER).forbidden(COUNCIL, UNIT, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
        String unitPlan = unitPlan();
        t.row("GET /api/v1/plans/{id}/check").path("id", unitPlan)
                .ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT).notFound(BOARD, OTHER_COMMUNE, OTHER_UNIT)
                .note("a unit's draft plan: the board does not see drafts");
    }

    /** An issued plan of the commune addressed to the UNIT's village: everyone of the commune and the board reads it. */
    private static void readsOfIssued(ScopeRow row) {
        row.ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD).notFound(OTHER_COMMUNE, OTHER_UNIT);
    }

    private void movements(ScopeTable t) {
        t.row("GET /api/v1/movements").others(OK).ownData().note("danh mục phong trào dùng chung");
        t.row("GET /api/v1/movements/{id}").path("id", StructuredPlans.MOVEMENT_923).others(OK).ownData()
                .note("danh mục phong trào dùng chung");
        t.row("POST /api/v1/movements").body(p -> movementBody()).ok(ADMIN, OFFICE).others(FORBIDDEN);
        // movements are readable by everyone: a caller that may not edit one gets 403
        t.row("PATCH /api/v1/movements/{id}").path("id", this::movement)
                .body("{\"name\": \"Phong trào xã thi đua chuyển đổi số\", \"version\": 0}").ok(ADMIN, OFFICE).others(FORBIDDEN);
    }

    private void units(ScopeTable t) {
        t.row("GET /api/v1/units/import/template").ownData().others(OK).note("an empty sheet");
        t.row("POST /api/v1/units/import").contentType("multipart/form-data").request(r -> r.multiPart("file", "danh-sach.xlsx",
                workbook(new String[] { c.commune().path, "thon-n" + UUID.randomUUID().toString().substring(0, 4), "Thôn Nhập",
                        "VILLAGE", "", "", "", "" }), DirectoryImportTest.XLSX))
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).refused(OTHER_COMMUNE);
        t.row("GET /api/v1/units").ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD).filtered(OTHER_COMMUNE, OTHER_UNIT)
                .markers(() -> c.village().id.toString());
        t.row("GET /api/v1/units/tree").query("rootId", () -> c.commune().id)
                .ok(ADMIN, OFFICE, LEADER, COUNCIL, BOARD).notFound(UNIT, OTHER_COMMUNE, OTHER_UNIT);
        t.row("GET /api/v1/units/{id}").path("id", () -> c.village().id)
                .ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD).notFound(OTHER_COMMUNE, OTHER_UNIT);
        t.row("POST /api/v1/units").body(p -> UnitResourceTest.unitBody(c.commune().id, "thon-" + UUID.randomUUID().toString().substring(0, 6)))
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, BOARD).refused(UNIT, OTHER_COMMUNE, OTHER_UNIT);
        unitWrite(t.row("PATCH /api/v1/units/{id}").path("id", this::village).body("{\"headName\":\"Nguyễn Văn An\",\"version\":0}"));
        unitWrite(t.row("POST /api/v1/units/{id}/move").path("id", this::village)
                .body(p -> "{\"newParentId\":\"" + c.office().id + "\",\"version\":0}"));
        unitWrite(t.row("POST /api/v1/units/{id}/merge").path("id", this::village)
                .body(p -> "{\"intoUnitId\":\"" + c.village().id + "\",\"version\":0}"));
        unitWrite(t.row("POST /api/v1/units/{id}/deactivate").path("id", this::village).body("{}"));
        unitWrite(t.row("POST /api/v1/units/{id}/activate").path("id", this::inactiveVillage).body("{}"));
    }

    /** A fresh village of the commune (not the UNIT's): the office edits it; units do not see it (404). */
    private static void unitWrite(ScopeRow row) {
        row.ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, BOARD).notFound(UNIT, OTHER_COMMUNE, OTHER_UNIT);
    }

    private void users(ScopeTable t) {
        t.row("GET /api/v1/users/import/template").ownData().others(OK).note("an empty sheet");
        t.row("POST /api/v1/users/import").contentType("multipart/form-data").request(r -> {
            String name = c.key() + ".n" + UUID.randomUUID().toString().substring(0, 4);
            return r.multiPart("file", "danh-sach.xlsx", workbook(new String[] { name, "Hà Văn Sơn", name + "@test.local", "unit",
                    c.village().path, "Tam-thoi-2026!x" }), DirectoryImportTest.XLSX);
        }).ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).refused(OTHER_COMMUNE);
        t.row("GET /api/v1/users").ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).filtered(OTHER_COMMUNE)
                .markers(() -> c.unitUser().id.toString());
        t.row("GET /api/v1/users/locks").ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).filtered(OTHER_COMMUNE)
                .markers(() -> c.unitUser().id.toString());
        // users are read by managers only (403 for other roles); the UNIT reads itself
        t.row("GET /api/v1/users/{id}").path("id", () -> c.unitUser().id)
                .ok(ADMIN, OFFICE, UNIT).forbidden(LEADER, COUNCIL, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
        t.row("POST /api/v1/users").body(p -> UserResourceTest.userBody(c.key() + ".c" + UUID.randomUUID().toString().substring(0, 6),
                c.village().id, "\"unit\"")).ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).refused(OTHER_COMMUNE);
        userWrite(t.row("PATCH /api/v1/users/{id}").path("id", this::user).body("{\"fullName\":\"Đỗ Văn Mạnh\",\"version\":0}"));
        userWrite(t.row("POST /api/v1/users/{id}/deactivate").path("id", this::user).body("{}"));
        userWrite(t.row("POST /api/v1/users/{id}/activate").path("id", this::user).body("{}"));
        userWrite(t.row("POST /api/v1/users/{id}/unlock").path("id", this::user).body("{}"));
        userWrite(t.row("POST /api/v1/users/{id}/reset-password").path("id", this::user)
                .body("{\"temporaryPassword\":\"Tam-thoi-2026!x\"}"));
    }

    private static void userWrite(ScopeRow row) {
        row.ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
    }

    private void clusters(ScopeTable t) {
        String cluster = cluster();
        t.row("GET /api/v1/clusters").query("communeId", () -> c.commune().id)
                .ok(ADMIN, OFFICE, LEADER, COUNCIL, BOARD).filtered(UNIT, OTHER_COMMUNE, OTHER_UNIT).markers(() -> cluster);
        t.row("GET /api/v1/clusters/{id}").path("id", cluster)
                .ok(ADMIN, OFFICE, LEADER, COUNCIL, BOARD).notFound(UNIT, OTHER_COMMUNE, OTHER_UNIT);
        t.row("POST /api/v1/clusters").body(p -> clusterBody())
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, BOARD).refused(UNIT, OTHER_COMMUNE, OTHER_UNIT);
        t.row("PATCH /api/v1/clusters/{id}").path("id", this::cluster).body("{\"name\":\"Khối thôn phía Đông\",\"version\":0}")
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, BOARD).notFound(UNIT, OTHER_COMMUNE, OTHER_UNIT);
        t.row("DELETE /api/v1/clusters/{id}").path("id", this::cluster)
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, BOARD).notFound(UNIT, OTHER_COMMUNE, OTHER_UNIT);
    }

    private void audit(ScopeTable t) {
        String draft = draft();
        t.row("GET /api/v1/audit").query("objectType", "plan").query("objectId", draft)
                .ok(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).filtered(OTHER_COMMUNE).markers(() -> draft);
    }

    private void serviceAccounts(ScopeTable t) {
        Supplier<String> fresh = () -> newServiceAccount().then().statusCode(201).extract().path("id");
        ScopeRows.adminOnly(t, "GET /api/v1/service-accounts");
        ScopeRows.adminOnly(t, "POST /api/v1/service-accounts").body(p -> serviceAccountBody());
        ScopeRows.adminOnly(t, "POST /api/v1/service-accounts/{id}/rotate").path("id", fresh);
        ScopeRows.adminOnly(t, "POST /api/v1/service-accounts/{id}/deactivate").path("id", fresh);
    }
}
