package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static vn.thiduaso.platform.test.scope.Caller.ADMIN;
import static vn.thiduaso.platform.test.scope.Caller.BOARD;
import static vn.thiduaso.platform.test.scope.Caller.COUNCIL;
import static vn.thiduaso.platform.test.scope.Caller.LEADER;
import static vn.thiduaso.platform.test.scope.Caller.OFFICE;
import static vn.thiduaso.platform.test.scope.Caller.OTHER_COMMUNE;
import static vn.thiduaso.platform.test.scope.Caller.OTHER_UNIT;
import static vn.thiduaso.platform.test.scope.Caller.UNIT;
import static vn.thiduaso.platform.test.scope.Outcome.NOT_FOUND;
import static vn.thiduaso.platform.test.scope.Outcome.OK;

import java.time.Duration;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.notification.Commune.Person;
import vn.thiduaso.platform.test.Tokens;
import vn.thiduaso.platform.test.scope.DatabaseFingerprint;
import vn.thiduaso.platform.test.scope.ScopeRows;
import vn.thiduaso.platform.test.scope.ScopeSuite;
import vn.thiduaso.platform.test.scope.ScopeTable;

/**
 * Scope (BOLA) table of notification-service: every operation of its OpenAPI document, called by
 * every role of a commune, by the office of another commune and by the officer of another village of
 * the same commune. Deadlines and reminders of the commune's village answer 404 outside the scope;
 * inbox, preferences and the calendar feed are each caller's own.
 */
@QuarkusTest
class NotificationScopeTest implements ScopeSuite {

    @Override
    public ScopeTable table() {
        Commune c = Commune.create();
        Commune other = Commune.create();
        Person unitUser = c.unitUser();
        Events.userUpserted(unitUser).send().awaitProcessed();
        Events.Period period = Events.period(c, Events.todayInVietnam().plusDays(40), c.village(), c.otherVillage());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();
        // the announcement lands in the unit officer's inbox
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", unitUser.token(c))
                .get("/api/v1/inbox").then().statusCode(200).body("total", greaterThanOrEqualTo(1)));
        String inboxItem = given().header("Authorization", unitUser.token(c)).get("/api/v1/inbox").path("items[0].id");
        String feed = given().header("Authorization", unitUser.token(c)).get("/api/v1/preferences/calendar").path("url");

        ScopeTable t = ScopeTable.of(caller -> switch (caller) {
            case ADMIN -> Tokens.role("admin").bearer();
            case OFFICE -> c.officeToken();
            case LEADER -> Tokens.role("leader").unit(c.communeId(), c.communePath()).scope(c.communePath()).bearer();
            case COUNCIL -> c.councilToken();
            case UNIT -> unitUser.token(c);
            case BOARD -> c.boardToken();
            case OTHER_COMMUNE -> other.officeToken();
            case OTHER_UNIT -> c.unitToken(c.otherVillage());
            case ANONYMOUS -> null;
        }).database(DatabaseFingerprint.of(NotificationServiceTestEnvironment.DATABASE));

        t.row("GET /api/v1/deadlines").query("unitId", c.village().id())
                .ok(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD).notFound(OTHER_COMMUNE, OTHER_UNIT);
        t.row("GET /api/v1/notifications").ok(ADMIN, OFFICE, LEADER, UNIT).forbidden(COUNCIL, BOARD)
                .filtered(OTHER_COMMUNE, OTHER_UNIT).markers(unitUser::email);
        // reminding twice the same day may be refused by the state (409): past the access check is what counts
        t.row("POST /api/v1/deadlines/remind")
                .body("{\"periodId\":\"" + period.periodId() + "\",\"unitIds\":[\"" + c.village().id() + "\"]}")
                .admitted(ADMIN, OFFICE).forbidden(LEADER, COUNCIL, UNIT, BOARD, OTHER_UNIT).notFound(OTHER_COMMUNE);
        ScopeRows.own(t, "GET /api/v1/preferences");
        ScopeRows.own(t, "PUT /api/v1/preferences").body("{\"emailEnabled\":true,\"language\":\"vi\"}");
        ScopeRows.own(t, "GET /api/v1/inbox");
        ScopeRows.own(t, "GET /api/v1/inbox/unread-count");
        ScopeRows.own(t, "POST /api/v1/inbox/read-all");
        // someone else's inbox item is 404, never revealed
        t.row("POST /api/v1/inbox/{id}/read").path("id", inboxItem).ok(UNIT).others(NOT_FOUND);
        ScopeRows.own(t, "GET /api/v1/preferences/calendar");
        ScopeRows.own(t, "POST /api/v1/preferences/calendar/regenerate").note("each caller's own feed link");
        // the feed is a capability link: whoever holds it reads it (no token needed)
        ScopeRows.open(t, "GET /api/v1/calendar/{token}.ics")
                .path("token", feed.substring(feed.indexOf("/api/v1/calendar/") + "/api/v1/calendar/".length(), feed.length() - 4));
        t.row("GET /api/v1/calendar/working-days/{year}").path("year", 2026).others(OK).ownData()
                .note("the national working-day calendar, the same for everyone");
        ScopeRows.adminOnly(t, "PUT /api/v1/calendar/working-days/{year}").path("year", 2033)
                .body("{\"days\":[{\"date\":\"2033-01-03\",\"kind\":\"DAY_OFF\",\"name\":\"Nghỉ bù\"}]}");
        ScopeRows.platformAdmin(t);
        return t;
    }

}
