package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.Plans;

@QuarkusTest
class AwardPlanResourceTest {

    @Inject
    Plans plans;

    @Test
    void listAndDetailWithoutTokenAre401Problems() {
        given().when().get("/api/v1/award-plans")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().when().get("/api/v1/award-plans/{id}", UUID.randomUUID())
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void unitOfAnotherCommuneCannotReadThePlanDetail() {
        Commune commune = Communes.create();
        Commune other = Communes.create();
        UUID planId = plans.issue(commune, "150/KH-UBND", "Kế hoạch thi đua " + commune.key(), Instant.now(),
                commune.office(), commune.village());

        given().header("Authorization", other.unitToken())
                .when().get("/api/v1/award-plans/{id}", planId)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("Không tìm thấy kế hoạch"));
        given().header("Authorization", other.unitToken())
                .when().get("/api/v1/award-plans")
                .then().statusCode(200)
                .body("items.planId", not(hasItem(planId.toString())));
    }

    @Test
    void unitOfTheSameCommuneThatIsNotAddressedDoesNotSeeThePlan() {
        Commune commune = Communes.create();
        UUID planId = plans.issue(commune, "151/KH-UBND", "Kế hoạch thi đua " + commune.key(), Instant.now(),
                commune.village());

        given().header("Authorization", commune.unitToken())
                .when().get("/api/v1/award-plans/{id}", planId)
                .then().statusCode(200)
                .body("addresseeCount", equalTo(1));
        given().header("Authorization", commune.otherUnitToken())
                .when().get("/api/v1/award-plans/{id}", planId)
                .then().statusCode(404);
        given().header("Authorization", commune.otherUnitToken())
                .when().get("/api/v1/award-plans")
                .then().statusCode(200)
                .body("items.planId", not(hasItem(planId.toString())));
    }

    @Test
    void leaderCouncilAndCityBoardSeeTheCommunePlans() {
        Commune commune = Communes.create();
        UUID planId = plans.issue(commune, "152/KH-UBND", "Kế hoạch thi đua " + commune.key(), Instant.now(),
                commune.office());
        for (String token : new String[] { commune.leaderToken(), commune.councilToken(), commune.boardToken(),
                Communes.adminToken() }) {
            given().header("Authorization", token)
                    .queryParam("q", commune.key())
                    .when().get("/api/v1/award-plans")
                    .then().statusCode(200)
                    .body("items.planId", contains(planId.toString()));
        }
    }

    @Test
    void unknownPlanIs404Problem() {
        given().header("Authorization", Communes.create().officeToken())
                .when().get("/api/v1/award-plans/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Không tìm thấy kế hoạch"));
    }

    @Test
    void searchIgnoresDiacriticsAndMatchesTheNumber() {
        Commune commune = Communes.create();
        UUID digital = plans.issue(commune, "88/KH-UBND",
                "Kế hoạch phát động Phong trào thi đua chuyển đổi số " + commune.key(), Instant.now(), commune.office());
        UUID learning = plans.issue(commune, "89/KH-UBND", "Kế hoạch Bình dân học vụ số " + commune.key(), Instant.now(),
                commune.office());

        given().header("Authorization", commune.officeToken())
                .queryParam("q", "chuyen doi so " + commune.key())
                .when().get("/api/v1/award-plans")
                .then().statusCode(200)
                .body("items.planId", contains(digital.toString()));
        given().header("Authorization", commune.officeToken())
                .queryParam("q", "BÌNH DÂN")
                .when().get("/api/v1/award-plans")
                .then().statusCode(200)
                .body("items.planId", hasItem(learning.toString()))
                .body("items.planId", not(hasItem(digital.toString())));
        given().header("Authorization", commune.officeToken())
                .queryParam("q", "88/kh")
                .when().get("/api/v1/award-plans")
                .then().statusCode(200)
                .body("items.planId", contains(digital.toString()));
    }

    @Test
    void listIsPagedNewestFirst() {
        Commune commune = Communes.create();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID oldest = plans.issue(commune, "1/KH-UBND", "Kế hoạch năm 2025", now.minus(400, ChronoUnit.DAYS), commune.office());
        UUID middle = plans.issue(commune, "2/KH-UBND", "Kế hoạch năm 2026", now.minus(30, ChronoUnit.DAYS), commune.office());
        UUID newest = plans.issue(commune, "3/KH-UBND", "Kế hoạch sơ kết", now, commune.office(), commune.village());

        given().header("Authorization", commune.officeToken())
                .queryParam("size", 2)
                .when().get("/api/v1/award-plans")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.planId", contains(newest.toString(), middle.toString()))
                .body("items.addresseeCount", contains(2, 1));
        given().header("Authorization", commune.officeToken())
                .queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/award-plans")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].planId", equalTo(oldest.toString()));
    }

    @Test
    void pageSizeOutOfRangeIs400NamingTheParameter() {
        given().header("Authorization", Communes.create().officeToken())
                .queryParam("size", 0)
                .when().get("/api/v1/award-plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("size"))
                .body("errors.message", contains("Cỡ trang từ 1 đến 100"));
    }
}
