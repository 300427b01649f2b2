package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.thiduaso.platform.test.MassAssignment;
import vn.thiduaso.platform.test.MassAssignmentSuite;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.Tokens;

/**
 * Issue 8 item 10 for plan-service: every write with the hostile fields added stores none of them
 * (plans with their versions and addressees, units, accounts, tokens, clusters, movements, service
 * accounts) and answers none of them; PATCH refuses unknown fields with a 400 naming them.
 */
@QuarkusTest
class PlanMassAssignmentTest implements MassAssignmentSuite {

    private static final String DB = "plan_test";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Communes communes;

    private static RequestSpecification as(String token) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        return token == null ? request : request.header("Authorization", token);
    }

    private static Map<String, Object> map(String json) {
        try {
            return MassAssignment.body(JSON.readValue(json, new TypeReference<Map<String, Object>>() {
            }));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String id(Response created) {
        return created.then().statusCode(201).extract().path("id");
    }

    private static String row(String table, String id) {
        return TestDatabase.text(DB, "select row_to_json(t)::text from " + table + " t where id = '" + id + "'");
    }

    /** The plan row with its versions, addressees and outbox events. */
    private static String plan(String id) {
        return TestDatabase.text(DB, "select row_to_json(p)::text"
                + " || coalesce((select json_agg(v)::text from plan_version v where v.plan_id = p.id), '')"
                + " || coalesce((select json_agg(a)::text from plan_addressee a where a.plan_id = p.id), '')"
                + " || coalesce((select string_agg(envelope, ',') from outbox_event where envelope like '%' || p.id || '%'), '')"
                + " from plan p where p.id = '" + id + "'");
    }

    /** The user's row and refresh tokens. */
    private static String user(UUID id) {
        return row("app_user", id.toString()) + TestDatabase.text(DB,
                "select coalesce(json_agg(r)::text, '') from refresh_token r where r.user_id = '" + id + "'");
    }

    private String draft(Communes.Commune c) {
        return id(as(c.officeToken()).body(StructuredPlans.full(c, Plans.randomTitle())).post("/api/v1/plans"));
    }

    private String issued(Communes.Commune c) {
        String id = draft(c);
        as(c.leaderToken()).body("{\"version\": 0}").post("/api/v1/plans/" + id + "/issue").then().statusCode(200);
        return id;
    }

    private static String village(Communes.Commune c) {
        return id(as(c.officeToken()).body(UnitResourceTest.unitBody(c.commune().id, "thon-" + UUID.randomUUID().toString()
                .substring(0, 6))).post("/api/v1/units"));
    }

    private static String newUser(Communes.Commune c) {
        String name = c.key() + ".u" + UUID.randomUUID().toString().substring(0, 6);
        return id(as(c.officeToken()).body(UserResourceTest.userBody(name, c.village().id, "\"unit\"")).post("/api/v1/users"));
    }

    private static final java.util.concurrent.atomic.AtomicInteger CLUSTER_YEAR = new java.util.concurrent.atomic.AtomicInteger(2060);

    private static String cluster(Communes.Commune c) {
        String v = c.village().id.toString();
        return id(as(c.officeToken()).body(ClusterResourceTest.body(c, CLUSTER_YEAR.incrementAndGet(), v, null, v))
                .post("/api/v1/clusters"));
    }

    private static String movementBody(Communes.Commune c) {
        return "{\"name\": \"Phong trào xã thi đua\", \"level\": \"COMMUNE\", \"ownerUnitId\": \"" + c.commune().id
                + "\", \"startYear\": 2025, \"endYear\": 2026, \"method\": \"REGULAR_YEARLY\"}";
    }

    private static MassAssignment.Write write(String body, Function<Map<String, Object>, Response> send,
            Function<Response, String> stored) {
        return new MassAssignment.Write(map(body), send, stored);
    }

    private static String serviceAccountBody(Communes.Commune c) {
        return "{\"name\":\"Ban TĐKT hợp đồng\",\"unitId\":\"" + c.city().id + "\",\"roles\":[\"board\"]}";
    }

    @Override
    public MassAssignment writes() {
        String admin = Tokens.role("admin").bearer();
        MassAssignment writes = new MassAssignment()
                .serverOwned("issuedAt", "2001-02-03T04:05:06Z")
                .serverOwned("createdBy", "0badc0de-0000-4000-8000-00000000d001")
                .serverOwned("path", "/hostile/path")
                .serverOwned("passwordHash", "hostile-password-hash")
                .serverOwned("active", "hostile-active")
                .serverOwned("clientId", "hostile-client-id")
                .serverOwned("secretHash", "hostile-secret-hash")
                .serverOwned("issuingUnitId", "0badc0de-0000-4000-8000-00000000d002")
                // a user and a service account are created for a unit, with roles: that is what the office or admin decides
                .accepts("POST /api/v1/users", "unitId")
                .accepts("POST /api/v1/service-accounts", "unitId")
                .accepts("POST /api/v1/plans", "issuingUnitId")
                // moving a user to another unit, and a unit's own plan for a unit: inputs (their scope is item 9's table)
                .accepts("PATCH /api/v1/users/{id}", "unitId")
                .accepts("POST /api/v1/plans/{id}/unit-plans", "unitId")
                // the PATCH schema is the plan's: the server refuses a new issuing unit with a 400 (PlanResourceTest)
                .accepts("PATCH /api/v1/plans/{id}", "issuingUnitId")
                // a create shares the update's schema with its version: sent anyway, it must not be stored
                .ignores("POST /api/v1/plans", "version")
                .ignores("POST /api/v1/movements", "version");
        for (String op : new String[] { "PATCH /api/v1/clusters/{id}", "PATCH /api/v1/movements/{id}", "PATCH /api/v1/plans/{id}",
                "POST /api/v1/plans/{id}/issue", "POST /api/v1/plans/{id}/amend", "POST /api/v1/plans/{id}/close",
                "PATCH /api/v1/units/{id}", "POST /api/v1/units/{id}/merge", "POST /api/v1/units/{id}/move",
                "PATCH /api/v1/users/{id}" }) {
            writes.accepts(op, "version");
        }

        // auth
        writes.add("POST /api/v1/auth/login", () -> {
            Communes.Commune c = communes.create();
            return write("{\"username\":\"" + c.leader().username + "\",\"password\":\"" + Communes.PASSWORD + "\"}",
                    body -> as(null).body(body).post("/api/v1/auth/login"), r -> user(c.leader().id));
        }).add("POST /api/v1/auth/refresh", () -> {
            Communes.Commune c = communes.create();
            String refresh = UserResourceTest.login(c.leader().username, Communes.PASSWORD).statusCode(200).extract().path("refreshToken");
            return write("{\"refreshToken\":\"" + refresh + "\"}", body -> as(null).body(body).post("/api/v1/auth/refresh"),
                    r -> user(c.leader().id));
        }).add("POST /api/v1/auth/logout", () -> {
            Communes.Commune c = communes.create();
            var session = UserResourceTest.login(c.leader().username, Communes.PASSWORD).statusCode(200).extract();
            return write("{\"refreshToken\":\"" + session.path("refreshToken") + "\"}",
                    body -> as("Bearer " + session.path("accessToken")).body(body).post("/api/v1/auth/logout"),
                    r -> user(c.leader().id));
        }).add("POST /api/v1/auth/password", () -> {
            Communes.Commune c = communes.create();
            String access = UserResourceTest.login(c.leader().username, Communes.PASSWORD).statusCode(200).extract().path("accessToken");
            return write("{\"currentPassword\":\"" + Communes.PASSWORD + "\",\"newPassword\":\"Mot-mat-khau-tot-7\"}",
                    body -> as("Bearer " + access).body(body).post("/api/v1/auth/password"), r -> user(c.leader().id));
        }).add("POST /api/v1/auth/token", () -> {
            Communes.Commune c = communes.create();
            Response created = as(admin).body(serviceAccountBody(c)).post("/api/v1/service-accounts");
            String id = id(created);
            return write("{\"grant_type\":\"client_credentials\",\"client_id\":\"" + created.path("clientId")
                    + "\",\"client_secret\":\"" + created.path("clientSecret") + "\"}",
                    body -> as(null).body(body).post("/api/v1/auth/token"), r -> row("service_account", id));
        });

        // clusters and movements
        writes.add("POST /api/v1/clusters", () -> {
            Communes.Commune c = communes.create();
            String v = c.village().id.toString();
            return write(ClusterResourceTest.body(c, CLUSTER_YEAR.incrementAndGet(), v, null, v),
                    body -> as(c.officeToken()).body(body).post("/api/v1/clusters"), r -> row("cluster", r.path("id")));
        }).add("PATCH /api/v1/clusters/{id}", () -> {
            Communes.Commune c = communes.create();
            String id = cluster(c);
            return write("{\"name\":\"Khối thôn phía Đông\",\"version\":0}",
                    body -> as(c.officeToken()).body(body).patch("/api/v1/clusters/" + id), r -> row("cluster", id));
        }).add("POST /api/v1/movements", () -> {
            Communes.Commune c = communes.create();
            return write(movementBody(c), body -> as(c.officeToken()).body(body).post("/api/v1/movements"),
                    r -> row("movement", r.path("id")));
        }).add("PATCH /api/v1/movements/{id}", () -> {
            Communes.Commune c = communes.create();
            String id = id(as(c.officeToken()).body(movementBody(c)).post("/api/v1/movements"));
            return write("{\"name\": \"Phong trào xã thi đua chuyển đổi số\", \"version\": 0}",
                    body -> as(c.officeToken()).body(body).patch("/api/v1/movements/" + id), r -> row("movement", id));
        });

        // plans
        writes.add("POST /api/v1/plans", () -> {
            Communes.Commune c = communes.create();
            return write(StructuredPlans.full(c, Plans.randomTitle()), body -> as(c.officeToken()).body(body).post("/api/v1/plans"),
                    r -> plan(r.path("id")));
        }).add("PATCH /api/v1/plans/{id}", () -> {
            Communes.Commune c = communes.create();
            String id = draft(c);
            return write("{\"version\": 0, \"title\": \"" + Plans.randomTitle() + "\"}",
                    body -> as(c.officeToken()).body(body).patch("/api/v1/plans/" + id), r -> plan(id));
        }).add("POST /api/v1/plans/{id}/issue", () -> {
            Communes.Commune c = communes.create();
            String id = draft(c);
            return write("{\"version\": 0}", body -> as(c.leaderToken()).body(body).post("/api/v1/plans/" + id + "/issue"),
                    r -> plan(id));
        }).add("POST /api/v1/plans/{id}/amend", () -> {
            Communes.Commune c = communes.create();
            String id = issued(c);
            return write("{\"version\": 1, \"reason\": \"Bổ sung chỉ tiêu\"}",
                    body -> as(c.officeToken()).body(body).post("/api/v1/plans/" + id + "/amend"), r -> plan(id));
        }).add("POST /api/v1/plans/{id}/close", () -> {
            Communes.Commune c = communes.create();
            String id = issued(c);
            return write("{\"version\": 1, \"reason\": \"Hết thời hạn\"}",
                    body -> as(c.leaderToken()).body(body).post("/api/v1/plans/" + id + "/close"), r -> plan(id));
        }).add("POST /api/v1/plans/{id}/unit-plans", () -> {
            Communes.Commune c = communes.create();
            String id = issued(c);
            return write("{}", body -> as(c.unitToken()).body(body).post("/api/v1/plans/" + id + "/unit-plans"),
                    r -> plan(r.path("id")));
        });

        // units
        writes.add("POST /api/v1/units", () -> {
            Communes.Commune c = communes.create();
            return write(UnitResourceTest.unitBody(c.commune().id, "thon-" + UUID.randomUUID().toString().substring(0, 6)),
                    body -> as(c.officeToken()).body(body).post("/api/v1/units"), r -> row("unit", r.path("id")));
        }).add("PATCH /api/v1/units/{id}", () -> {
            Communes.Commune c = communes.create();
            String id = village(c);
            return write("{\"headName\":\"Nguyễn Văn An\",\"version\":0}",
                    body -> as(c.officeToken()).body(body).patch("/api/v1/units/" + id), r -> row("unit", id));
        }).add("POST /api/v1/units/{id}/move", () -> {
            Communes.Commune c = communes.create();
            String id = village(c);
            return write("{\"newParentId\":\"" + c.office().id + "\",\"version\":0}",
                    body -> as(c.officeToken()).body(body).post("/api/v1/units/" + id + "/move"), r -> row("unit", id));
        }).add("POST /api/v1/units/{id}/merge", () -> {
            Communes.Commune c = communes.create();
            String id = village(c);
            return write("{\"intoUnitId\":\"" + c.village().id + "\",\"version\":0}",
                    body -> as(c.officeToken()).body(body).post("/api/v1/units/" + id + "/merge"),
                    r -> row("unit", id) + row("unit", c.village().id.toString()));
        });

        // users and service accounts
        writes.add("POST /api/v1/users", () -> {
            Communes.Commune c = communes.create();
            return write(UserResourceTest.userBody(c.key() + ".c" + UUID.randomUUID().toString().substring(0, 6), c.village().id,
                    "\"unit\""), body -> as(c.officeToken()).body(body).post("/api/v1/users"),
                    r -> user(UUID.fromString(r.path("id"))));
        }).add("PATCH /api/v1/users/{id}", () -> {
            Communes.Commune c = communes.create();
            String id = newUser(c);
            return write("{\"fullName\":\"Đỗ Văn Mạnh\",\"version\":0}",
                    body -> as(c.officeToken()).body(body).patch("/api/v1/users/" + id), r -> user(UUID.fromString(id)));
        }).add("POST /api/v1/users/{id}/reset-password", () -> {
            Communes.Commune c = communes.create();
            String id = newUser(c);
            return write("{\"temporaryPassword\":\"Tam-thoi-2026!x\"}",
                    body -> as(c.officeToken()).body(body).post("/api/v1/users/" + id + "/reset-password"),
                    r -> user(UUID.fromString(id)));
        }).add("POST /api/v1/service-accounts", () -> {
            Communes.Commune c = communes.create();
            return write(serviceAccountBody(c), body -> as(admin).body(body).post("/api/v1/service-accounts"),
                    r -> row("service_account", r.path("id")));
        });
        return writes;
    }
}
