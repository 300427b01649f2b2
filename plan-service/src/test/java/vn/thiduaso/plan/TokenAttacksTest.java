package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thiduaso.plan.UnitResourceTest.DB;
import static vn.thiduaso.plan.UnitResourceTest.post;
import static vn.thiduaso.plan.UserResourceTest.login;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TokenAttackSuite;
import vn.thiduaso.platform.test.TokenAttackSuite.Endpoint;
import vn.thiduaso.platform.test.Tokens;

/** Forged, expired and misdirected tokens get 401 on reads and writes and change nothing (issue 8, item 8). */
@QuarkusTest
class TokenAttacksTest {

    @Inject
    Communes communes;

    @Test
    void everyTokenAttackIsRefusedOnReadsAndWrites() {
        Communes.Commune c = communes.create();
        int refused = TokenAttackSuite.assertAllRefused(
                () -> Tokens.role("office").user(c.office_user().id, c.office_user().username)
                        .unit(c.office().id, c.office().path).scope(c.commune().path),
                Endpoint.read("/api/v1/plans"),
                Endpoint.read("/api/v1/units/" + c.village().id),
                Endpoint.write("POST", "/api/v1/plans", Plans.createBody(c, Plans.randomTitle()), 201,
                        () -> TestDatabase.count(DB, "select count(*) from plan where issuing_unit_id = '" + c.commune().id + "'")));
        assertTrue(refused >= 14 * 3);
    }

    @Test
    void theAccessTokenOfADeactivatedUserIsRefusedAtOnce() {
        Communes.Commune c = communes.create();
        String access = "Bearer " + login(c.unitUser().username, Communes.PASSWORD).statusCode(200)
                .extract().path("accessToken");
        given().header("Authorization", access).when().get("/api/v1/auth/me").then().statusCode(200)
                .body("username", equalTo(c.unitUser().username));

        post(c.officeToken(), "/api/v1/users/" + c.unitUser().id + "/deactivate", "{}").statusCode(200);

        given().header("Authorization", access).when().get("/api/v1/auth/me").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        long plans = TestDatabase.count(DB, "select count(*) from plan");
        post(access, "/api/v1/plans", Plans.createBody(c, Plans.randomTitle())).statusCode(401);
        assertEquals(plans, TestDatabase.count(DB, "select count(*) from plan"));
        // the refusal is about the account: the commune's other users go on
        given().header("Authorization", c.officeToken()).when().get("/api/v1/auth/me").then().statusCode(200);
        post(c.officeToken(), "/api/v1/users/" + c.unitUser().id + "/activate", "{}").statusCode(200);
        given().header("Authorization", access).when().get("/api/v1/auth/me").then().statusCode(200);
    }
}
