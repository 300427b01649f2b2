package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.award.AwardServiceTestEnvironment;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.Directory;
import vn.thiduaso.platform.test.TestDatabase;

@QuarkusTest
class AwardRecordResourceTest {

    @Inject
    Directory directory;

    @Test
    void withoutTokenIs401() {
        given().when().get("/api/v1/award-records").then().statusCode(401);
        given().contentType("application/json").body(Map.of()).when().post("/api/v1/award-records").then().statusCode(401);
    }

    @Test
    void officeImportsAPastAwardAndTheHistoryFindsItWithoutDiacritics() {
        Commune c = directory.known(Communes.create());
        String id = given().header("Authorization", c.officeToken()).contentType("application/json")
                .body(past(c, "Đỗ Thị Hằng " + c.key()))
                .when().post("/api/v1/award-records")
                .then().statusCode(201)
                .body("source", equalTo("IMPORTED"))
                .body("formName", equalTo("Giấy khen của Chủ tịch UBND xã/phường"))
                .body("decidingAuthority", equalTo("COMMUNE_CHAIRMAN"))
                .body("unitName", equalTo("Thôn Đông"))
                .body("annulled", equalTo(false))
                .extract().path("id");
        assertEquals(1, TestDatabase.count(AwardServiceTestEnvironment.DATABASE,
                "select count(*) from award_record where id = '" + id + "' and commune_id = '" + c.commune().id()
                        + "' and nominee_key like 'INDIVIDUAL|do thi hang%'"));
        given().header("Authorization", c.leaderToken()).queryParam("q", "do thi hang " + c.key())
                .when().get("/api/v1/award-records")
                .then().statusCode(200).body("total", equalTo(1)).body("items.id", contains(id));
        given().header("Authorization", c.unitToken()).queryParam("year", 2023).queryParam("movement", "CHUYEN DOI SO")
                .when().get("/api/v1/award-records")
                .then().statusCode(200).body("items.id", contains(id));
        given().header("Authorization", c.unitToken()).when().get("/api/v1/award-records/{id}", id)
                .then().statusCode(200).body("nomineeName", equalTo("Đỗ Thị Hằng " + c.key()));
        // another unit of the commune and another commune do not see it
        given().header("Authorization", c.otherUnitToken()).when().get("/api/v1/award-records/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Communes.create().boardToken()).queryParam("q", c.key())
                .when().get("/api/v1/award-records").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void onlyTheOfficeImportsAndBadInputNamesTheField() {
        Commune c = directory.known(Communes.create());
        given().header("Authorization", c.unitToken()).contentType("application/json").body(past(c, "Nguyễn Văn An"))
                .when().post("/api/v1/award-records").then().statusCode(403).contentType("application/problem+json");
        Map<String, Object> outside = past(c, "Nguyễn Văn An " + c.key());
        outside.put("unitId", UUID.randomUUID().toString());
        given().header("Authorization", c.officeToken()).contentType("application/json").body(outside)
                .when().post("/api/v1/award-records").then().statusCode(400).body("errors.field", contains("unitId"));
        Map<String, Object> noForm = past(c, "Nguyễn Văn An " + c.key());
        noForm.put("formCode", "khong-co");
        given().header("Authorization", c.officeToken()).contentType("application/json").body(noForm)
                .when().post("/api/v1/award-records").then().statusCode(400).body("errors.field", contains("formCode"));
        Map<String, Object> noDate = past(c, "Nguyễn Văn An " + c.key());
        noDate.remove("decisionDate");
        given().header("Authorization", c.officeToken()).contentType("application/json").body(noDate)
                .when().post("/api/v1/award-records").then().statusCode(400).body("errors.field", contains("decisionDate"));
        assertEquals(0, TestDatabase.count(AwardServiceTestEnvironment.DATABASE,
                "select count(*) from award_record where nominee_name = 'Nguyễn Văn An " + c.key() + "'"));
    }

    private static Map<String, Object> past(Commune c, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("nomineeKind", "INDIVIDUAL");
        body.put("nomineeName", name);
        body.put("dateOfBirth", "1980-05-12");
        body.put("positionTitle", "Trưởng thôn");
        body.put("unitId", c.village().id().toString());
        body.put("formCode", "giay-khen-chu-tich-ubnd-xa");
        body.put("year", 2023);
        body.put("movementTitle", "Phong trào thi đua chuyển đổi số");
        body.put("method", "REGULAR");
        body.put("decisionNumber", "15/QĐ-UBND");
        body.put("decisionDate", "2024-01-15");
        body.put("cashAmountVnd", 540000);
        return body;
    }
}
