package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.Duration;


import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.notification.Commune.Person;
import vn.thiduaso.platform.test.ContractCalls;
import vn.thiduaso.platform.test.OpenApiContractSuite;

/** Every operation of notification-service's OpenAPI document is called, and every response matches its declared schema. */
@QuarkusTest
class NotificationContractTest implements OpenApiContractSuite {

    @Override
    public ContractCalls calls() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        return new ContractCalls()
                .add("GET /api/v1/deadlines", () -> {
                    Events.periodOpened(Events.period(c, Events.todayInVietnam().plusDays(30), c.village(), c.otherVillage()),
                            c.communePath()).send().awaitProcessed();
                    return given().header("Authorization", c.officeToken()).get("/api/v1/deadlines");
                })
                .add("GET /api/v1/deadlines", () -> given().header("Authorization", c.officeToken())
                        .queryParam("from", "03/12/2026").get("/api/v1/deadlines"))
                .add("GET /api/v1/deadlines", () -> given().get("/api/v1/deadlines"))
                .add("GET /api/v1/notifications", () -> {
                    Events.userUpserted(user).send().awaitProcessed();
                    Events.periodOpened(Events.period(c, Events.todayInVietnam().plusDays(25), c.village()), c.communePath())
                            .send().awaitProcessed();
                    await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().header("Authorization", c.officeToken())
                            .get("/api/v1/notifications").then().statusCode(200).body("total", greaterThanOrEqualTo(1)));
                    return given().header("Authorization", c.officeToken()).get("/api/v1/notifications");
                })
                .add("GET /api/v1/notifications", () -> given().header("Authorization", c.councilToken())
                        .get("/api/v1/notifications"))
                .add("GET /api/v1/preferences", () -> given().header("Authorization", user.token(c)).get("/api/v1/preferences"))
                .add("PUT /api/v1/preferences", () -> given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                        .body("{\"emailEnabled\":false,\"language\":\"en\"}").put("/api/v1/preferences"))
                .add("PUT /api/v1/preferences", () -> given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                        .body("{\"emailEnabled\":true,\"language\":\"fr\"}").put("/api/v1/preferences"));
    }

}
