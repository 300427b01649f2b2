package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.platform.test.SecurityHeadersSuite;

/** plan-service's security headers and CORS rule; signing in sets no cookie (the tokens travel in the body). */
@QuarkusTest
class PlanSecurityHeadersTest implements SecurityHeadersSuite {

    @Inject
    Communes communes;

    @Override
    public String readPath() {
        return "/api/v1/units";
    }

    @Override
    public String token() {
        return communes.create().officeToken();
    }

    @Test
    void signingInSetsNoCookieAndTheTokensAreNeverStored() {
        Communes.Commune c = communes.create();
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + c.office_user().username + "\",\"password\":\"" + Communes.PASSWORD + "\"}")
                .post("/api/v1/auth/login")
                .then().statusCode(200)
                .header("Set-Cookie", nullValue())
                .header("Cache-Control", "no-store");
    }
}
