package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.notification.Events.Period;
import vn.thiduaso.platform.test.Tokens;

/** GET /api/v1/deadlines: scoped by the unit tree, filtered by due date, problem+json on bad input. */
@QuarkusTest
class DeadlineResourceTest {

    @Test
    void eachCallerSeesTheDeadlinesOfTheirScopeSoonestFirst() {
        Commune c = Commune.create();
        LocalDate today = Events.todayInVietnam();
        Period later = Events.period(c, today.plusDays(60), c.village(), c.otherVillage());
        Period sooner = Events.period(c, today.plusDays(20), c.village());
        Events.periodOpened(later, c.communePath()).send().awaitProcessed();
        Events.periodOpened(sooner, c.communePath()).send().awaitProcessed();

        // the office acts for the whole commune
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items[0].periodId", equalTo(sooner.periodId().toString()))
                .body("items.dueDate", equalTo(List.of(sooner.dueDate().toString(), later.dueDate().toString(),
                        later.dueDate().toString())));
        // a village's focal officer sees only the village's deadlines
        given().header("Authorization", c.unitToken(c.otherVillage()))
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].unitId", equalTo(c.otherVillage().id().toString()))
                .body("items[0].unitName", equalTo(c.otherVillage().name()));
        // the office narrows to one unit
        given().header("Authorization", c.officeToken())
                .queryParam("unitId", c.village().id().toString())
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.unitId", equalTo(List.of(c.village().id().toString(), c.village().id().toString())));
        // another commune's office sees none of them
        Commune other = Commune.create();
        given().header("Authorization", other.officeToken())
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void fromAndToFilterByDueDateInclusive() {
        Commune c = Commune.create();
        LocalDate today = Events.todayInVietnam();
        Period first = Events.period(c, today.plusDays(10), c.village());
        Period second = Events.period(c, today.plusDays(40), c.village());
        Period third = Events.period(c, today.plusDays(70), c.village());
        for (Period p : List.of(first, second, third)) {
            Events.periodOpened(p, c.communePath()).send().awaitProcessed();
        }

        given().header("Authorization", c.officeToken())
                .queryParam("from", second.dueDate().toString())
                .queryParam("to", third.dueDate().toString())
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.periodId", equalTo(List.of(second.periodId().toString(), third.periodId().toString())));
        given().header("Authorization", c.officeToken())
                .queryParam("to", first.dueDate().toString())
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("items.periodId", hasItem(first.periodId().toString()))
                .body("items.periodId", org.hamcrest.Matchers.not(hasItem(second.periodId().toString())));
        // paging
        given().header("Authorization", c.officeToken())
                .queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.periodId", equalTo(List.of(second.periodId().toString())));
    }

    @Test
    void aUnitAskingForAnotherUnitsDeadlinesGets404() {
        Commune c = Commune.create();
        Events.periodOpened(Events.period(c, Events.todayInVietnam().plusDays(30), c.village(), c.otherVillage()),
                c.communePath()).send().awaitProcessed();

        given().header("Authorization", c.unitToken(c.village()))
                .queryParam("unitId", c.otherVillage().id().toString())
                .when().get("/api/v1/deadlines")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("Không tìm thấy đơn vị"));
        Commune other = Commune.create();
        given().header("Authorization", other.officeToken())
                .queryParam("unitId", c.village().id().toString())
                .when().get("/api/v1/deadlines")
                .then().statusCode(404);
    }

    @Test
    void malformedQueryParametersAre400NamingTheField() {
        Commune c = Commune.create();
        given().header("Authorization", c.officeToken())
                .queryParam("from", "05/12/2026")
                .when().get("/api/v1/deadlines")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", equalTo(List.of("from")));
        given().header("Authorization", c.officeToken())
                .queryParam("to", "2026-13-40")
                .when().get("/api/v1/deadlines")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("to")));
        given().header("Authorization", c.officeToken())
                .queryParam("from", "2026-12-05").queryParam("to", "2026-12-01")
                .when().get("/api/v1/deadlines")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("to")));
        given().header("Authorization", c.officeToken())
                .queryParam("unitId", "thon-dong")
                .when().get("/api/v1/deadlines")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("unitId")));
        given().header("Authorization", c.officeToken())
                .queryParam("size", 0)
                .when().get("/api/v1/deadlines")
                .then().statusCode(400)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void withoutATokenIs401Problem() {
        given().when().get("/api/v1/deadlines")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", Tokens.role("office").issuer("https://someone-else.example").bearer())
                .when().get("/api/v1/deadlines")
                .then().statusCode(401);
    }
}
