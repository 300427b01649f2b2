package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.thiduaso.platform.test.ContractCalls;
import vn.thiduaso.platform.test.OpenApiContract;
import vn.thiduaso.platform.test.OpenApiContractSuite;

/**
 * Every operation of plan-service's OpenAPI document is called (2xx with real data and real tokens,
 * and problem bodies for 400/401/403/404/409), and every response matches its declared schema.
 */
@QuarkusTest
class PlanContractTest implements OpenApiContractSuite {

    private static final String XLSX = DirectoryImportTest.XLSX;

    @Inject
    Communes communes;

    private static RequestSpecification as(String token) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        return token == null ? request : request.header("Authorization", token);
    }

    private static String id(Response created) {
        return created.then().statusCode(201).extract().path("id");
    }

    private String draft(Communes.Commune c) {
        return id(as(c.officeToken()).body(StructuredPlans.full(c, Plans.randomTitle())).post("/api/v1/plans"));
    }

    private String issued(Communes.Commune c) {
        String id = draft(c);
        as(c.leaderToken()).body("{\"version\": 0}").post("/api/v1/plans/" + id + "/issue").then().statusCode(200);
        return id;
    }

    private static String village(Communes.Commune c, String code) {
        return id(as(c.officeToken()).body(UnitResourceTest.unitBody(c.commune().id, code)).post("/api/v1/units"));
    }

    private static String user(Communes.Commune c) {
        String name = c.key() + ".u" + UUID.randomUUID().toString().substring(0, 6);
        return id(as(c.officeToken()).body(UserResourceTest.userBody(name, c.village().id, "\"unit\"")).post("/api/v1/users"));
    }

    /** A unit belongs to one cluster a year: each cluster of the test takes a year of its own. */
    private static final java.util.concurrent.atomic.AtomicInteger CLUSTER_YEAR = new java.util.concurrent.atomic.AtomicInteger(2030);

    private static String cluster(Communes.Commune c) {
        String v = c.village().id.toString();
        String o = c.office().id.toString();
        return id(as(c.officeToken()).body(ClusterResourceTest.body(c, CLUSTER_YEAR.incrementAndGet(), v, o, v, o))
                .post("/api/v1/clusters"));
    }

    private static String movementBody(Communes.Commune c) {
        return "{\"name\": \"Phong trào xã thi đua\", \"level\": \"COMMUNE\", \"ownerUnitId\": \"" + c.commune().id
                + "\", \"startYear\": 2025, \"endYear\": 2026, \"method\": \"REGULAR_YEARLY\"}";
    }

    private static byte[] workbook(String[]... rows) {
        try {
            return DirectoryImportTest.workbook(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ContractCalls calls() {
        Communes.Commune c = communes.create();
        Communes.Commune other = communes.create();
        String admin = vn.thiduaso.platform.test.Tokens.role("admin").bearer();
        Supplier<Response> noToken = () -> given().get("/api/v1/plans");
        ContractCalls calls = new ContractCalls().deadLetters("plan-service", "catalogue.award-forms");
        // The platform's admin outbox endpoints (every service serves them).
        vn.thiduaso.platform.test.OutboxAdminCalls.addTo(calls, "plan_test");

        // auth
        calls.add("POST /api/v1/auth/login", () -> as(null)
                .body("{\"username\":\"" + c.office_user().username + "\",\"password\":\"" + Communes.PASSWORD + "\"}")
                .post("/api/v1/auth/login"))
                .add("POST /api/v1/auth/login", () -> as(null).body("{\"username\":\"" + c.leader().username
                        + "\",\"password\":\"sai-mat-khau\"}").post("/api/v1/auth/login"))
                .add("POST /api/v1/auth/login", () -> as(null).body("{\"username\":\"\",\"password\":\"x\"}").post("/api/v1/auth/login"))
                .add("POST /api/v1/auth/refresh", () -> {
                    Communes.Commune own = communes.create();
                    String refresh = UserResourceTest.login(own.leader().username, Communes.PASSWORD).statusCode(200)
                            .extract().path("refreshToken");
                    return as(null).body("{\"refreshToken\":\"" + refresh + "\"}").post("/api/v1/auth/refresh");
                })
                .add("POST /api/v1/auth/logout", () -> {
                    Communes.Commune own = communes.create();
                    var session = UserResourceTest.login(own.leader().username, Communes.PASSWORD).statusCode(200).extract();
                    return as("Bearer " + session.path("accessToken"))
                            .body("{\"refreshToken\":\"" + session.path("refreshToken") + "\"}").post("/api/v1/auth/logout");
                })
                .add("POST /api/v1/auth/password", () -> {
                    Communes.Commune own = communes.create();
                    String access = UserResourceTest.login(own.leader().username, Communes.PASSWORD).statusCode(200)
                            .extract().path("accessToken");
                    return as("Bearer " + access).body("{\"currentPassword\":\"" + Communes.PASSWORD
                            + "\",\"newPassword\":\"Mot-mat-khau-tot-7\"}").post("/api/v1/auth/password");
                })
                .add("POST /api/v1/auth/password", () -> as(c.leaderToken())
                        .body("{\"currentPassword\":\"sai\",\"newPassword\":\"Mot-mat-khau-tot-7\"}").post("/api/v1/auth/password"))
                .add("GET /api/v1/auth/me", () -> as(c.officeToken()).get("/api/v1/auth/me"))
                .add("GET /api/v1/auth/me", () -> given().get("/api/v1/auth/me"));

        // audit
        calls.add("GET /api/v1/audit", () -> {
            String id = draft(c);
            return as(c.officeToken()).queryParam("objectType", "plan").queryParam("objectId", id).get("/api/v1/audit");
        }).add("GET /api/v1/audit", () -> as(c.unitToken()).get("/api/v1/audit"));

        // clusters
        calls.add("GET /api/v1/clusters", () -> {
            cluster(c);
            return as(c.officeToken()).queryParam("communeId", c.commune().id).get("/api/v1/clusters");
        })
                .add("GET /api/v1/clusters/{id}", () -> as(c.officeToken()).get("/api/v1/clusters/" + cluster(c)))
                .add("GET /api/v1/clusters/{id}", () -> as(c.officeToken()).get("/api/v1/clusters/" + UUID.randomUUID()))
                .add("POST /api/v1/clusters", () -> {
                    String v = c.village().id.toString();
                    return as(c.officeToken()).body(ClusterResourceTest.body(c, CLUSTER_YEAR.incrementAndGet(), v, null, v)).post("/api/v1/clusters");
                })
                .add("POST /api/v1/clusters", () -> as(c.officeToken()).body("{\"name\":\"\"}").post("/api/v1/clusters"))
                .add("PATCH /api/v1/clusters/{id}", () -> as(c.officeToken())
                        .body("{\"name\":\"Khối thôn phía Đông\",\"version\":0}").patch("/api/v1/clusters/" + cluster(c)))
                .add("PATCH /api/v1/clusters/{id}", () -> as(c.officeToken())
                        .body("{\"name\":\"Khối thôn phía Đông\",\"version\":4}").patch("/api/v1/clusters/" + cluster(c)))
                .add("DELETE /api/v1/clusters/{id}", () -> as(c.officeToken()).delete("/api/v1/clusters/" + cluster(c)))
                .add("DELETE /api/v1/clusters/{id}", () -> as(other.officeToken()).delete("/api/v1/clusters/" + cluster(c)));

        // movements
        calls.add("GET /api/v1/movements", () -> as(c.officeToken()).get("/api/v1/movements"))
                .add("GET /api/v1/movements", () -> as(c.officeToken()).queryParam("level", "GALACTIC").get("/api/v1/movements"))
                .add("GET /api/v1/movements/{id}", () -> as(c.unitToken()).get("/api/v1/movements/" + StructuredPlans.MOVEMENT_923))
                .add("GET /api/v1/movements/{id}", () -> as(c.unitToken()).get("/api/v1/movements/" + UUID.randomUUID()))
                .add("POST /api/v1/movements", () -> as(c.officeToken()).body(movementBody(c)).post("/api/v1/movements"))
                .add("POST /api/v1/movements", () -> as(c.unitToken()).body(movementBody(c)).post("/api/v1/movements"))
                .add("PATCH /api/v1/movements/{id}", () -> {
                    String id = id(as(c.officeToken()).body(movementBody(c)).post("/api/v1/movements"));
                    return as(c.officeToken()).body("{\"name\": \"Phong trào xã thi đua chuyển đổi số\", \"version\": 0}")
                            .patch("/api/v1/movements/" + id);
                });

        // plans
        calls.add("GET /api/v1/plans", () -> {
            issued(c);
            return as(c.officeToken()).get("/api/v1/plans");
        })
                .add("GET /api/v1/plans", noToken)
                .add("GET /api/v1/plans", () -> as(c.officeToken()).queryParam("sort", "chaos").get("/api/v1/plans"))
                .add("GET /api/v1/plans/{id}", () -> as(c.officeToken()).get("/api/v1/plans/" + issued(c)))
                .add("GET /api/v1/plans/{id}", () -> as(c.officeToken()).get("/api/v1/plans/" + draft(c)))
                .add("GET /api/v1/plans/{id}", () -> as(c.officeToken()).get("/api/v1/plans/" + UUID.randomUUID()))
                .add("POST /api/v1/plans", () -> as(c.officeToken()).body(StructuredPlans.full(c, Plans.randomTitle())).post("/api/v1/plans"))
                .add("POST /api/v1/plans", () -> as(c.officeToken()).body(Plans.createBody(c, Plans.randomTitle())).post("/api/v1/plans"))
                .add("POST /api/v1/plans", () -> as(c.councilToken()).body(Plans.createBody(c, Plans.randomTitle())).post("/api/v1/plans"))
                .add("POST /api/v1/plans", () -> as(c.officeToken()).body("{\"title\": 5}").post("/api/v1/plans"))
                .add("PATCH /api/v1/plans/{id}", () -> as(c.officeToken())
                        .body("{\"version\": 0, \"title\": \"" + Plans.randomTitle() + "\"}").patch("/api/v1/plans/" + draft(c)))
                .add("PATCH /api/v1/plans/{id}", () -> as(c.officeToken())
                        .body("{\"version\": 3, \"title\": \"" + Plans.randomTitle() + "\"}").patch("/api/v1/plans/" + draft(c)))
                .add("POST /api/v1/plans/{id}/issue", () -> as(c.leaderToken()).body("{\"version\": 0}")
                        .post("/api/v1/plans/" + draft(c) + "/issue"))
                .add("POST /api/v1/plans/{id}/issue", () -> as(c.leaderToken()).body("{}").post("/api/v1/plans/" + draft(c) + "/issue"))
                .add("POST /api/v1/plans/{id}/amend", () -> as(c.officeToken()).body("{\"version\": 1, \"reason\": \"Bổ sung chỉ tiêu\"}")
                        .post("/api/v1/plans/" + issued(c) + "/amend"))
                .add("POST /api/v1/plans/{id}/close", () -> as(c.leaderToken()).body("{\"version\": 1, \"reason\": \"Hết thời hạn\"}")
                        .post("/api/v1/plans/" + issued(c) + "/close"))
                .add("POST /api/v1/plans/{id}/unit-plans", () -> as(c.unitToken()).body("{}")
                        .post("/api/v1/plans/" + issued(c) + "/unit-plans"))
                .add("POST /api/v1/plans/{id}/unit-plans", () -> as(c.unitToken()).body("{}")
                        .post("/api/v1/plans/" + draft(c) + "/unit-plans"))
                .add("GET /api/v1/plans/{id}/unit-plans", () -> {
                    String parent = issued(c);
                    as(c.unitToken()).body("{}").post("/api/v1/plans/" + parent + "/unit-plans").then().statusCode(201);
                    return as(c.officeToken()).get("/api/v1/plans/" + parent + "/unit-plans");
                })
                .add("GET /api/v1/plans/{id}/check", () -> {
                    String parent = issued(c);
                    String unitPlan = id(as(c.unitToken()).body("{}").post("/api/v1/plans/" + parent + "/unit-plans"));
                    return as(c.officeToken()).get("/api/v1/plans/" + unitPlan + "/check");
                })
                .add("GET /api/v1/plans/{id}/diff", () -> {
                    String id = issued(c);
                    as(c.officeToken()).body("{\"version\": 1, \"reason\": \"Nâng chỉ tiêu\"}").post("/api/v1/plans/" + id + "/amend")
                            .then().statusCode(200);
                    as(c.officeToken()).body("{\"version\": 2, \"title\": \"" + Plans.randomTitle() + "\"}").patch("/api/v1/plans/" + id)
                            .then().statusCode(200);
                    return as(c.officeToken()).queryParam("from", 1).queryParam("to", 2).get("/api/v1/plans/" + id + "/diff");
                })
                .add("GET /api/v1/plans/{id}/diff", () -> as(c.officeToken()).queryParam("from", 1)
                        .get("/api/v1/plans/" + issued(c) + "/diff"))
                .add("GET /api/v1/plans/{id}/document.docx", () -> as(c.unitToken()).get("/api/v1/plans/" + issued(c) + "/document.docx"))
                .add("GET /api/v1/plans/{id}/document.docx", () -> as(other.officeToken())
                        .get("/api/v1/plans/" + issued(c) + "/document.docx"))
                .add("GET /api/v1/plans/{id}/document.pdf", () -> as(c.officeToken()).get("/api/v1/plans/" + issued(c) + "/document.pdf"))
                .add("GET /api/v1/plans/{id}/versions", () -> as(c.officeToken()).get("/api/v1/plans/" + issued(c) + "/versions"))
                .add("GET /api/v1/plans/{id}/versions/{n}", () -> as(c.unitToken()).get("/api/v1/plans/" + issued(c) + "/versions/1"))
                .add("GET /api/v1/plans/{id}/versions/{n}", () -> as(c.officeToken()).get("/api/v1/plans/" + issued(c) + "/versions/9"));

        // units
        calls.add("GET /api/v1/units/import/template", () -> as(c.officeToken()).get("/api/v1/units/import/template"))
                .add("POST /api/v1/units/import", () -> given().header("Authorization", c.officeToken())
                        .multiPart("file", "danh-sach.xlsx", workbook(new String[] { c.commune().path,
                                "thon-nhap-" + UUID.randomUUID().toString().substring(0, 4), "Thôn Nhập", "VILLAGE", "", "", "", "" }), XLSX)
                        .post("/api/v1/units/import"))
                .add("POST /api/v1/units/import", () -> given().header("Authorization", c.officeToken())
                        .multiPart("file", "danh-sach.xlsx", workbook(new String[] { "/khong-co", "x", "", "VILLAGE" }), XLSX)
                        .post("/api/v1/units/import"))
                .add("GET /api/v1/units", () -> as(c.officeToken()).get("/api/v1/units"))
                .add("GET /api/v1/units/tree", () -> as(c.officeToken()).queryParam("rootId", c.commune().id).get("/api/v1/units/tree"))
                .add("GET /api/v1/units/{id}", () -> as(c.unitToken()).get("/api/v1/units/" + c.village().id))
                .add("GET /api/v1/units/{id}", () -> as(c.officeToken()).get("/api/v1/units/" + other.village().id))
                .add("POST /api/v1/units", () -> as(c.officeToken())
                        .body(UnitResourceTest.unitBody(c.commune().id, "thon-" + UUID.randomUUID().toString().substring(0, 6)))
                        .post("/api/v1/units"))
                .add("POST /api/v1/units", () -> as(c.officeToken())
                        .body(UnitResourceTest.unitBody(c.commune().id, "Sai Mã!")).post("/api/v1/units"))
                .add("PATCH /api/v1/units/{id}", () -> as(c.officeToken()).body("{\"headName\":\"Nguyễn Văn An\",\"version\":0}")
                        .patch("/api/v1/units/" + village(c, "thon-p" + UUID.randomUUID().toString().substring(0, 4))))
                .add("POST /api/v1/units/{id}/move", () -> {
                    String id = village(c, "thon-m" + UUID.randomUUID().toString().substring(0, 4));
                    return as(c.officeToken()).body("{\"newParentId\":\"" + c.office().id + "\",\"version\":0}")
                            .post("/api/v1/units/" + id + "/move");
                })
                .add("POST /api/v1/units/{id}/merge", () -> {
                    String id = village(c, "thon-g" + UUID.randomUUID().toString().substring(0, 4));
                    return as(c.officeToken()).body("{\"intoUnitId\":\"" + c.village().id + "\",\"version\":0}")
                            .post("/api/v1/units/" + id + "/merge");
                })
                .add("POST /api/v1/units/{id}/deactivate", () -> as(c.officeToken()).body("{}")
                        .post("/api/v1/units/" + village(c, "thon-d" + UUID.randomUUID().toString().substring(0, 4)) + "/deactivate"))
                .add("POST /api/v1/units/{id}/deactivate", () -> as(c.officeToken()).body("{}")
                        .post("/api/v1/units/" + UUID.randomUUID() + "/deactivate"))
                .add("POST /api/v1/units/{id}/activate", () -> {
                    String id = village(c, "thon-a" + UUID.randomUUID().toString().substring(0, 4));
                    as(c.officeToken()).body("{}").post("/api/v1/units/" + id + "/deactivate").then().statusCode(200);
                    return as(c.officeToken()).body("{}").post("/api/v1/units/" + id + "/activate");
                });

        // users
        calls.add("GET /api/v1/users/import/template", () -> as(c.officeToken()).get("/api/v1/users/import/template"))
                .add("POST /api/v1/users/import", () -> {
                    String name = c.key() + ".n" + UUID.randomUUID().toString().substring(0, 4);
                    return given().header("Authorization", c.officeToken()).multiPart("file", "danh-sach.xlsx",
                            workbook(new String[] { name, "Hà Văn Sơn", name + "@test.local", "unit", c.village().path, "Tam-thoi-2026!x" }),
                            XLSX).post("/api/v1/users/import");
                })
                .add("POST /api/v1/users/import", () -> given().header("Authorization", c.unitToken())
                        .multiPart("file", "danh-sach.xlsx", workbook(new String[] { "x" }), XLSX).post("/api/v1/users/import"))
                .add("GET /api/v1/users", () -> as(c.officeToken()).get("/api/v1/users"))
                .add("GET /api/v1/users/locks", () -> as(c.officeToken()).get("/api/v1/users/locks"))
                .add("GET /api/v1/users/{id}", () -> as(c.officeToken()).get("/api/v1/users/" + c.unitUser().id))
                .add("GET /api/v1/users/{id}", () -> as(other.officeToken()).get("/api/v1/users/" + c.unitUser().id))
                .add("POST /api/v1/users", () -> as(c.officeToken()).body(UserResourceTest.userBody(
                        c.key() + ".c" + UUID.randomUUID().toString().substring(0, 6), c.village().id, "\"unit\"")).post("/api/v1/users"))
                .add("POST /api/v1/users", () -> as(c.officeToken()).body(UserResourceTest.userBody(
                        c.key() + ".c" + UUID.randomUUID().toString().substring(0, 6), c.village().id, "\"emperor\"")).post("/api/v1/users"))
                .add("PATCH /api/v1/users/{id}", () -> as(c.officeToken()).body("{\"fullName\":\"Đỗ Văn Mạnh\",\"version\":0}")
                        .patch("/api/v1/users/" + user(c)))
                .add("POST /api/v1/users/{id}/deactivate", () -> as(c.officeToken()).body("{}").post("/api/v1/users/" + user(c) + "/deactivate"))
                .add("POST /api/v1/users/{id}/activate", () -> as(c.officeToken()).body("{}").post("/api/v1/users/" + user(c) + "/activate"))
                .add("POST /api/v1/users/{id}/unlock", () -> as(c.officeToken()).body("{}").post("/api/v1/users/" + user(c) + "/unlock"))
                .add("POST /api/v1/users/{id}/reset-password", () -> as(c.officeToken())
                        .body("{\"temporaryPassword\":\"Tam-thoi-2026!x\"}").post("/api/v1/users/" + user(c) + "/reset-password"))
                .add("POST /api/v1/users/{id}/reset-password", () -> as(admin)
                        .body("{\"temporaryPassword\":\"\"}").post("/api/v1/users/" + user(c) + "/reset-password"));
        serviceAccountCalls(calls, c, admin);
        return calls;
    }

    @Test
    void statusesAndKindsAreDeclaredAsTheirEnums() {
        OpenApiContract contract = OpenApiContract.ofRunningApp();
        // a bad value in any of them fails the response check: the enum is in the schema
        for (String[] property : new String[][] { { "PlanSummary", "status", "CLOSED" }, { "PlanDetail", "status", "AMENDING" },
                { "UnitView", "kind", "VILLAGE" }, { "UnitPlanRow", "status", "MISSING" }, { "ChangeView", "kind", "CHANGED" } }) {
            com.fasterxml.jackson.databind.JsonNode schema = contract.schema(property[0]).path("properties").path(property[1]);
            assertEquals(List.of(), contract.validate(schema, com.fasterxml.jackson.databind.node.TextNode.valueOf(property[2])),
                    property[0]);
            assertEquals(1, contract.validate(schema, com.fasterxml.jackson.databind.node.TextNode.valueOf("SUED")).size(),
                    property[0] + "." + property[1] + " should be an enum: " + schema);
        }
    }


    /** Service accounts and the client-credentials token. */
    private static void serviceAccountCalls(ContractCalls calls, Communes.Commune c, String admin) {
        String body = "{\"name\":\"Ban TĐKT hợp đồng\",\"unitId\":\"" + c.city().id + "\",\"roles\":[\"board\"]}";
        calls.add("POST /api/v1/service-accounts", () -> as(admin).body(body).post("/api/v1/service-accounts"))
                .add("POST /api/v1/service-accounts", () -> as(admin).body("{\"name\":\"\"}").post("/api/v1/service-accounts"))
                .add("GET /api/v1/service-accounts", () -> as(admin).get("/api/v1/service-accounts"))
                .add("POST /api/v1/service-accounts/{id}/rotate", () -> as(admin)
                        .post("/api/v1/service-accounts/" + id(as(admin).body(body).post("/api/v1/service-accounts")) + "/rotate"))
                .add("POST /api/v1/service-accounts/{id}/deactivate", () -> as(admin)
                        .post("/api/v1/service-accounts/" + id(as(admin).body(body).post("/api/v1/service-accounts")) + "/deactivate"))
                .add("POST /api/v1/service-accounts/{id}/deactivate", () -> as(c.officeToken())
                        .post("/api/v1/service-accounts/" + UUID.randomUUID() + "/deactivate"))
                .add("POST /api/v1/auth/token", () -> {
                    Response created = as(admin).body(body).post("/api/v1/service-accounts");
                    String clientId = created.then().statusCode(201).extract().path("clientId");
                    String secret = created.then().extract().path("clientSecret");
                    return given().contentType(io.restassured.http.ContentType.URLENC).formParam("grant_type", "client_credentials")
                            .formParam("client_id", clientId).formParam("client_secret", secret).post("/api/v1/auth/token");
                })
                .add("POST /api/v1/auth/token", () -> as(null).body("{\"grant_type\":\"client_credentials\",\"client_id\":\"x\","
                        + "\"client_secret\":\"y\"}").post("/api/v1/auth/token"));
    }
}
