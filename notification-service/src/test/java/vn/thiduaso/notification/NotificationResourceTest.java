package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.notification.Commune.Person;

/** GET /api/v1/notifications: the delivery log, scoped, and closed to roles that have no use for it. */
@QuarkusTest
class NotificationResourceTest {

    @Test
    void theLogIsScopedToTheCallersCommune() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Events.userUpserted(user).send().awaitProcessed();
        Events.periodOpened(Events.period(c, Events.todayInVietnam().plusDays(25), c.village()), c.communePath())
                .send().awaitProcessed();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().header("Authorization", c.officeToken())
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].recipient", equalTo(user.email()))
                .body("items[0].status", equalTo("SENT")));
        given().header("Authorization", Commune.create().officeToken())
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("total", equalTo(0));
        // a unit token of the same village but another person: not their mail
        given().header("Authorization", c.unitToken(c.village()))
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void councilAndBoardMayNotReadTheLog() {
        Commune c = Commune.create();
        given().header("Authorization", c.councilToken())
                .when().get("/api/v1/notifications")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", c.boardToken())
                .when().get("/api/v1/notifications")
                .then().statusCode(403);
    }

    @Test
    void withoutATokenIs401() {
        given().when().get("/api/v1/notifications")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }
}
