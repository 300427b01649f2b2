package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.thiduaso.platform.ratelimit.CommuneRateLimiter;

/**
 * The per-commune limit of the platform filter (issue 8, item 13b), shown on plan-service: a burst of
 * ten times the allowed rate from one commune's tokens gets 429 with Retry-After, and the requests of
 * another commune sent at the same time all get 200.
 */
@QuarkusTest
class CommuneRateLimitTest {

    @Inject
    Communes communes;

    @Inject
    CommuneRateLimiter limiter;

    @BeforeEach
    void lowerTheLimit() {
        // defaults are 40 requests/s with a burst of 800 per commune; this test's commune may send 2/s, 10 at once
        limiter.configure(new CommuneRateLimiter.Limits(true, 2, 10));
    }

    @AfterEach
    void restore() {
        limiter.reset();
    }

    @Test
    void aBurstFromOneCommuneGets429WithRetryAfterWhileAnotherCommuneGoesOn() throws Exception {
        Communes.Commune noisy = communes.create();
        Communes.Commune quiet = communes.create();
        String noisyToken = noisy.officeToken();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Response>> burst = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                burst.add(pool.submit(() -> given().header("Authorization", noisyToken).when().get("/api/v1/plans").andReturn()));
            }
            // meanwhile the other commune works at its normal pace
            List<Integer> quietStatuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                quietStatuses.add(given().header("Authorization", quiet.officeToken()).when().get("/api/v1/plans").statusCode());
            }
            int ok = 0;
            int limited = 0;
            for (Future<Response> f : burst) {
                Response r = f.get(60, TimeUnit.SECONDS);
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    assertEquals(429, r.statusCode(), r.asString());
                    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
                    String retryAfter = r.header("Retry-After");
                    assertTrue(retryAfter != null && retryAfter.matches("\\d+"), "Retry-After " + retryAfter);
                    assertTrue(Long.parseLong(retryAfter) >= 1);
                    assertTrue(r.asString().contains("quá nhiều yêu cầu"), r.asString());
                    limited++;
                }
            }
            assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200), quietStatuses);
            assertTrue(ok >= 10 && ok < 100, "the burst and the refill pass, the rest is refused: " + ok + " passed");
            assertTrue(limited > 0, "some of the burst is refused");
        } finally {
            pool.shutdownNow();
        }

        // after Retry-After the noisy commune is served again
        Response refused = given().header("Authorization", noisyToken).when().get("/api/v1/plans").andReturn();
        if (refused.statusCode() == 429) {
            Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1000 + 200);
        }
        given().header("Authorization", noisyToken).when().get("/api/v1/plans").then().statusCode(200);
        // a request without a valid token is a 401 as before, never counted against anyone
        given().header("Authorization", "Bearer khong-hop-le").when().get("/api/v1/plans").then().statusCode(401);
        // and an open endpoint called with a stale token still answers as before (the filter only counts)
        given().header("Authorization", "Bearer khong-hop-le").contentType(io.restassured.http.ContentType.JSON)
                .body("{\"username\":\"" + noisy.leader().username + "\",\"password\":\"" + Communes.PASSWORD + "\"}")
                .when().post("/api/v1/auth/login").then().statusCode(200);
    }
}
