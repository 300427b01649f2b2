package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;
import vn.thiduaso.platform.test.Tokens;

@QuarkusTest
class UnitResourceTest {

    static final String DB = "plan_test";

    @Inject
    Communes communes;

    static ValidatableResponse post(String token, String path, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", token);
        }
        return request.when().post(path).then().log().ifValidationFails();
    }

    static ValidatableResponse patch(String token, String path, String body) {
        return given().contentType(ContentType.JSON).header("Authorization", token).body(body)
                .when().patch(path).then().log().ifValidationFails();
    }

    static String unitBody(UUID parentId, String code) {
        return "{\"parentId\":\"" + parentId + "\",\"code\":\"" + code + "\",\"name\":\"Thôn " + code
                + "\",\"kind\":\"VILLAGE\",\"headName\":\"Phạm Văn Bình\",\"headTitle\":\"Trưởng thôn\","
                + "\"email\":\"thon@test.local\",\"phone\":\"0225 3 123 456\"}";
    }

    String createVillage(Communes.Commune c, UUID parentId, String code) {
        return post(c.officeToken(), "/api/v1/units", unitBody(parentId, code)).statusCode(201).extract().path("id");
    }

    @Test
    void officeCreatesAUnitWithItsHeadAndContactInItsCommune() {
        Communes.Commune c = communes.create();
        post(c.officeToken(), "/api/v1/units", unitBody(c.commune().id, "thon-moi")).statusCode(201)
                .body("path", equalTo(c.commune().path + "/thon-moi"))
                .body("headName", equalTo("Phạm Văn Bình"))
                .body("headTitle", equalTo("Trưởng thôn"))
                .body("active", equalTo(true));
        assertEquals(1, TestDatabase.count(DB, "select count(*) from unit where path = '" + c.commune().path
                + "/thon-moi' and phone = '0225 3 123 456' and email = 'thon@test.local'"));
    }

    @Test
    void creatingAUnitNeedsATokenTheRightRoleAndAParentInScope() {
        Communes.Commune c = communes.create();
        Communes.Commune other = communes.create();
        post(null, "/api/v1/units", unitBody(c.commune().id, "thon-x")).statusCode(401);
        post(c.unitToken(), "/api/v1/units", unitBody(c.village().id, "thon-x")).statusCode(403);
        post(c.leaderToken(), "/api/v1/units", unitBody(c.commune().id, "thon-x")).statusCode(403);
        post(c.officeToken(), "/api/v1/units", unitBody(other.commune().id, "thon-x")).statusCode(403)
                .contentType("application/problem+json");
        // nobody above its scope: the office cannot create a sibling of its commune
        post(c.officeToken(), "/api/v1/units", unitBody(c.city().id, "xa-x")).statusCode(403);
        post(c.officeToken(), "/api/v1/units", unitBody(c.commune().id, "Thôn X").replace("\"email\":\"thon@test.local\"",
                "\"email\":\"khong-phai-thu\"")).statusCode(400)
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("email"));
        assertEquals(0, TestDatabase.count(DB, "select count(*) from unit where code = 'thon-x' and path like '"
                + c.commune().path + "%'"));
    }

    @Test
    void editingAUnitChangesOnlyWhatIsSentAndAStaleVersionIs409() {
        Communes.Commune c = communes.create();
        String id = c.village().id.toString();
        patch(c.officeToken(), "/api/v1/units/" + id, "{\"headName\":\"Nguyễn Văn An\",\"version\":0}").statusCode(200)
                .body("headName", equalTo("Nguyễn Văn An"))
                .body("name", equalTo("Thôn Đông"))
                .body("version", equalTo(1));
        patch(c.officeToken(), "/api/v1/units/" + id, "{\"name\":\"Thôn Tây\",\"version\":0}").statusCode(409);
        patch(c.officeToken(), "/api/v1/units/" + id, "{\"email\":\"sai\",\"version\":1}").statusCode(400)
                .body("errors.field", hasItem("email"));
        patch(c.officeToken(), "/api/v1/units/" + id, "{\"name\":\"Thôn Tây\"}").statusCode(400)
                .body("errors.field", hasItem("version"));
        patch(c.unitToken(), "/api/v1/units/" + id, "{\"name\":\"Thôn Tây\",\"version\":1}").statusCode(403);
        Communes.Commune other = communes.create();
        patch(other.officeToken(), "/api/v1/units/" + id, "{\"name\":\"Thôn Tây\",\"version\":1}").statusCode(404);
        assertEquals("Thôn Đông", TestDatabase.text(DB, "select name from unit where id = '" + id + "'"));
    }

    @Test
    void movingAUnitRewritesItsSubtreeThePlanCopiesAndRepublishesThem() {
        Communes.Commune c = communes.create();
        String parent = createVillage(c, c.commune().id, "cum-1");
        String child = createVillage(c, UUID.fromString(parent), "to-1");
        String oldChildPath = c.commune().path + "/cum-1/to-1";
        UUID planId = UUID.randomUUID();
        TestDatabase.execute(DB, "insert into plan (id, title, status, issuing_unit_id, issuing_unit_path, created_by,"
                + " created_at) values ('" + planId + "', 'Kế hoạch thử', 'DRAFT', '" + child + "', '" + oldChildPath
                + "', 'test', now())");
        try (TestKafka.TopicProbe probe = TestKafka.probe(Topics.DIRECTORY_UNITS)) {
            post(c.officeToken(), "/api/v1/units/" + parent + "/move",
                    "{\"newParentId\":\"" + c.office().id + "\",\"version\":0}").statusCode(200)
                    .body("path", equalTo(c.office().path + "/cum-1"));
            String newChildPath = c.office().path + "/cum-1/to-1";
            assertEquals(newChildPath, TestDatabase.text(DB, "select path from unit where id = '" + child + "'"));
            assertEquals(newChildPath, TestDatabase.text(DB, "select issuing_unit_path from plan where id = '" + planId + "'"));
            probe.await(Duration.ofSeconds(20), "\"UnitUpserted\"", child, newChildPath);
        }
    }

    @Test
    void moveIsRefusedIntoItsOwnSubtreeAboveTheScopeAndForTheCommuneItself() {
        Communes.Commune c = communes.create();
        String parent = createVillage(c, c.commune().id, "cum-2");
        String child = createVillage(c, UUID.fromString(parent), "to-2");
        post(c.officeToken(), "/api/v1/units/" + parent + "/move", "{\"newParentId\":\"" + child + "\",\"version\":0}")
                .statusCode(400).body("errors.field", hasItem("newParentId"));
        post(c.officeToken(), "/api/v1/units/" + parent + "/move", "{\"newParentId\":\"" + c.city().id + "\",\"version\":0}")
                .statusCode(403);
        post(c.officeToken(), "/api/v1/units/" + c.commune().id + "/move",
                "{\"newParentId\":\"" + c.city().id + "\",\"version\":0}").statusCode(403);
        post(c.officeToken(), "/api/v1/units/" + parent + "/move", "{\"version\":0}").statusCode(400)
                .body("errors.field", hasItem("newParentId"));
        post(null, "/api/v1/units/" + parent + "/move", "{\"newParentId\":\"" + c.office().id + "\",\"version\":0}")
                .statusCode(401);
        post(c.unitToken(), "/api/v1/units/" + parent + "/move", "{\"newParentId\":\"" + c.office().id + "\",\"version\":0}")
                .statusCode(404);
        // an administrator may move a commune to another city
        Communes.Commune other = communes.create();
        post(Tokens.role("admin").bearer(), "/api/v1/units/" + other.commune().id + "/move",
                "{\"newParentId\":\"" + c.city().id + "\",\"version\":0}").statusCode(200)
                .body("path", equalTo(c.city().path + "/xa-" + other.key()));
        assertEquals(c.city().path + "/xa-" + other.key() + "/thon-1",
                TestDatabase.text(DB, "select path from unit where id = '" + other.village().id + "'"));
    }

    @Test
    void mergingMovesChildrenAndUsersToTheTargetAndDeactivatesTheUnit() {
        Communes.Commune c = communes.create();
        String merged = createVillage(c, c.commune().id, "thon-cu");
        String child = createVillage(c, UUID.fromString(merged), "to-9");
        TestDatabase.execute(DB, "update app_user set unit_id = '" + merged + "' where id = '" + c.unitUser().id + "'");
        post(c.officeToken(), "/api/v1/units/" + merged + "/merge",
                "{\"intoUnitId\":\"" + c.village().id + "\",\"version\":0}").statusCode(200)
                .body("active", equalTo(false));
        assertEquals(c.village().path + "/to-9", TestDatabase.text(DB, "select path from unit where id = '" + child + "'"));
        assertEquals(c.village().id.toString(),
                TestDatabase.text(DB, "select unit_id from app_user where id = '" + c.unitUser().id + "'"));
        post(c.officeToken(), "/api/v1/units/" + c.village().id + "/merge",
                "{\"intoUnitId\":\"" + child + "\",\"version\":0}").statusCode(400)
                .body("errors.field", hasItem("intoUnitId"));
        Communes.Commune other = communes.create();
        post(c.officeToken(), "/api/v1/units/" + c.village().id + "/merge",
                "{\"intoUnitId\":\"" + other.village().id + "\",\"version\":0}").statusCode(403);
    }

    @Test
    void deactivatingKeepsTheUnitAndRefusesWhileActiveChildrenRemain() {
        Communes.Commune c = communes.create();
        String parent = createVillage(c, c.commune().id, "cum-3");
        String child = createVillage(c, UUID.fromString(parent), "to-3");
        post(c.officeToken(), "/api/v1/units/" + parent + "/deactivate", "{}").statusCode(409);
        post(c.officeToken(), "/api/v1/units/" + child + "/deactivate", "{}").statusCode(200).body("active", equalTo(false));
        post(c.officeToken(), "/api/v1/units/" + parent + "/deactivate", "{}").statusCode(200).body("active", equalTo(false));
        assertEquals(1, TestDatabase.count(DB, "select count(*) from unit where id = '" + parent + "' and not active"));
        post(c.officeToken(), "/api/v1/units/" + child + "/activate", "{}").statusCode(409);
        post(c.officeToken(), "/api/v1/units/" + parent + "/activate", "{}").statusCode(200).body("active", equalTo(true));
        post(c.unitToken(), "/api/v1/units/" + parent + "/deactivate", "{}").statusCode(404);
        post(null, "/api/v1/units/" + parent + "/deactivate", "{}").statusCode(401);
        post(c.officeToken(), "/api/v1/units/" + c.commune().id + "/deactivate", "{}").statusCode(403);
        post(c.officeToken(), "/api/v1/units/" + UUID.randomUUID() + "/deactivate", "{}").statusCode(404);
    }

    @Test
    void theTreeNestsTheCommunesUnits() {
        Communes.Commune c = communes.create();
        createVillage(c, c.village().id, "xom-1");
        given().header("Authorization", c.officeToken()).when().get("/api/v1/units/tree")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].path", equalTo(c.commune().path))
                .body("[0].children.code", hasItem("thon-1"))
                .body("[0].children.find { it.code == 'thon-1' }.children[0].code", equalTo("xom-1"));
        given().header("Authorization", c.officeToken()).when().get("/api/v1/units/tree?rootId=" + c.city().id)
                .then().statusCode(404);
        given().when().get("/api/v1/units/tree").then().statusCode(401);
        given().header("Authorization", c.officeToken()).when().get("/api/v1/units/tree?rootId=abc")
                .then().statusCode(400).body("errors.field", hasItem("rootId"));
    }
}
