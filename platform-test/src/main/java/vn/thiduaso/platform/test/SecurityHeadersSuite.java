package vn.thiduaso.platform.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;

/**
 * The security headers and the CORS rule every service answers with: a {@code @QuarkusTest}
 * implements {@link #readPath()} and {@link #token()} and inherits the tests.
 */
public interface SecurityHeadersSuite {

    /** The SPA's origin in tests (the default of THIDUASO_CORS_ORIGINS). */
    String SPA_ORIGIN = "http://localhost:8080";

    /** An authenticated GET of this service that answers 200, e.g. {@code /api/v1/units}. */
    String readPath();

    /** A token for {@link #readPath()}. */
    String token();

    private static ValidatableResponse hasSecurityHeaders(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Cache-Control", "no-store");
    }

    @Test
    default void anAuthenticatedAnswerCarriesTheSecurityHeadersAndIsNeverStored() {
        hasSecurityHeaders(given().header("Authorization", token()).get(readPath()).then().statusCode(200));
    }

    @Test
    default void anErrorAnswerCarriesThemToo() {
        hasSecurityHeaders(given().get(readPath()).then().statusCode(401));
    }

    @Test
    default void aPreflightFromTheSpaOriginIsAllowed() {
        given().header("Origin", SPA_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options(readPath())
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", SPA_ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
    }

    @Test
    default void aPreflightFromAnotherOriginIsRefused() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "DELETE")
                .header("Access-Control-Request-Headers", "authorization")
                .options(readPath())
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    default void aRequestFromAnotherOriginGetsNoData() {
        given().header("Origin", "https://evil.example").header("Authorization", token()).get(readPath())
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    default void aRequestFromTheSpaOriginIsAnsweredWithItsGrant() {
        given().header("Origin", SPA_ORIGIN).header("Authorization", token()).get(readPath())
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", SPA_ORIGIN)
                .header("Set-Cookie", nullValue());
    }
}
