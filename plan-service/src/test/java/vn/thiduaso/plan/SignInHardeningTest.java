package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.thiduaso.plan.UnitResourceTest.DB;
import static vn.thiduaso.plan.UnitResourceTest.post;
import static vn.thiduaso.plan.UserResourceTest.login;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.Tokens;

@QuarkusTest
class SignInHardeningTest {

    @Inject
    Communes communes;

    @Test
    void fiveWrongPasswordsLockTheAccountWithTheSame401UntilTheAdministratorLiftsIt() {
        Communes.Commune c = communes.create();
        String username = c.unitUser().username;
        String wrong = login(username, "sai-mat-khau-1").statusCode(401).extract().path("detail");
        for (int i = 2; i <= 5; i++) {
            login(username, "sai-mat-khau-" + i).statusCode(401).body("detail", equalTo(wrong));
        }
        assertEquals(5, TestDatabase.count(DB, "select count(*) from login_failure where user_id = '" + c.unitUser().id + "'"));
        assertEquals(1, TestDatabase.count(DB, "select count(*) from account_lock where user_id = '" + c.unitUser().id
                + "' and locked_until > now() + interval '14 minutes' and lifted_at is null"));
        // the right password no longer helps, and the answer does not tell the account is locked
        login(username, Communes.PASSWORD).statusCode(401).body("detail", equalTo(wrong));

        given().header("Authorization", c.officeToken()).when().get("/api/v1/users/locks").then().statusCode(200)
                .body("find { it.username == '" + username + "' }.active", equalTo(true));
        given().header("Authorization", c.unitToken()).when().get("/api/v1/users/locks").then().statusCode(403);
        given().when().get("/api/v1/users/locks").then().statusCode(401);
        Communes.Commune other = communes.create();
        given().header("Authorization", other.officeToken()).when().get("/api/v1/users/locks").then().statusCode(200)
                .body("username", not(hasItem(username)));
        post(other.officeToken(), "/api/v1/users/" + c.unitUser().id + "/unlock", "{}").statusCode(404);

        post(c.officeToken(), "/api/v1/users/" + c.unitUser().id + "/unlock", "{}").statusCode(200);
        assertEquals(c.office_user().username, TestDatabase.text(DB, "select lifted_by from account_lock where user_id = '"
                + c.unitUser().id + "'"));
        login(username, Communes.PASSWORD).statusCode(200);
        // failures before the unlock do not count towards a new lock
        login(username, "sai-mat-khau-6").statusCode(401);
        login(username, Communes.PASSWORD).statusCode(200);
    }

    @Test
    void fourWrongPasswordsDoNotLock() {
        Communes.Commune c = communes.create();
        for (int i = 1; i <= 4; i++) {
            login(c.leader().username, "sai-mat-khau").statusCode(401);
        }
        login(c.leader().username, Communes.PASSWORD).statusCode(200);
        assertEquals(0, TestDatabase.count(DB, "select count(*) from account_lock where user_id = '" + c.leader().id + "'"));
    }

    @Test
    void refreshRotatesAndReusingARotatedTokenRevokesTheWholeFamily() {
        Communes.Commune c = communes.create();
        String first = login(c.leader().username, Communes.PASSWORD).statusCode(200)
                .body("expiresIn", equalTo(900)).body("refreshToken", notNullValue())
                .extract().path("refreshToken");
        assertEquals(0, TestDatabase.count(DB, "select count(*) from refresh_token where token_hash = '" + first + "'"),
                "the token is stored hashed only");
        String second = post(null, "/api/v1/auth/refresh", "{\"refreshToken\":\"" + first + "\"}").statusCode(200)
                .body("accessToken", notNullValue()).body("user.username", equalTo(c.leader().username))
                .extract().path("refreshToken");
        assertNotEquals(first, second);
        String third = post(null, "/api/v1/auth/refresh", "{\"refreshToken\":\"" + second + "\"}").statusCode(200)
                .extract().path("refreshToken");
        // someone replays the first token: the whole family ends, the newest token too
        post(null, "/api/v1/auth/refresh", "{\"refreshToken\":\"" + first + "\"}").statusCode(401)
                .contentType("application/problem+json");
        post(null, "/api/v1/auth/refresh", "{\"refreshToken\":\"" + third + "\"}").statusCode(401);
        assertEquals(0, TestDatabase.count(DB, "select count(*) from refresh_token where user_id = '" + c.leader().id
                + "' and revoked_at is null"));
        post(null, "/api/v1/auth/refresh", "{\"refreshToken\":\"khong-phai-ma\"}").statusCode(401);
        post(null, "/api/v1/auth/refresh", "{}").statusCode(400).body("errors.field", hasItem("refreshToken"));
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        Communes.Commune c = communes.create();
        var session = login(c.leader().username, Communes.PASSWORD).statusCode(200).extract();
        String refresh = session.path("refreshToken");
        String access = "Bearer " + session.path("accessToken");
        post(null, "/api/v1/auth/logout", "{\"refreshToken\":\"" + refresh + "\"}").statusCode(401);
        post(access, "/api/v1/auth/logout", "{\"refreshToken\":\"" + refresh + "\"}").statusCode(204);
        post(null, "/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}").statusCode(401);
    }

    @Test
    void changingThePasswordChecksThePolicyClearsTheTemporaryFlagAndEndsOtherSessions() {
        Communes.Commune c = communes.create();
        TestDatabase.execute(DB, "update app_user set must_change_password = true where id = '" + c.leader().id + "'");
        var session = login(c.leader().username, Communes.PASSWORD).statusCode(200)
                .body("mustChangePassword", equalTo(true)).extract();
        String access = "Bearer " + session.path("accessToken");
        String refresh = session.path("refreshToken");
        String path = "/api/v1/auth/password";
        post(null, path, "{\"currentPassword\":\"x\",\"newPassword\":\"y\"}").statusCode(401);
        post(access, path, "{\"currentPassword\":\"sai\",\"newPassword\":\"Mot-mat-khau-tot-7\"}").statusCode(400)
                .body("errors.field", hasItem("currentPassword"));
        post(access, path, "{\"currentPassword\":\"" + Communes.PASSWORD + "\",\"newPassword\":\"ngan-qua\"}")
                .statusCode(400).body("errors.field", hasItem("newPassword"));
        post(access, path, "{\"currentPassword\":\"" + Communes.PASSWORD + "\",\"newPassword\":\"" + c.leader().username
                + "-2026\"}").statusCode(400).body("errors.field", hasItem("newPassword"));
        post(access, path, "{\"currentPassword\":\"" + Communes.PASSWORD + "\",\"newPassword\":\"password123456\"}")
                .statusCode(400).body("errors.field", hasItem("newPassword"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("phổ biến")));
        post(access, path, "{\"currentPassword\":\"" + Communes.PASSWORD + "\"}").statusCode(400)
                .body("errors.field", hasItem("newPassword"));
        post(access, path, "{\"currentPassword\":\"" + Communes.PASSWORD + "\",\"newPassword\":\"Mot-mat-khau-tot-7\"}")
                .statusCode(204);
        post(null, "/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}").statusCode(401);
        login(c.leader().username, Communes.PASSWORD).statusCode(401);
        login(c.leader().username, "Mot-mat-khau-tot-7").statusCode(200).body("mustChangePassword", equalTo(false));
    }

    @Test
    void aTokenOfAnotherCallerCannotLogSomeoneElseOut() {
        Communes.Commune c = communes.create();
        String refresh = login(c.leader().username, Communes.PASSWORD).statusCode(200).extract().path("refreshToken");
        post(Tokens.role("unit").bearer(), "/api/v1/auth/logout", "{\"refreshToken\":\"" + refresh + "\"}").statusCode(204);
        post(null, "/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}").statusCode(200);
    }
}
