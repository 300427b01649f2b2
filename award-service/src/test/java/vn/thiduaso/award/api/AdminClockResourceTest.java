package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.config.AwardClock;

/** The clock control of test stacks: admin only, moves the award clock (and is put back after each test). */
@QuarkusTest
class AdminClockResourceTest {

    private static final String PATH = "/api/v1/admin/clock";

    @Inject
    AwardClock clock;

    @AfterEach
    void resetClock() {
        clock.setOffset(Duration.ZERO);
    }

    @Test
    void onlyTheAdminReadsAndMovesTheClock() {
        given().get(PATH).then().statusCode(401);
        given().header("Authorization", Communes.create().officeToken()).get(PATH).then().statusCode(403);
        given().header("Authorization", Communes.create().leaderToken()).contentType(ContentType.JSON)
                .body(Map.of("offsetSeconds", 3600)).put(PATH).then().statusCode(403);
        assertEquals(Duration.ZERO, clock.offset());
        given().header("Authorization", Communes.adminToken()).contentType(ContentType.JSON).body(Map.of())
                .put(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("offsetSeconds"));
        assertEquals(Duration.ZERO, clock.offset());

        long days40 = Duration.ofDays(40).toSeconds();
        given().header("Authorization", Communes.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("offsetSeconds", days40)).put(PATH).then().statusCode(200)
                .body("offsetSeconds", equalTo((int) days40));
        assertEquals(Duration.ofDays(40), clock.offset());
        String now = given().header("Authorization", Communes.adminToken()).get(PATH).then().statusCode(200)
                .body("offsetSeconds", equalTo((int) days40)).extract().path("now");
        assertTrue(Instant.parse(now).isAfter(Instant.now().plus(Duration.ofDays(39))), now);
    }
}
