package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.thiduaso.plan.UnitResourceTest.patch;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.platform.test.Tokens;

@QuarkusTest
class AuditResourceTest {

    @Inject
    Communes communes;

    @Test
    void editingAPlanRecordsTheChangedPartWithBeforeAndAfter() {
        Communes.Commune c = communes.create();
        String location = given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(StructuredPlans.full(c, Plans.randomTitle())).post("/api/v1/plans")
                .then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        patch(c.officeToken(), "/api/v1/plans/" + id, "{\"version\": 0, \"purposes\": [\"Mục đích đã sửa\"]}")
                .statusCode(200);
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/audit?objectType=plan&objectId=" + id)
                .then().statusCode(200)
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].actor", equalTo(c.office_user().username))
                .body("items[0].unitPath", equalTo(c.commune().path))
                .body("items[0].changes.field", contains("content.purposes"))
                .body("items[0].changes[0].before", contains("Phát huy sự tham gia tích cực"))
                .body("items[0].changes[0].after", contains("Mục đích đã sửa"))
                .body("items.action", hasItem("INSERT"));
        // Another commune's office does not read this plan's history.
        given().header("Authorization", communes.create().officeToken())
                .when().get("/api/v1/audit?objectType=plan&objectId=" + id)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void editingAUnitRecordsWhoChangedWhichFieldFromWhatToWhat() {
        Communes.Commune c = communes.create();
        String id = c.village().id.toString();
        patch(c.officeToken(), "/api/v1/units/" + id, "{\"headName\":\"Nguyễn Văn An\",\"name\":\"Thôn Đông\",\"version\":0}")
                .statusCode(200);
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/audit?objectType=unit&objectId=" + id + "")
                .then().statusCode(200)
                .body("total", equalTo(2))
                // newest first: the edit, then the creation
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].actor", equalTo(c.office_user().username))
                .body("items[0].unitPath", equalTo(c.village().path))
                .body("items[0].changes", hasSize(1))
                .body("items[0].changes[0].field", equalTo("head_name"))
                .body("items[0].changes[0].before", nullValue())
                .body("items[0].changes[0].after", equalTo("Nguyễn Văn An"))
                .body("items[1].action", equalTo("INSERT"));
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/audit?actor=" + c.office_user().username)
                .then().statusCode(200)
                .body("items.objectId", contains(id));
    }

    @Test
    void theAuditLogIsForTheAdministratorAndTheOfficeOfTheCommuneOnly() {
        Communes.Commune c = communes.create();
        Communes.Commune other = communes.create();
        String id = c.village().id.toString();
        given().header("Authorization", other.officeToken()).when().get("/api/v1/audit?objectId=" + id)
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", Tokens.role("admin").bearer()).when().get("/api/v1/audit?objectId=" + id)
                .then().statusCode(200).body("total", equalTo(1));
        given().header("Authorization", c.leaderToken()).when().get("/api/v1/audit").then().statusCode(403);
        given().header("Authorization", c.unitToken()).when().get("/api/v1/audit").then().statusCode(403);
        given().when().get("/api/v1/audit").then().statusCode(401);
        given().header("Authorization", c.officeToken()).when().get("/api/v1/audit?from=hom-qua")
                .then().statusCode(400).body("errors.field", hasItem("from"));
        given().header("Authorization", c.officeToken()).when().get("/api/v1/audit?from=2099-01-01&objectId=" + id)
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", c.officeToken()).when().get("/api/v1/audit?size=0")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void aUsersPasswordHashNeverReachesTheAuditLog() {
        Communes.Commune c = communes.create();
        UnitResourceTest.post(c.officeToken(), "/api/v1/users/" + c.unitUser().id + "/reset-password",
                "{\"temporaryPassword\":\"Tam-thoi-2026!x\"}").statusCode(200);
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/audit?objectType=user&objectId=" + c.unitUser().id)
                .then().statusCode(200)
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].unitPath", equalTo(c.village().path))
                .body("items[0].changes.field", contains("must_change_password"));
    }

    @Test
    void aTimeOutsideYearsOneToNineThousandIsABadParameterNotAServerFault() {
        String admin = Tokens.role("admin").bearer();
        for (String from : new String[] {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "+10000-01-01"}) {
            given().header("Authorization", admin).queryParam("from", from).when().get("/api/v1/audit")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("from"));
        }
        given().header("Authorization", admin).queryParam("from", "2026-12-01").when().get("/api/v1/audit").then().statusCode(200);
    }
}
