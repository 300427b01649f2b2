package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thiduaso.plan.UnitResourceTest.DB;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.thiduaso.plan.service.SignInThrottle;
import vn.thiduaso.platform.test.TestDatabase;

/**
 * Failed sign-ins per client address (issue 8, item 13a): past the limit an address gets 429 with
 * Retry-After, even with the right password, while another address signs in as usual. The client
 * address comes from X-Forwarded-For, which plan-service trusts from the local proxy only.
 */
@QuarkusTest
class SignInRateLimitTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String SCHOOL = "198.51.100.20";

    @Inject
    Communes communes;

    @Inject
    SignInThrottle throttle;

    @BeforeEach
    void lowerTheLimit() {
        // the default is 40 failures per 15 minutes; 6 keeps the test short and still above the account lock (5)
        throttle.configure(new SignInThrottle.Limits(6, Duration.ofMinutes(15)));
    }

    @AfterEach
    void restore() {
        throttle.reset();
    }

    static ValidatableResponse login(String from, String username, String password) {
        return given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
                .body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .when().post("/api/v1/auth/login").then();
    }

    @Test
    void failuresFromOneAddressAcrossAccountsEndIn429WithRetryAfterWhileAnotherAddressSignsIn() {
        Communes.Commune c = communes.create();
        // guessing over several accounts: no single account reaches its lock of five
        String[] accounts = { c.unitUser().username, c.leader().username, c.office_user().username };
        for (int i = 0; i < 6; i++) {
            login(ATTACKER, accounts[i % 3], "doan-mo-" + i).statusCode(401);
        }
        String retryAfter = login(ATTACKER, c.leader().username, Communes.PASSWORD).statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+"))
                .body("status", equalTo(429))
                .body("title", equalTo("Gửi quá nhiều yêu cầu, vui lòng thử lại sau"))
                .body("detail", containsString("Quá nhiều lần đăng nhập sai từ địa chỉ này"))
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 15 * 60, "Retry-After " + seconds);
        // the service-account token endpoint shares the address's budget
        given().header("X-Forwarded-For", ATTACKER).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", "khong-co")
                .formParam("client_secret", "sai").when().post("/api/v1/auth/token").then().statusCode(429)
                .header("Retry-After", matchesPattern("\\d+"));
        // refused before the password is looked at: no further failures recorded for the account
        long failures = TestDatabase.count(DB, "select count(*) from login_failure where user_id = '" + c.leader().id + "'");
        login(ATTACKER, c.leader().username, "doan-mo-9").statusCode(429);
        assertEquals(failures, TestDatabase.count(DB, "select count(*) from login_failure where user_id = '" + c.leader().id + "'"));

        // another address is not affected, and the accounts are not locked
        login(SCHOOL, c.leader().username, Communes.PASSWORD).statusCode(200);
        login(SCHOOL, c.unitUser().username, Communes.PASSWORD).statusCode(200);
        assertEquals(0, TestDatabase.count(DB, "select count(*) from account_lock where user_id in ('" + c.leader().id
                + "', '" + c.unitUser().id + "', '" + c.office_user().id + "')"));
    }

    @Test
    void successfulSignInsFromOneAddressAreNotLimited() {
        Communes.Commune c = communes.create();
        for (int i = 0; i < 10; i++) {
            login(SCHOOL, c.unitUser().username, Communes.PASSWORD).statusCode(200);
        }
        login(SCHOOL, c.unitUser().username, "sai").statusCode(401);
        login(SCHOOL, c.unitUser().username, Communes.PASSWORD).statusCode(200);
    }
}
