package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.award.AwardServiceTestEnvironment;
import vn.thiduaso.award.Communes;
import vn.thiduaso.platform.test.TestDatabase;

@QuarkusTest
class RuleSetResourceTest {

    @Test
    void withoutTokenIs401() {
        given().when().get("/api/v1/award-rule-sets").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/award-rule-sets/in-force").then().statusCode(401);
    }

    @Test
    void seededRuleSetsCarryTheCommuneChairmansCertificate() {
        given().header("Authorization", Communes.create().unitToken())
                .when().get("/api/v1/award-rule-sets")
                .then().statusCode(200)
                .body("items.code", hasItems("LTDKT2022-ND98", "ND152-2025"));
        given().header("Authorization", Communes.create().unitToken())
                .queryParam("on", "2024-06-01")
                .when().get("/api/v1/award-rule-sets/in-force")
                .then().statusCode(200)
                .body("code", equalTo("LTDKT2022-ND98"))
                .body("effectiveFrom", equalTo("2024-01-01"))
                .body("inForce", equalTo(false))
                .body("rules.formCode", hasItems("giay-khen-chu-tich-ubnd-xa", "bang-khen-chu-tich-ubnd-tinh",
                        "co-thi-dua-ubnd-tinh", "bang-khen-thu-tuong", "co-thi-dua-chinh-phu", "huan-chuong-lao-dong-hang-ba"))
                .body("rules.find { it.formCode == 'giay-khen-chu-tich-ubnd-xa' }.decidingAuthority", equalTo("COMMUNE_CHAIRMAN"))
                .body("rules.find { it.formCode == 'giay-khen-chu-tich-ubnd-xa' }.formName", equalTo("Giấy khen của Chủ tịch UBND xã/phường"))
                .body("rules.find { it.formCode == 'giay-khen-chu-tich-ubnd-xa' }.recipientKinds", contains("INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"))
                .body("rules.find { it.formCode == 'giay-khen-chu-tich-ubnd-xa' }.voteThresholdPercent", equalTo(50))
                .body("rules.find { it.formCode == 'giay-khen-chu-tich-ubnd-xa' }.postingWorkingDays", equalTo(5))
                .body("rules.find { it.formCode == 'giay-khen-chu-tich-ubnd-xa' }.minIntervalYears", equalTo(0))
                .body("rules.find { it.formCode == 'giay-khen-chu-tich-ubnd-xa' }.cashCoefficients.INDIVIDUAL", equalTo(0.3f))
                .body("rules.find { it.formCode == 'giay-khen-chu-tich-ubnd-xa' }.cashCoefficients.COLLECTIVE", equalTo(0.6f))
                .body("rules.find { it.formCode == 'bang-khen-chu-tich-ubnd-tinh' }.decidingAuthority", equalTo("PROVINCE_CHAIRMAN"))
                .body("rules.find { it.formCode == 'bang-khen-chu-tich-ubnd-tinh' }.prerequisites[0].kind", equalTo("CONSECUTIVE_YEARS"))
                .body("rules.find { it.formCode == 'bang-khen-chu-tich-ubnd-tinh' }.prerequisites[0].years", equalTo(2))
                .body("rules.recipientKinds.flatten()", not(hasItem("INITIATIVE")));
        given().header("Authorization", Communes.create().officeToken())
                .queryParam("on", "2025-08-01")
                .when().get("/api/v1/award-rule-sets/in-force")
                .then().statusCode(200)
                .body("code", equalTo("ND152-2025"));
        assertEquals(2340000L, TestDatabase.count(AwardServiceTestEnvironment.DATABASE,
                "select amount_vnd from base_salary where effective_from = date '2024-07-01'"));
    }

    // Other tests add rule sets of their own (from 1900 on): ask about a date before all of them.
    @Test
    void beforeEveryRuleSetIs404() {
        given().header("Authorization", Communes.create().officeToken())
                .queryParam("on", "1850-01-01")
                .when().get("/api/v1/award-rule-sets/in-force")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Không có bộ quy tắc khen thưởng nào có hiệu lực vào ngày 01/01/1850"));
    }

    @Test
    void onlyAnAdministratorAddsARuleSet() {
        given().header("Authorization", Communes.create().officeToken())
                .contentType("application/json").body(ruleSet("OFFICE-TRY", future(), "giay-khen-chu-tich-ubnd-xa"))
                .when().post("/api/v1/award-rule-sets")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void unknownFormIs400NamingTheRuleAndNothingIsStored() {
        String code = "BAD-" + ThreadLocalRandom.current().nextInt(1_000_000);
        given().header("Authorization", Communes.adminToken())
                .contentType("application/json").body(ruleSet(code, future(), "khong-co-hinh-thuc"))
                .when().post("/api/v1/award-rule-sets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("rules[0].formCode"));
        assertEquals(0, TestDatabase.count(AwardServiceTestEnvironment.DATABASE,
                "select count(*) from award_rule_set where code = '" + code + "'"));
    }

    @Test
    void administratorAddsARuleSetAndItsDateIsUnique() {
        String code = "TEST-" + ThreadLocalRandom.current().nextInt(1_000_000);
        LocalDate from = future();
        String location = given().header("Authorization", Communes.adminToken())
                .contentType("application/json").body(ruleSet(code, from, "giay-khen-chu-tich-ubnd-xa"))
                .when().post("/api/v1/award-rule-sets")
                .then().statusCode(201)
                .body("code", equalTo(code))
                .body("inForce", equalTo(false))
                .body("rules[0].formCode", equalTo("giay-khen-chu-tich-ubnd-xa"))
                .body("rules[0].cashCoefficients.INDIVIDUAL", equalTo(0.4f))
                .body("rules[0].standards[0].code", equalTo("tot"))
                .extract().header("Location");
        given().header("Authorization", Communes.create().councilToken())
                .when().get(location.replaceFirst("^https?://[^/]+", ""))
                .then().statusCode(200).body("code", equalTo(code));
        given().header("Authorization", Communes.create().councilToken())
                .queryParam("on", from.toString())
                .when().get("/api/v1/award-rule-sets/in-force")
                .then().statusCode(200).body("code", equalTo(code));
        given().header("Authorization", Communes.adminToken())
                .contentType("application/json").body(ruleSet(code + "-B", from, "giay-khen-chu-tich-ubnd-xa"))
                .when().post("/api/v1/award-rule-sets")
                .then().statusCode(409).contentType("application/problem+json");
    }

    private static LocalDate future() {
        return LocalDate.of(2060, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 39));
    }

    private static Map<String, Object> ruleSet(String code, LocalDate from, String formCode) {
        return Map.of("code", code, "name", "Bộ quy tắc thử " + code, "legalBasis", "Thử nghiệm",
                "effectiveFrom", from.toString(),
                "rules", List.of(Map.of("formCode", formCode, "decidingAuthority", "COMMUNE_CHAIRMAN",
                        "recipientKinds", List.of("INDIVIDUAL"),
                        "standards", List.of(Map.of("code", "tot", "text", "Hoàn thành tốt nhiệm vụ", "appliesTo", List.of())),
                        "minIntervalYears", 0, "prerequisites", List.of(), "voteThresholdPercent", 60,
                        "postingWorkingDays", 7, "cashCoefficients", Map.of("INDIVIDUAL", 0.4))));
    }
}
