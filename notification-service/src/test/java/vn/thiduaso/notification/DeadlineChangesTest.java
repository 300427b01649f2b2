package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.notification.Events.Period;
import vn.thiduaso.platform.test.TestDatabase;

/** What plan amendments and unit mergers do to the deadlines a user sees. */
@QuarkusTest
class DeadlineChangesTest {

    @Test
    void aChangedPeriodMovesTheDeadlineAddsANewUnitAndWithdrawsARemovedOne() {
        Commune c = Commune.create();
        LocalDate today = Events.todayInVietnam();
        Period opened = Events.period(c, today.plusDays(60), c.village(), c.otherVillage());
        Events.periodOpened(opened, c.communePath()).send().awaitProcessed();

        Period amended = new Period(opened.periodId(), opened.planId(), opened.planNumber(), opened.planTitle(),
                opened.title(), opened.recipient(), today.plusDays(30), List.of(c.village(), c.office()));
        Events.periodChanged(amended, c.communePath(), List.of(c.otherVillage())).send().awaitProcessed();

        given().header("Authorization", c.unitToken(c.village()))
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].dueDate", equalTo(amended.dueDate().toString()))
                .body("items[0].dueAt", equalTo(amended.dueAt().toString()));
        given().header("Authorization", c.unitToken(c.office()))
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].dueDate", equalTo(amended.dueDate().toString()));
        // the withdrawn unit's deadline is kept, marked, and not moved
        org.junit.jupiter.api.Assertions.assertEquals(1, TestDatabase.count(NotificationServiceTestEnvironment.DATABASE,
                "select count(*) from deadline where unit_id = '" + c.otherVillage().id()
                        + "' and status = 'WITHDRAWN' and due_date = '" + opened.dueDate() + "'"));
    }

    @Test
    void aMovedUnitsDeadlinesFollowItToItsNewPath() {
        Commune c = Commune.create();
        Commune merged = Commune.create();
        Period p = Events.period(c, Events.todayInVietnam().plusDays(40), c.village());
        Events.periodOpened(p, c.communePath()).send().awaitProcessed();

        Commune.Unit moved = new Commune.Unit(c.village().id(), merged.communePath() + "/thon-dong-hoa",
                "Thôn Đông Hòa mới " + c.key());
        Events.unitUpserted(moved).send().awaitProcessed();

        given().header("Authorization", merged.officeToken())
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].periodId", equalTo(p.periodId().toString()))
                .body("items[0].unitName", equalTo(moved.name()));
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }
}
