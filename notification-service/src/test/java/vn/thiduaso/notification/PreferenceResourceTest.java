package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.notification.Commune.Person;
import vn.thiduaso.platform.test.TestDatabase;

/** GET/PUT /api/v1/preferences: the caller's own settings, defaults until set, validated. */
@QuarkusTest
class PreferenceResourceTest {

    @Test
    void defaultsAreVietnameseAndEmailOnUntilTheUserChangesThem() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        given().header("Authorization", user.token(c))
                .when().get("/api/v1/preferences")
                .then().statusCode(200)
                .body("emailEnabled", equalTo(true))
                .body("delivery", equalTo("EACH"))
                .body("language", equalTo("vi"));

        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"emailEnabled\":false,\"language\":\"en\"}")
                .when().put("/api/v1/preferences")
                .then().statusCode(200)
                .body("emailEnabled", equalTo(false))
                .body("language", equalTo("en"));
        given().header("Authorization", user.token(c))
                .when().get("/api/v1/preferences")
                .then().statusCode(200)
                .body("emailEnabled", equalTo(false))
                .body("language", equalTo("en"));
        // PUT again replaces
        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"emailEnabled\":true,\"language\":\"vi\"}")
                .when().put("/api/v1/preferences")
                .then().statusCode(200)
                .body("emailEnabled", equalTo(true));
        // another user is unaffected
        given().header("Authorization", c.unitUser().token(c))
                .when().get("/api/v1/preferences")
                .then().statusCode(200)
                .body("language", equalTo("vi"));
    }

    @Test
    void deliveryChoosesEachDigestOrOffAndEmailEnabledFollowsIt() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"delivery\":\"DIGEST\",\"language\":\"vi\"}")
                .when().put("/api/v1/preferences")
                .then().statusCode(200)
                .body("delivery", equalTo("DIGEST"))
                .body("emailEnabled", equalTo(true));
        // an older client that only knows emailEnabled keeps the digest
        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"emailEnabled\":true,\"language\":\"en\"}")
                .when().put("/api/v1/preferences")
                .then().statusCode(200)
                .body("delivery", equalTo("DIGEST"))
                .body("language", equalTo("en"));
        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"emailEnabled\":false,\"language\":\"en\"}")
                .when().put("/api/v1/preferences")
                .then().statusCode(200)
                .body("delivery", equalTo("OFF"))
                .body("emailEnabled", equalTo(false));
        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"delivery\":\"EACH\",\"emailEnabled\":true,\"language\":\"vi\"}")
                .when().put("/api/v1/preferences")
                .then().statusCode(200)
                .body("delivery", equalTo("EACH"))
                .body("emailEnabled", equalTo(true));
        assertEquals("EACH", TestDatabase.text(NotificationServiceTestEnvironment.DATABASE,
                "select delivery from notification_preference where user_id = '" + user.id() + "'"));
    }

    @Test
    void anUnknownLanguageIs400NamingItAndNothingIsStored() {
        Commune c = Commune.create();
        Person user = c.person("office", "Nguyễn Thị Hoà", c.office());
        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"emailEnabled\":false,\"language\":\"fr\"}")
                .when().put("/api/v1/preferences")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", equalTo(List.of("language")));
        // neither delivery nor emailEnabled: say how mail should come
        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"language\":\"vi\"}")
                .when().put("/api/v1/preferences")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("delivery")));
        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"delivery\":\"WEEKLY\",\"language\":\"vi\"}")
                .when().put("/api/v1/preferences")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("delivery")));
        // both, contradicting each other
        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"emailEnabled\":false,\"delivery\":\"DIGEST\",\"language\":\"vi\"}")
                .when().put("/api/v1/preferences")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("emailEnabled")));
        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"emailEnabled\":\"maybe\",\"language\":\"vi\"}")
                .when().put("/api/v1/preferences")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("emailEnabled")));

        assertEquals(0, TestDatabase.count(NotificationServiceTestEnvironment.DATABASE,
                "select count(*) from notification_preference where user_id = '" + user.id() + "'"));
        given().header("Authorization", user.token(c))
                .when().get("/api/v1/preferences")
                .then().statusCode(200)
                .body("emailEnabled", equalTo(true))
                .body("language", equalTo("vi"));
    }

    @Test
    void withoutATokenIs401() {
        given().when().get("/api/v1/preferences")
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"emailEnabled\":true,\"language\":\"vi\"}")
                .when().put("/api/v1/preferences")
                .then().statusCode(401);
    }
}
