package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.notification.service.WorkingCalendarService;
import vn.thiduaso.platform.test.TestKafka;
import vn.thiduaso.platform.test.Tokens;

/** /api/v1/calendar/working-days/{year}: seeded from the defaults, edited by an administrator, published. */
@QuarkusTest
class WorkingCalendarResourceTest {

    @Inject
    WorkingCalendarService calendars;

    private static String admin() {
        return Tokens.role("admin").user(java.util.UUID.randomUUID(), "quantri").bearer();
    }

    @Test
    void theDefaultYearsAreSeededAndReadableByEveryone() {
        Commune c = Commune.create();
        given().header("Authorization", c.unitToken(c.village()))
                .when().get("/api/v1/calendar/working-days/2029")
                .then().statusCode(200)
                .body("year", equalTo(2029))
                .body("source", startsWith("Bộ luật Lao động 2019"))
                .body("edited", equalTo(false))
                .body("days.date", hasItem("2029-09-03"))
                .body("days.find { it.date == '2029-09-03' }.kind", equalTo("DAY_OFF"));
        // a year without data: weekends only, said so
        given().header("Authorization", c.unitToken(c.village()))
                .when().get("/api/v1/calendar/working-days/2040")
                .then().statusCode(200)
                .body("days", equalTo(List.of()))
                .body("version", equalTo(null));
    }

    @Test
    void anAdministratorReplacesAYearItIsPublishedAndSeedingNeverOverwritesIt() {
        String body = """
                {"days":[
                  {"date":"2031-01-01","kind":"DAY_OFF","name":"Tết Dương lịch"},
                  {"date":"2031-01-04","kind":"WORKING_DAY","name":"Làm bù (thứ Bảy)"},
                  {"date":"2031-09-02","kind":"DAY_OFF","name":"Quốc khánh"}]}""";
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/calendar/working-days/2031")
                .then().statusCode(200)
                .body("year", equalTo(2031))
                .body("edited", equalTo(true))
                .body("changedBy", equalTo("quantri"))
                .body("days.date", equalTo(List.of("2031-01-01", "2031-01-04", "2031-09-02")));
        try (TestKafka.TopicProbe topic = TestKafka.probe("calendar.working-days")) {
            ConsumerRecord<String, String> record = topic.await(Duration.ofSeconds(30), "\"WorkingCalendarChanged\"",
                    "\"year\":2031", "Quốc khánh");
            assertEquals("2031", record.key());
            assertTrue(record.value().contains("\"producer\":\"notification-service\""), record.value());
            assertTrue(record.value().contains("{\"date\":\"2031-01-04\",\"kind\":\"WORKING_DAY\",\"name\":\"Làm bù (thứ Bảy)\"}"),
                    record.value());
            assertTrue(record.value().contains("\"changedBy\":\"quantri\""), record.value());
        }

        // an edited default year stays as edited when the defaults are seeded again (a restart)
        int version = given().header("Authorization", admin()).when().get("/api/v1/calendar/working-days/2027")
                .then().statusCode(200).extract().path("version");
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"version\":" + version + ",\"days\":[{\"date\":\"2027-09-03\",\"kind\":\"DAY_OFF\",\"name\":\"Nghỉ Quốc khánh\"}]}")
                .when().put("/api/v1/calendar/working-days/2027")
                .then().statusCode(200).body("days.date", equalTo(List.of("2027-09-03")));
        calendars.seedMissingYears();
        given().header("Authorization", admin()).when().get("/api/v1/calendar/working-days/2027")
                .then().statusCode(200)
                .body("edited", equalTo(true))
                .body("days.date", equalTo(List.of("2027-09-03")));
        // a stale version
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"version\":" + version + ",\"days\":[]}")
                .when().put("/api/v1/calendar/working-days/2027")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo(version + 1));
    }

    @Test
    void aNewDayOffMovesTheWaitingReminderStepsToTheWorkingDayBefore() throws Exception {
        Commune c = Commune.create();
        Commune.Person user = c.unitUser();
        Events.userUpserted(user).send().awaitProcessed();
        Events.Period period = Events.period(c, Events.todayInVietnam().plusDays(30), c.village());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();
        java.util.UUID deadline = Db.deadlineId(period, c.village());
        String where = " from scheduled_reminder where deadline_id = '" + deadline + "' and step = 'BEFORE_14' and recipient_id = '"
                + user.id() + "'";
        java.time.LocalDate day = java.time.LocalDate.parse(Db.text("select step_date::text" + where));
        int year = day.getYear();

        // the administrator declares that (working) day a day off, keeping the year's other days
        io.restassured.path.json.JsonPath current = given().header("Authorization", admin())
                .when().get("/api/v1/calendar/working-days/" + year).then().statusCode(200).extract().jsonPath();
        List<java.util.Map<String, Object>> days = new java.util.ArrayList<>(current.getList("days"));
        days.add(java.util.Map.of("date", day.toString(), "kind", "DAY_OFF", "name", "Nghỉ đột xuất"));
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of("days", days));
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/calendar/working-days/" + year)
                .then().statusCode(200);

        java.time.LocalDate before = vn.thiduaso.platform.calendar.DefaultCalendar.calendar().onOrBefore(day.minusDays(1));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> before.toString().equals(Db.text("select step_date::text" + where)));
        assertEquals("SCHEDULED", Db.text("select status" + where));
        assertEquals(before.atTime(8, 0).atZone(vn.thiduaso.platform.time.VietnamTime.ZONE).toInstant().getEpochSecond(),
                Db.count("select extract(epoch from fire_at)::bigint" + where));
    }

    @Test
    void pointlessOrMisplacedDaysAre400NamingTheFieldAndNothingChanges() {
        String before = Db.text("select string_agg(day::text || kind || name, ',' order by day) from working_calendar_day where year = 2026");
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"days\":[{\"date\":\"2026-02-16\",\"kind\":\"DAY_OFF\",\"name\":\"Tết\"},"
                        + "{\"date\":\"2026-12-05\",\"kind\":\"DAY_OFF\",\"name\":\"Thứ Bảy\"}]}")
                .when().put("/api/v1/calendar/working-days/2026")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("days[1].kind")));
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"days\":[{\"date\":\"2026-12-03\",\"kind\":\"WORKING_DAY\",\"name\":\"Thứ Năm\"}]}")
                .when().put("/api/v1/calendar/working-days/2026")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("days[0].kind")));
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"days\":[{\"date\":\"2027-01-01\",\"kind\":\"DAY_OFF\",\"name\":\"Năm sau\"},"
                        + "{\"date\":\"2026-09-02\",\"kind\":\"DAY_OFF\",\"name\":\"Quốc khánh\"},"
                        + "{\"date\":\"2026-09-02\",\"kind\":\"DAY_OFF\",\"name\":\"Lặp\"}]}")
                .when().put("/api/v1/calendar/working-days/2026")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("days[0].date", "days[2].date")));
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"days\":[{\"date\":\"02/09/2026\",\"kind\":\"DAY_OFF\",\"name\":\"x\"}]}")
                .when().put("/api/v1/calendar/working-days/2026")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("days[0].date")));
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"days\":[{\"date\":\"2026-09-02\",\"kind\":\"HOLIDAY\",\"name\":\"\"}]}")
                .when().put("/api/v1/calendar/working-days/2026")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("days[0].kind", "days[0].name")));
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"days\":[]}")
                .when().put("/api/v1/calendar/working-days/1890")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("year")));
        given().header("Authorization", admin())
                .when().get("/api/v1/calendar/working-days/hai-nghin")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("year")));
        assertEquals(before, Db.text("select string_agg(day::text || kind || name, ',' order by day) from working_calendar_day where year = 2026"));
    }

    @Test
    void onlyAnAdministratorEditsAndEveryoneMustSignIn() {
        Commune c = Commune.create();
        String body = "{\"days\":[]}";
        for (String token : List.of(c.officeToken(), c.unitToken(c.village()), c.boardToken(), c.councilToken())) {
            given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/calendar/working-days/2026")
                    .then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/calendar/working-days/2026")
                .then().statusCode(401);
        given().when().get("/api/v1/calendar/working-days/2026").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", c.officeToken()).when().get("/api/v1/calendar/working-days/2029")
                .then().statusCode(200).body("edited", equalTo(false));
    }
}
