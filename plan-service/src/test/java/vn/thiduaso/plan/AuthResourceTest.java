package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AuthResourceTest {

    @Inject
    Communes communes;

    @Test
    void loginReturnsBearerTokenThatOtherEndpointsAccept() {
        Communes.Commune c = communes.create();
        String token = given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + c.office_user().username + "\",\"password\":\"" + Communes.PASSWORD + "\"}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("accessToken", notNullValue())
                .body("user.fullName", equalTo("Nguyễn Thị Hoà"))
                .body("user.role", equalTo("office"))
                .body("user.unitPath", equalTo(c.office().path))
                // the office acts for its whole commune
                .body("user.scopePath", equalTo(c.commune().path))
                .extract().path("accessToken");

        given().header("Authorization", "Bearer " + token)
                .when().get("/api/v1/auth/me")
                .then().statusCode(200)
                .body("username", equalTo(c.office_user().username))
                .body("scopePath", equalTo(c.commune().path));
    }

    @Test
    void wrongPasswordAndUnknownUserGiveTheSame401() {
        Communes.Commune c = communes.create();
        String wrongPassword = given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + c.leader().username + "\",\"password\":\"sai-mat-khau\"}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .extract().path("detail");
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"khong-ton-tai\",\"password\":\"sai-mat-khau\"}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(401)
                .body("detail", equalTo(wrongPassword));
    }

    @Test
    void blankUsernameIsRejectedNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"\",\"password\":\"x\"}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("username"))
                .body("title", containsString("không hợp lệ"));
    }

    @Test
    void aConstraintWithoutItsOwnMessageStillAnswersInVietnamese() {
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + "a".repeat(150) + "\",\"password\":\"x\"}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(400)
                .body("errors.field", hasItem("username"))
                .body("errors.message", hasItem("độ dài phải từ 0 đến 100"));
    }

    @Test
    void meWithoutTokenIs401Problem() {
        given().when().get("/api/v1/auth/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }
}
