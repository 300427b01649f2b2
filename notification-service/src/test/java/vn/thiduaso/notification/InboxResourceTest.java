package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.notification.Commune.Person;
import vn.thiduaso.notification.Events.Period;

/** /api/v1/inbox: every notification of the caller, unread count, mark read — own items only. */
@QuarkusTest
class InboxResourceTest {

    @Test
    void notificationsLandInTheInboxAndAreMarkedRead() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Events.userUpserted(user).send().awaitProcessed();
        Period first = Events.period(c, Events.todayInVietnam().plusDays(40), c.village());
        Period second = Events.period(c, Events.todayInVietnam().plusDays(50), c.village());
        Events.periodOpened(first, c.communePath()).send().awaitProcessed();
        Events.periodOpened(second, c.communePath()).send().awaitProcessed();

        given().header("Authorization", user.token(c))
                .when().get("/api/v1/inbox/unread-count")
                .then().statusCode(200).body("count", equalTo(2));
        String id = given().header("Authorization", user.token(c))
                .when().get("/api/v1/inbox")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].kind", equalTo("DEADLINE_ANNOUNCEMENT"))
                .body("items[0].title", equalTo("[Thi đua Số] Hạn báo cáo: " + second.title() + " — trước ngày "
                        + second.dueDateText()))
                .body("items[0].body", equalTo(c.village().name() + " cần gửi báo cáo về Phòng Văn hóa - Xã hội trước ngày "
                        + second.dueDateText() + "."))
                .body("items[0].link", notNullValue())
                .extract().path("items[0].id");

        given().header("Authorization", user.token(c))
                .when().post("/api/v1/inbox/" + id + "/read")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("read", equalTo(true))
                .body("readAt", notNullValue());
        given().header("Authorization", user.token(c))
                .queryParam("unreadOnly", true)
                .when().get("/api/v1/inbox")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].title", equalTo("[Thi đua Số] Hạn báo cáo: " + first.title() + " — trước ngày "
                        + first.dueDateText()));
        given().header("Authorization", user.token(c))
                .when().post("/api/v1/inbox/read-all")
                .then().statusCode(200).body("count", equalTo(1));
        given().header("Authorization", user.token(c))
                .when().get("/api/v1/inbox/unread-count")
                .then().statusCode(200).body("count", equalTo(0));
    }

    @Test
    void anotherUsersItemIsNotFoundAndTheirListIsTheirOwn() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Events.userUpserted(user).send().awaitProcessed();
        Events.periodOpened(Events.period(c, Events.todayInVietnam().plusDays(40), c.village()), c.communePath())
                .send().awaitProcessed();
        String id = given().header("Authorization", user.token(c)).when().get("/api/v1/inbox")
                .then().statusCode(200).extract().path("items[0].id");

        // a colleague of the same unit, and the commune office: not their item
        Person colleague = c.person("unit", "Phan Văn Khải", c.village());
        given().header("Authorization", colleague.token(c))
                .when().post("/api/v1/inbox/" + id + "/read")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", c.officeToken())
                .when().post("/api/v1/inbox/" + id + "/read")
                .then().statusCode(404);
        given().header("Authorization", colleague.token(c)).when().get("/api/v1/inbox")
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", colleague.token(c)).when().post("/api/v1/inbox/read-all")
                .then().statusCode(200).body("count", equalTo(0));
        given().header("Authorization", user.token(c)).when().get("/api/v1/inbox/unread-count")
                .then().statusCode(200).body("count", equalTo(1));
    }

    @Test
    void badInputAndNoTokenAreProblems() {
        Commune c = Commune.create();
        given().header("Authorization", c.unitUser().token(c))
                .when().post("/api/v1/inbox/not-a-uuid/read")
                .then().statusCode(404); // like every path id of the project: no such item
        given().header("Authorization", c.unitUser().token(c))
                .queryParam("size", 500)
                .when().get("/api/v1/inbox")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("size")));
        given().when().get("/api/v1/inbox").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/inbox/unread-count").then().statusCode(401);
        given().when().post("/api/v1/inbox/read-all").then().statusCode(401);
    }
}
