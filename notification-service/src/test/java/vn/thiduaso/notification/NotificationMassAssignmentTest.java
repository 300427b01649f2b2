package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.notification.Commune.Person;
import vn.thiduaso.platform.test.MassAssignment;
import vn.thiduaso.platform.test.MassAssignmentSuite;
import vn.thiduaso.platform.test.Tokens;

/**
 * Issue 8 item 10 for notification-service: every write with the hostile fields added stores none of
 * them (the preference row, the manual reminders, the working calendar and its outbox event).
 */
@QuarkusTest
class NotificationMassAssignmentTest implements MassAssignmentSuite {

    @Override
    public MassAssignment writes() {
        return new MassAssignment()
                .serverOwned("userId", "0badc0de-0000-4000-8000-00000000b001")
                .serverOwned("updatedAt", "2001-02-03T04:05:06Z")
                .serverOwned("requestedBy", "hostile-requester")
                .serverOwned("changedBy", "hostile-changer")
                .serverOwned("edited", "hostile-edited")
                // the optimistic-lock version the editor read
                .accepts("PUT /api/v1/calendar/working-days/{year}", "version")
                .add("PUT /api/v1/preferences", () -> {
                    Commune c = Commune.create();
                    Person user = c.unitUser();
                    return new MassAssignment.Write(MassAssignment.body(Map.of("emailEnabled", false, "language", "en")),
                            body -> given().header("Authorization", user.token(c)).contentType(ContentType.JSON).body(body)
                                    .put("/api/v1/preferences"),
                            r -> Db.text("select row_to_json(p)::text from notification_preference p where user_id = '"
                                    + user.id() + "'"));
                })
                .add("POST /api/v1/deadlines/remind", () -> {
                    Commune c = Commune.create();
                    Events.Period p = Events.period(c, Events.todayInVietnam().plusDays(35), c.village());
                    Events.periodOpened(p, c.communePath()).send().awaitProcessed();
                    return new MassAssignment.Write(
                            MassAssignment.body(Map.of("periodId", p.periodId().toString(), "unitIds", List.of(c.village().id().toString()))),
                            body -> given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(body)
                                    .post("/api/v1/deadlines/remind"),
                            r -> Db.text("select json_agg(m)::text from manual_reminder m join deadline d on d.id = m.deadline_id"
                                    + " where d.period_id = '" + p.periodId() + "'"));
                })
                .add("PUT /api/v1/calendar/working-days/{year}", () -> new MassAssignment.Write(
                        MassAssignment.body(Map.of("days", List.of(Map.of("date", "2033-01-03", "kind", "DAY_OFF",
                                "name", "Nghỉ bù Tết Dương lịch")))),
                        body -> given().header("Authorization", Tokens.role("admin").bearer()).contentType(ContentType.JSON)
                                .body(body).put("/api/v1/calendar/working-days/2033"),
                        r -> Db.text("select row_to_json(y)::text || (select json_agg(d)::text from working_calendar_day d"
                                + " where d.year = 2033) || coalesce((select string_agg(envelope, ',') from outbox_event"
                                + " where envelope like '%2033-01-03%'), '') from working_calendar_year y where y.year = 2033")));
    }
}
