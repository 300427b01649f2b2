package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import vn.thiduaso.notification.Commune.Person;
import vn.thiduaso.notification.Events.Period;

/** The iCalendar feed: a secret URL per user, the deadlines of their scope, RFC 5545 read back with ical4j. */
@QuarkusTest
class CalendarFeedTest {

    private static String path(String url) {
        return url.substring(url.indexOf("/api/v1/calendar/"));
    }

    @Test
    void theFeedHasOneAllDayEventPerDeadlineOfTheScopeValidForCalendarClients() throws Exception {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Period period = new Period(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), "150/KH-UBND",
                "Kế hoạch tổ chức Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số”, giai đoạn 2025–2030; "
                        + c.key(),
                "Báo cáo kết quả thực hiện Phong trào thi đua năm 2026, có số liệu; minh chứng " + c.key(), c.office(),
                Events.todayInVietnam().plusDays(20), List.of(c.village()));
        Period other = Events.period(c, Events.todayInVietnam().plusDays(30), c.otherVillage());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();
        Events.periodOpened(other, c.communePath()).send().awaitProcessed();

        String url = given().header("Authorization", user.token(c))
                .when().get("/api/v1/preferences/calendar")
                .then().statusCode(200)
                .body("url", startsWith("http://127.0.0.1:8080/api/v1/calendar/"))
                .extract().path("url");
        // the same link the next time
        given().header("Authorization", user.token(c)).when().get("/api/v1/preferences/calendar")
                .then().statusCode(200).body("url", equalTo(url));

        Response feed = given().when().get(path(url)); // no login: the token is the secret
        feed.then().statusCode(200).contentType(startsWith("text/calendar"));
        byte[] bytes = feed.asByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        // CRLF everywhere, no line over 75 octets, folded lines start with a space
        assertFalse(text.replace("\r\n", "").contains("\n"), "bare LF");
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        boolean folded = false;
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "too long: " + line);
            folded |= line.startsWith(" ");
        }
        assertTrue(folded, "long Vietnamese titles are folded");

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        assertEquals("2.0", calendar.getProperty(Property.VERSION).map(Property::getValue).orElse(null));
        assertTrue(calendar.getProperty(Property.PRODID).isPresent());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size(), "only the unit's own deadline");
        VEvent event = events.get(0);
        String deadlineId = Db.deadlineId(period, c.village()).toString();
        assertEquals(deadlineId + "@thiduaso", event.getUid().map(Property::getValue).orElse(null));
        // "trước ngày dd/MM": the event is on the last day to submit
        LocalDate lastDay = period.dueDate().minusDays(1);
        assertEquals(lastDay.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                event.getProperty(Property.DTSTART).map(Property::getValue).orElse(null));
        assertTrue(event.getProperty(Property.DTSTART).get().toString().contains("VALUE=DATE"));
        String summary = event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
        assertEquals("Hạn nộp báo cáo: " + period.title() + " — " + c.village().name(), summary);
        String description = event.getProperty(Property.DESCRIPTION).map(Property::getValue).orElse("");
        assertTrue(description.startsWith("Kế hoạch: " + period.planTitle() + " (số 150/KH-UBND)\nĐơn vị: "), description);
        assertTrue(description.contains("\nThời hạn: trước ngày " + period.dueDateText()), description);
        // commas and semicolons of the titles travel escaped and come back intact
        assertTrue(text.contains("năm 2026\\, có số liệu\\; minh chứng"), text);
        List<VAlarm> alarms = event.getAlarms();
        assertEquals(1, alarms.size());
        assertEquals("DISPLAY", alarms.get(0).getProperty(Property.ACTION).map(Property::getValue).orElse(null));
        assertEquals("-PT16H", alarms.get(0).getProperty(Property.TRIGGER).map(Property::getValue).orElse(null));

        // the office's feed shows every deadline of the commune
        Person office = c.person("office", "Đỗ Thị Hương", c.office());
        String officeUrl = given().header("Authorization", office.token(c)).when().get("/api/v1/preferences/calendar")
                .then().statusCode(200).extract().path("url");
        Calendar officeCalendar = new CalendarBuilder().build(new StringReader(given().get(path(officeUrl)).asString()));
        assertEquals(2, officeCalendar.getComponents("VEVENT").size());
    }

    @Test
    void regeneratingTheLinkRetiresTheOldOneAndUnknownTokensAre404() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        String old = given().header("Authorization", user.token(c)).when().get("/api/v1/preferences/calendar")
                .then().statusCode(200).extract().path("url");
        given().when().get(path(old)).then().statusCode(200);

        String fresh = given().header("Authorization", user.token(c))
                .when().post("/api/v1/preferences/calendar/regenerate")
                .then().statusCode(200).extract().path("url");
        assertNotEquals(old, fresh);
        given().when().get(path(old)).then().statusCode(404).contentType("application/problem+json");
        given().when().get(path(fresh)).then().statusCode(200);
        given().when().get("/api/v1/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics").then().statusCode(404);
        // the link itself needs a login
        given().when().get("/api/v1/preferences/calendar").then().statusCode(401).contentType("application/problem+json");
        given().when().post("/api/v1/preferences/calendar/regenerate").then().statusCode(401);
        Optional<String> none = Optional.ofNullable(Db.text("select token from calendar_feed where token = '"
                + old.substring(old.lastIndexOf('/') + 1).replace(".ics", "") + "'"));
        assertTrue(none.isEmpty());
        assertNotNull(Db.text("select token from calendar_feed where user_id = '" + user.id() + "'"));
    }
}
