package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.Duration;


import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import vn.thiduaso.platform.test.Tokens;
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
        // The platform's admin outbox and dead-letter endpoints come first (every service serves them).
        return vn.thiduaso.platform.test.OutboxAdminCalls.addTo(new ContractCalls().deadLetters("notification-service", "directory.users"), "notification_test")
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
                        .body("{\"emailEnabled\":true,\"language\":\"fr\"}").put("/api/v1/preferences"))
                .add("PUT /api/v1/preferences", () -> given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                        .body("{\"delivery\":\"DIGEST\",\"language\":\"vi\"}").put("/api/v1/preferences"))
                .add("POST /api/v1/deadlines/remind", () -> {
                    Events.Period p = Events.period(c, Events.todayInVietnam().plusDays(35), c.village());
                    Events.periodOpened(p, c.communePath()).send().awaitProcessed();
                    return given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                            .body("{\"periodId\":\"" + p.periodId() + "\",\"unitIds\":[\"" + c.village().id() + "\"]}")
                            .post("/api/v1/deadlines/remind");
                })
                .add("POST /api/v1/deadlines/remind", () -> given().header("Authorization", c.officeToken())
                        .contentType(ContentType.JSON).body("{\"unitIds\":[]}").post("/api/v1/deadlines/remind"))
                .add("POST /api/v1/deadlines/remind", () -> given().header("Authorization", c.unitToken(c.village()))
                        .contentType(ContentType.JSON).body("{\"periodId\":\"" + UUID.randomUUID() + "\",\"unitIds\":[\""
                                + c.village().id() + "\"]}").post("/api/v1/deadlines/remind"))
                .add("GET /api/v1/inbox", () -> {
                    Events.userUpserted(user).send().awaitProcessed();
                    Events.periodOpened(Events.period(c, Events.todayInVietnam().plusDays(45), c.village()), c.communePath())
                            .send().awaitProcessed();
                    return given().header("Authorization", user.token(c)).get("/api/v1/inbox");
                })
                .add("GET /api/v1/inbox", () -> given().get("/api/v1/inbox"))
                .add("GET /api/v1/inbox/unread-count", () -> given().header("Authorization", user.token(c))
                        .get("/api/v1/inbox/unread-count"))
                .add("POST /api/v1/inbox/{id}/read", () -> {
                    Events.userUpserted(user).send().awaitProcessed();
                    Events.periodOpened(Events.period(c, Events.todayInVietnam().plusDays(46), c.village()), c.communePath())
                            .send().awaitProcessed();
                    String id = given().header("Authorization", user.token(c)).get("/api/v1/inbox").path("items[0].id");
                    return given().header("Authorization", user.token(c)).post("/api/v1/inbox/" + id + "/read");
                })
                .add("POST /api/v1/inbox/{id}/read", () -> given().header("Authorization", user.token(c))
                        .post("/api/v1/inbox/" + UUID.randomUUID() + "/read"))
                .add("POST /api/v1/inbox/read-all", () -> given().header("Authorization", user.token(c))
                        .post("/api/v1/inbox/read-all"))
                .add("GET /api/v1/preferences/calendar", () -> given().header("Authorization", user.token(c))
                        .get("/api/v1/preferences/calendar"))
                .add("POST /api/v1/preferences/calendar/regenerate", () -> given().header("Authorization", user.token(c))
                        .post("/api/v1/preferences/calendar/regenerate"))
                .add("GET /api/v1/calendar/{token}.ics", () -> {
                    String url = given().header("Authorization", user.token(c)).get("/api/v1/preferences/calendar").path("url");
                    return given().get(url.substring(url.indexOf("/api/v1/calendar/")));
                })
                .add("GET /api/v1/calendar/{token}.ics", () -> given()
                        .get("/api/v1/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB.ics"))
                .add("GET /api/v1/calendar/working-days/{year}", () -> given().header("Authorization", c.officeToken())
                        .get("/api/v1/calendar/working-days/2026"))
                .add("GET /api/v1/calendar/working-days/{year}", () -> given().header("Authorization", c.officeToken())
                        .get("/api/v1/calendar/working-days/99999"))
                .add("PUT /api/v1/calendar/working-days/{year}", () -> given()
                        .header("Authorization", Tokens.role("admin").bearer()).contentType(ContentType.JSON)
                        .body("{\"days\":[{\"date\":\"2032-01-01\",\"kind\":\"DAY_OFF\",\"name\":\"Tết Dương lịch\"}]}")
                        .put("/api/v1/calendar/working-days/2032"))
                .add("PUT /api/v1/calendar/working-days/{year}", () -> given()
                        .header("Authorization", Tokens.role("admin").bearer()).contentType(ContentType.JSON)
                        .body("{\"days\":[{\"date\":\"2032-01-03\",\"kind\":\"DAY_OFF\",\"name\":\"Chủ nhật\"}]}")
                        .put("/api/v1/calendar/working-days/2032"))
                .add("PUT /api/v1/calendar/working-days/{year}", () -> given().header("Authorization", c.officeToken())
                        .contentType(ContentType.JSON).body("{\"days\":[]}").put("/api/v1/calendar/working-days/2032"));
    }

}
