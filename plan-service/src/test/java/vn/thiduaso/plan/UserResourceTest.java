package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thiduaso.plan.UnitResourceTest.DB;
import static vn.thiduaso.plan.UnitResourceTest.patch;
import static vn.thiduaso.plan.UnitResourceTest.post;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;
import vn.thiduaso.platform.test.Tokens;

@QuarkusTest
class UserResourceTest {

    static final String TEMPORARY = "Tam-thoi-2026!x";

    @Inject
    Communes communes;

    static String userBody(String username, UUID unitId, String roles) {
        return "{\"username\":\"" + username + "\",\"fullName\":\"Đỗ Thị Mai\",\"email\":\"" + username
                + "@test.local\",\"roles\":[" + roles + "],\"unitId\":\"" + unitId + "\",\"temporaryPassword\":\""
                + TEMPORARY + "\"}";
    }

    static io.restassured.response.ValidatableResponse login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .when().post("/api/v1/auth/login").then();
    }

    @Test
    void officeCreatesUnitAndCouncilAccountsWithATemporaryPasswordAndEachChangeIsPublished() {
        Communes.Commune c = communes.create();
        String username = c.key() + ".mai";
        try (TestKafka.TopicProbe probe = TestKafka.probe(Topics.DIRECTORY_USERS)) {
            post(c.officeToken(), "/api/v1/users", userBody(username, c.village().id, "\"unit\",\"council\""))
                    .statusCode(201)
                    .body("roles", contains("unit", "council"))
                    .body("role", equalTo("unit"))
                    .body("mustChangePassword", equalTo(true));
            probe.await(Duration.ofSeconds(20), "\"UserUpserted\"", username, "\"roles\":[\"unit\",\"council\"]");
        }
        assertEquals(1, TestDatabase.count(DB, "select count(*) from app_user where username = '" + username
                + "' and must_change_password and roles = array['unit','council']::varchar[]"));
        login(username, TEMPORARY).statusCode(200).body("mustChangePassword", equalTo(true))
                .body("user.roles", contains("unit", "council"))
                // council acts for the whole commune: the widest scope of the roles
                .body("user.scopePath", equalTo(c.commune().path));
    }

    @Test
    void anOfficeGrantsOnlyUnitAndCouncilRolesAndOnlyInItsCommune() {
        Communes.Commune c = communes.create();
        Communes.Commune other = communes.create();
        for (String role : new String[] { "leader", "office", "admin", "board" }) {
            post(c.officeToken(), "/api/v1/users", userBody(c.key() + ".x" + role, c.village().id, "\"" + role + "\""))
                    .statusCode(403);
        }
        post(c.officeToken(), "/api/v1/users", userBody(c.key() + ".y", other.village().id, "\"unit\"")).statusCode(400);
        post(c.unitToken(), "/api/v1/users", userBody(c.key() + ".y", c.village().id, "\"unit\"")).statusCode(403);
        post(c.leaderToken(), "/api/v1/users", userBody(c.key() + ".y", c.village().id, "\"unit\"")).statusCode(403);
        post(null, "/api/v1/users", userBody(c.key() + ".y", c.village().id, "\"unit\"")).statusCode(401);
        assertEquals(0, TestDatabase.count(DB, "select count(*) from app_user where username like '" + c.key() + ".x%'"
                + " or username = '" + c.key() + ".y'"));
        // the administrator grants any role
        post(Tokens.role("admin").bearer(), "/api/v1/users", userBody(c.key() + ".lead2", c.commune().id, "\"leader\""))
                .statusCode(201);
    }

    @Test
    void badInputNamesTheFieldAndCommonPasswordsAreRefused() {
        Communes.Commune c = communes.create();
        post(c.officeToken(), "/api/v1/users", userBody(c.key() + ".z", c.village().id, "\"chu-tich\""))
                .statusCode(400).body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("roles[0]")));
        post(c.officeToken(), "/api/v1/users", userBody(c.key() + ".z", c.village().id, "")).statusCode(400)
                .body("errors.field", hasItem("roles"));
        post(c.officeToken(), "/api/v1/users",
                userBody(c.key() + ".z", c.village().id, "\"unit\"").replace(TEMPORARY, "matkhau123456"))
                .statusCode(400).body("errors.field", hasItem("temporaryPassword"));
        post(c.officeToken(), "/api/v1/users",
                userBody(c.key() + ".z", c.village().id, "\"unit\"").replace(TEMPORARY, "ngan"))
                .statusCode(400).body("errors.field", hasItem("temporaryPassword"));
        assertEquals(0, TestDatabase.count(DB, "select count(*) from app_user where username = '" + c.key() + ".z'"));
    }

    @Test
    void editingRolesAndUnitIsScopedAndTheTokenCarriesEveryRole() {
        Communes.Commune c = communes.create();
        String id = c.unitUser().id.toString();
        patch(c.officeToken(), "/api/v1/users/" + id, "{\"roles\":[\"unit\",\"council\"],\"version\":0}").statusCode(200)
                .body("roles", contains("unit", "council"));
        patch(c.officeToken(), "/api/v1/users/" + id, "{\"roles\":[\"leader\"],\"version\":1}").statusCode(403);
        // a leader's account is beyond what an office manages
        patch(c.officeToken(), "/api/v1/users/" + c.leader().id, "{\"fullName\":\"Trần Hùng\",\"version\":0}")
                .statusCode(403);
        patch(c.officeToken(), "/api/v1/users/" + id, "{\"fullName\":\"Lê Ánh\",\"version\":0}").statusCode(409);
        Communes.Commune other = communes.create();
        patch(other.officeToken(), "/api/v1/users/" + id, "{\"fullName\":\"Lê Ánh\",\"version\":1}").statusCode(404);
        patch(c.officeToken(), "/api/v1/users/" + id, "{\"email\":\"x\",\"version\":1}").statusCode(400)
                .body("errors.field", hasItem("email"));
        // an office holding council too works as an office of its commune
        String officeCouncil = Tokens.roles("office", "council").user(c.office_user().id, c.office_user().username)
                .unit(c.office().id, c.office().path).scope(c.commune().path).bearer();
        patch(officeCouncil, "/api/v1/users/" + id, "{\"fullName\":\"Lê Thị Ánh Hồng\",\"version\":1}").statusCode(200);
        String token = login(c.unitUser().username, Communes.PASSWORD).statusCode(200)
                .body("user.roles", contains("unit", "council")).extract().path("accessToken");
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/auth/me").then().statusCode(200)
                .body("roles", contains("unit", "council")).body("fullName", equalTo("Lê Thị Ánh Hồng"));
    }

    @Test
    void listingIsFilteredByScopeRoleAndName() {
        Communes.Commune c = communes.create();
        Communes.Commune other = communes.create();
        given().header("Authorization", c.officeToken()).when().get("/api/v1/users?size=200").then().statusCode(200)
                .body("items.username", hasItem(c.leader().username))
                .body("items.username", not(hasItem(other.leader().username)));
        given().header("Authorization", c.officeToken()).when().get("/api/v1/users?role=leader").then().statusCode(200)
                .body("items.username", contains(c.leader().username));
        given().header("Authorization", c.officeToken()).when().get("/api/v1/users?q=hung").then().statusCode(200)
                .body("items.username", contains(c.leader().username));
        given().header("Authorization", c.unitToken()).when().get("/api/v1/users").then().statusCode(403);
        given().when().get("/api/v1/users").then().statusCode(401);
        given().header("Authorization", c.officeToken()).when().get("/api/v1/users?active=maybe").then().statusCode(400)
                .body("errors.field", hasItem("active"));
    }

    @Test
    void deactivatingEndsTheSessionsAndRefusesSignIn() {
        Communes.Commune c = communes.create();
        String refresh = login(c.unitUser().username, Communes.PASSWORD).statusCode(200).extract().path("refreshToken");
        post(c.unitToken(), "/api/v1/users/" + c.unitUser().id + "/deactivate", "{}").statusCode(403);
        post(c.officeToken(), "/api/v1/users/" + c.unitUser().id + "/deactivate", "{}").statusCode(200)
                .body("active", equalTo(false));
        post(null, "/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}").statusCode(401);
        login(c.unitUser().username, Communes.PASSWORD).statusCode(401);
        post(c.officeToken(), "/api/v1/users/" + c.unitUser().id + "/activate", "{}").statusCode(200)
                .body("active", equalTo(true));
        login(c.unitUser().username, Communes.PASSWORD).statusCode(200);
        post(c.officeToken(), "/api/v1/users/" + UUID.randomUUID() + "/activate", "{}").statusCode(404);
    }

    @Test
    void resettingThePasswordGivesATemporaryOneToChange() {
        Communes.Commune c = communes.create();
        post(c.officeToken(), "/api/v1/users/" + c.unitUser().id + "/reset-password",
                "{\"temporaryPassword\":\"" + TEMPORARY + "\"}").statusCode(200).body("mustChangePassword", equalTo(true));
        login(c.unitUser().username, Communes.PASSWORD).statusCode(401);
        login(c.unitUser().username, TEMPORARY).statusCode(200).body("mustChangePassword", equalTo(true));
        post(c.officeToken(), "/api/v1/users/" + c.unitUser().id + "/reset-password", "{\"temporaryPassword\":\"\"}")
                .statusCode(400).body("errors.field", hasItem("temporaryPassword"));
        post(c.officeToken(), "/api/v1/users/" + c.leader().id + "/reset-password",
                "{\"temporaryPassword\":\"" + TEMPORARY + "\"}").statusCode(403);
    }
}
