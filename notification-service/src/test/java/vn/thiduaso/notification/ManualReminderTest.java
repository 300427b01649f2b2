package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.notification.Commune.Person;
import vn.thiduaso.notification.Events.Period;
import vn.thiduaso.platform.test.TestMail;
import vn.thiduaso.platform.test.Tokens;

/** POST /api/v1/deadlines/remind: the office's "one click to remind", once per unit and day, in scope only. */
@QuarkusTest
class ManualReminderTest {

    private static String body(Period p, Commune.Unit... units) {
        StringBuilder ids = new StringBuilder();
        for (Commune.Unit u : units) {
            ids.append(ids.length() == 0 ? "" : ",").append('"').append(u.id()).append('"');
        }
        return "{\"periodId\":\"" + p.periodId() + "\",\"unitIds\":[" + ids + "]}";
    }

    @Test
    void theOfficeRemindsTheUnitsThatHaveNotReportedOncePerDay() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Person other = c.person("unit", "Vũ Thị Xuân", c.otherVillage());
        Events.userUpserted(user).send().awaitProcessed();
        Events.userUpserted(other).send().awaitProcessed();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(400), c.village(), c.otherVillage());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();
        Events.reportSubmitted(period, c.otherVillage(), false).send().awaitProcessed();

        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(body(period, c.village(), c.otherVillage()))
                .when().post("/api/v1/deadlines/remind")
                .then().statusCode(200)
                .body("results.unitId", equalTo(List.of(c.village().id().toString(), c.otherVillage().id().toString())))
                .body("results.outcome", equalTo(List.of("REMINDED", "NOT_OPEN")))
                .body("results[0].recipients", equalTo(1))
                .body("results[0].unitName", equalTo(c.village().name()));

        MimeMessage mail = Mails.awaitOne(user.email());
        assertEquals("[Thi đua Số] Đề nghị nộp báo cáo: " + period.title() + " — trước ngày " + period.dueDateText(),
                Mails.subject(mail));
        String text = Mails.text(mail);
        assertTrue(text.contains("Phòng Văn hóa - Xã hội đề nghị " + c.village().name() + " nộp báo cáo:"), text);
        assertTrue(text.contains("Thời hạn:  trước ngày " + period.dueDateText()), text);
        // a second click the same day changes nothing
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(body(period, c.village()))
                .when().post("/api/v1/deadlines/remind")
                .then().statusCode(200)
                .body("results[0].outcome", equalTo("ALREADY_REMINDED_TODAY"))
                .body("results[0].recipients", equalTo(0));
        Mails.assertStaysAt(user.email(), 1, Duration.ofSeconds(3));
        assertEquals(0, TestMail.messagesTo(other.email()).size(), "the unit that reported is not reminded");
        given().header("Authorization", user.token(c))
                .when().get("/api/v1/inbox")
                .then().statusCode(200)
                .body("items[0].kind", equalTo("MANUAL_REMINDER"))
                .body("items[0].body", equalTo("Phòng Văn hóa - Xã hội đề nghị " + c.village().name()
                        + " nộp báo cáo trước ngày " + period.dueDateText() + "."));
    }

    @Test
    void onlyTheOfficeOrAnAdministratorOfTheCommuneMayRemind() {
        Commune c = Commune.create();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(30), c.village());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();

        given().header("Authorization", c.unitToken(c.village())).contentType(ContentType.JSON)
                .body(body(period, c.village()))
                .when().post("/api/v1/deadlines/remind")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.role("leader").unit(c.communeId(), c.communePath()).bearer())
                .contentType(ContentType.JSON).body(body(period, c.village()))
                .when().post("/api/v1/deadlines/remind")
                .then().statusCode(403);
        // another commune's office
        given().header("Authorization", Commune.create().officeToken()).contentType(ContentType.JSON)
                .body(body(period, c.village()))
                .when().post("/api/v1/deadlines/remind")
                .then().statusCode(404)
                .body("detail", equalTo("Không tìm thấy kỳ báo cáo này / unknown reporting period"));
        given().contentType(ContentType.JSON).body(body(period, c.village()))
                .when().post("/api/v1/deadlines/remind")
                .then().statusCode(401)
                .contentType("application/problem+json");
        assertEquals(0, Db.count("select count(*) from manual_reminder m join deadline d on d.id = m.deadline_id"
                + " where d.period_id = '" + period.periodId() + "'"));
        given().header("Authorization", Tokens.role("admin").bearer()).contentType(ContentType.JSON)
                .body(body(period, c.village()))
                .when().post("/api/v1/deadlines/remind")
                .then().statusCode(200)
                .body("results[0].outcome", equalTo("NO_RECIPIENTS"));
    }

    @Test
    void badInputIs400NamingTheFieldAndNothingIsSent() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Events.userUpserted(user).send().awaitProcessed();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(400), c.village());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();

        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body("{\"unitIds\":[\"" + c.village().id() + "\"]}")
                .when().post("/api/v1/deadlines/remind")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("periodId")));
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body("{\"periodId\":\"" + period.periodId() + "\",\"unitIds\":[]}")
                .when().post("/api/v1/deadlines/remind")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("unitIds")));
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body("{\"periodId\":\"" + period.periodId() + "\",\"unitIds\":[\"thon-1\"]}")
                .when().post("/api/v1/deadlines/remind")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("unitIds[0]")));
        // a unit that does not report in the period, after one that does: nothing is sent to either
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(body(period, c.village(), c.otherVillage()))
                .when().post("/api/v1/deadlines/remind")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("unitIds[1]")));
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body("{\"periodId\":\"" + UUID.randomUUID() + "\",\"unitIds\":[\"" + c.village().id() + "\"]}")
                .when().post("/api/v1/deadlines/remind")
                .then().statusCode(404)
                .contentType("application/problem+json");
        Mails.assertStaysAt(user.email(), 0, Duration.ofSeconds(2)); // (400 days ahead: not even announced)
        assertEquals(0, Db.count("select count(*) from manual_reminder m join deadline d on d.id = m.deadline_id"
                + " where d.period_id = '" + period.periodId() + "'"));
    }
}
