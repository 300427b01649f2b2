package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.Tokens;

/** Service accounts of the board's systems: issue, client-credentials token, rotate, deactivate. */
@QuarkusTest
class ServiceAccountResourceTest {

    private static final String ACCOUNTS = "/api/v1/service-accounts";
    private static final String DB = "plan_test";

    @Inject
    Communes communes;

    private static String admin(Communes.Commune c) {
        return Tokens.role("admin").unit(c.city().id, c.city().path).scope("/").bearer();
    }

    private static io.restassured.response.ValidatableResponse token(String clientId, String secret) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .when().post("/api/v1/auth/token").then();
    }

    private static Map<String, Object> createBody(UUID unitId) {
        return Map.of("name", "Phần mềm Ban Thi đua - Khen thưởng thành phố", "unitId", unitId.toString(),
                "roles", List.of("board"));
    }

    @Test
    void onlyAnAdministratorIssuesServiceAccountsForACityOrProvince() {
        Communes.Commune c = communes.create();
        given().contentType(ContentType.JSON).body(createBody(c.city().id)).when().post(ACCOUNTS).then().statusCode(401);
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(createBody(c.city().id))
                .when().post(ACCOUNTS).then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", c.boardToken()).when().get(ACCOUNTS).then().statusCode(403);
        long before = TestDatabase.count(DB, "select count(*) from service_account");
        given().header("Authorization", admin(c)).contentType(ContentType.JSON).body(createBody(c.commune().id))
                .when().post(ACCOUNTS).then().statusCode(400).body("errors.field", hasItem("unitId"));
        given().header("Authorization", admin(c)).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "unitId", c.city().id.toString(), "roles", List.of("admin")))
                .when().post(ACCOUNTS).then().statusCode(400).body("errors.field", hasItem("roles[0]"));
        assertEquals(before, TestDatabase.count(DB, "select count(*) from service_account"));
    }

    @Test
    void aSystemGetsAShortBoardTokenAndRotationAndDeactivationStopTheOldSecret() {
        Communes.Commune c = communes.create();
        var issued = given().header("Authorization", admin(c)).contentType(ContentType.JSON).body(createBody(c.city().id))
                .when().post(ACCOUNTS)
                .then().statusCode(201).body("clientId", startsWith("tds-")).body("clientSecret", notNullValue())
                .body("active", equalTo(true)).extract();
        String id = issued.path("id");
        String clientId = issued.path("clientId");
        String secret = issued.path("clientSecret");
        assertTrue(issued.header("Location").endsWith("/api/v1/service-accounts/" + id));
        // stored hashed like passwords, never in clear
        String hash = TestDatabase.text(DB,
                "select secret_hash from service_account where id = '" + id + "'");
        assertTrue(hash.startsWith("$2"), hash);
        assertNotEquals(secret, hash);
        given().header("Authorization", admin(c)).when().get(ACCOUNTS)
                .then().statusCode(200).body("items.find { it.id == '" + id + "' }.clientId", equalTo(clientId))
                .body("items.find { it.id == '" + id + "' }.clientSecret", equalTo(null));

        String access = token(clientId, secret).statusCode(200).body("tokenType", equalTo("Bearer"))
                .body("expiresIn", lessThanOrEqualTo(900)).extract().path("accessToken");
        String claims = new String(Base64.getUrlDecoder().decode(access.split("\\.")[1]));
        assertTrue(claims.contains("\"groups\":[\"board\"]"), claims);
        assertTrue(claims.contains("\"unitId\":\"" + c.city().id + "\""), claims);
        assertTrue(claims.contains("\"scopePath\":\"" + c.city().path + "\""), claims);
        // the JSON form of the grant works too
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .when().post("/api/v1/auth/token").then().statusCode(200).body("accessToken", notNullValue());

        token(clientId, "sai-khoa").statusCode(401).contentType("application/problem+json");
        token("tds-khong-co", secret).statusCode(401);
        given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("client_secret", secret).when().post("/api/v1/auth/token")
                .then().statusCode(400).body("errors.field", hasItem("grant_type"));

        String newSecret = given().header("Authorization", admin(c)).when().post(ACCOUNTS + "/" + id + "/rotate")
                .then().statusCode(200).extract().path("clientSecret");
        assertNotEquals(secret, newSecret);
        token(clientId, secret).statusCode(401);
        token(clientId, newSecret).statusCode(200);

        given().header("Authorization", c.officeToken()).when().post(ACCOUNTS + "/" + id + "/deactivate").then().statusCode(403);
        given().header("Authorization", admin(c)).when().post(ACCOUNTS + "/" + id + "/deactivate")
                .then().statusCode(200).body("active", equalTo(false));
        token(clientId, newSecret).statusCode(401);
        given().header("Authorization", admin(c)).when().post(ACCOUNTS + "/" + UUID.randomUUID() + "/rotate").then().statusCode(404);
    }

    @Test
    void repeatedWrongSecretsLockTheAccountLikeWrongPasswords() {
        Communes.Commune c = communes.create();
        var issued = given().header("Authorization", admin(c)).contentType(ContentType.JSON).body(createBody(c.city().id))
                .when().post(ACCOUNTS).then().statusCode(201).extract();
        String clientId = issued.path("clientId");
        String secret = issued.path("clientSecret");
        for (int i = 0; i < 5; i++) {
            token(clientId, "sai-" + i).statusCode(401);
        }
        // locked: even the right secret is refused, with the same answer
        token(clientId, secret).statusCode(401).body("detail", not(equalTo(null)));
    }
}
