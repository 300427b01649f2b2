package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.notification.Commune.Person;
import vn.thiduaso.notification.Events.Event;
import vn.thiduaso.notification.Events.Period;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestMail;

/** UserUpserted + ReportingPeriodOpened on the real topics → deadline → one real SMTP mail per unit user. */
@QuarkusTest
class DeadlineAnnouncementTest {

    private static final Duration QUIET = Duration.ofSeconds(5);

    @Test
    void userThenPeriodGivesADeadlineAndOneVietnameseMailToTheUnitUser() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Events.userUpserted(user).send().awaitProcessed();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(14), c.village());
        Events.periodOpened(period, c.communePath()).send();

        MimeMessage mail = Mails.awaitOne(user.email());
        String subject = Mails.subject(mail);
        assertTrue(subject.startsWith("[Thi đua Số] Hạn báo cáo: " + period.title()), subject);
        assertTrue(subject.endsWith("trước ngày " + period.dueDateText()), subject);
        assertEquals("Thi đua Số", Mails.fromName(mail));
        String text = Mails.text(mail);
        assertNotNull(text, "a text/plain part");
        assertTrue(text.startsWith("Kính gửi Lê Thị Ánh,"), text);
        assertTrue(text.contains(period.planTitle() + " (số 150/KH-UBND)"), text);
        assertTrue(text.contains(c.village().name()), text);
        assertTrue(text.contains("gửi về Phòng Văn hóa - Xã hội"), text);
        assertTrue(text.contains("trước ngày " + period.dueDateText() + " (00:00, giờ Việt Nam)"), text);
        assertTrue(text.contains("nộp trên hệ thống Thi đua Số"), text);
        // Vietnamese first, then English
        int english = text.indexOf("Dear Lê Thị Ánh,");
        assertTrue(english > text.indexOf("Trân trọng"), text);
        assertTrue(text.contains("before " + period.dueDateText() + " (00:00, Vietnam time)"), text);
        String html = Mails.html(mail);
        assertNotNull(html, "an HTML alternative");
        assertTrue(html.contains("<html lang=\"vi\">") && html.contains(c.village().name()), html);

        // the unit's focal officer sees the deadline…
        given().header("Authorization", user.token(c))
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].periodId", equalTo(period.periodId().toString()))
                .body("items[0].planId", equalTo(period.planId().toString()))
                .body("items[0].planTitle", equalTo(period.planTitle()))
                .body("items[0].title", equalTo(period.title()))
                .body("items[0].unitId", equalTo(c.village().id().toString()))
                .body("items[0].unitName", equalTo(c.village().name()))
                .body("items[0].unitPath", equalTo(c.village().path()))
                .body("items[0].recipientUnitName", equalTo("Phòng Văn hóa - Xã hội"))
                .body("items[0].dueAt", equalTo(period.dueAt().toString()))
                .body("items[0].dueDate", equalTo(period.dueDate().toString()))
                .body("items[0].status", equalTo("OPEN"));
        // …and the delivery log shows the mail as sent
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", user.token(c))
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].recipient", equalTo(user.email()))
                .body("items[0].subject", equalTo(subject))
                .body("items[0].status", equalTo("SENT"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].sentAt", notNullValue()));
    }

    @Test
    void periodBeforeUserStillMailsTheUserExactlyOnce() {
        Commune c = Commune.create();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(15), c.village());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/deadlines")
                .then().statusCode(200).body("total", equalTo(1));

        Person user = c.unitUser();
        Events.userUpserted(user).send();

        MimeMessage mail = Mails.awaitOne(user.email());
        assertTrue(Mails.subject(mail).contains("Hạn báo cáo: " + period.title()));
        assertTrue(Mails.text(mail).contains("trước ngày " + period.dueDateText()));
        Mails.assertStaysAt(user.email(), 1, QUIET);
    }

    @Test
    void redeliveredAndRepublishedEventsChangeNothing() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Event userEvent = Events.userUpserted(user).send();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(16), c.village());
        Event periodEvent = Events.periodOpened(period, c.communePath()).send();
        Mails.awaitOne(user.email());

        // the same records again (same eventIds), then the same facts published again under new eventIds
        userEvent.send();
        periodEvent.send();
        userEvent.send();
        periodEvent.send();
        Events.userUpserted(user).send().awaitProcessed();
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();

        Mails.assertStaysAt(user.email(), 1, QUIET);
        assertEquals(1, TestDatabase.count(NotificationServiceTestEnvironment.DATABASE,
                "select count(*) from deadline where period_id = '" + period.periodId() + "'"));
        given().header("Authorization", user.token(c))
                .when().get("/api/v1/deadlines")
                .then().statusCode(200).body("total", equalTo(1));
        given().header("Authorization", user.token(c))
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void eventsOnBothTopicsArrivingTogetherStillMailEveryUserExactlyOnce() throws Exception {
        Commune c = Commune.create();
        List<Person> users = new ArrayList<>();
        List<Event> userEvents = new ArrayList<>();
        List<Event> periodEvents = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Commune.Unit village = new Commune.Unit(UUID.randomUUID(), c.communePath() + "/thon-" + i,
                    "Thôn Số " + i + " " + c.key());
            Person user = c.person("unit", "Hoàng Văn Đức", village);
            users.add(user);
            userEvents.add(Events.userUpserted(user));
            periodEvents.add(Events.periodOpened(Events.period(c, Events.todayInVietnam().plusDays(14 + i), village),
                    c.communePath()));
        }
        // both topics at once, from two threads: the service must not miss a user-deadline pair
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(() -> userEvents.forEach(Event::send));
            Future<?> b = pool.submit(() -> periodEvents.forEach(Event::send));
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        for (Person user : users) {
            assertTrue(Mails.text(Mails.awaitOne(user.email())).contains(user.unit().name()));
        }
        for (Person user : users) {
            Mails.assertStaysAt(user.email(), 1, Duration.ofMillis(500));
        }
        Mails.assertStaysAt(users.get(0).email(), 1, QUIET);
    }

    @Test
    void onlyActiveUsersOfTheResponsibleUnitWithAnAddressAreMailed() {
        Commune c = Commune.create();
        Person first = c.unitUser();
        Person second = c.person("unit", "Nguyễn Văn Bình", c.village());
        Person inactive = c.person("unit", "Trần Thị Cúc", c.village()).inactive();
        Person noAddress = c.person("unit", "Phạm Văn Dũng", c.village()).withEmail(null);
        Person office = c.person("office", "Đỗ Thị Hương", c.office());
        for (Person p : new Person[] { first, second, inactive, noAddress, office }) {
            Events.userUpserted(p).send();
        }
        Period period = Events.period(c, Events.todayInVietnam().plusDays(20), c.village());
        Events.periodOpened(period, c.communePath()).send();

        assertTrue(Mails.text(Mails.awaitOne(first.email())).startsWith("Kính gửi Lê Thị Ánh,"));
        assertTrue(Mails.text(Mails.awaitOne(second.email())).startsWith("Kính gửi Nguyễn Văn Bình,"));
        Mails.assertStaysAt(inactive.email(), 0, Duration.ofSeconds(3));
        assertEquals(0, TestMail.messagesTo(office.email()).size());
        // the office sees both mails of its commune in the delivery log; each unit user only their own
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", c.officeToken())
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(2)));
        given().header("Authorization", second.token(c))
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].recipient", equalTo(second.email()));
    }

    @Test
    void aDeactivatedUserGetsNoMailForLaterDeadlines() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Events.userUpserted(user).send().awaitProcessed();
        Events.userUpserted(user.inactive()).send().awaitProcessed();
        // an older state arriving late does not bring the user back (latest wins)
        Events.userUpserted(user, Instant.now().minusSeconds(3600)).send().awaitProcessed();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(14), c.village());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();

        Mails.assertStaysAt(user.email(), 0, QUIET);
        assertEquals(0, TestDatabase.count(NotificationServiceTestEnvironment.DATABASE,
                "select count(*) from email_message where recipient_user_id = '" + user.id() + "'"));
    }

    @Test
    void deadlinesInThePastOrBeyondTheWindowAreRecordedButNotAnnounced() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Events.userUpserted(user).send().awaitProcessed();
        Period past = Events.period(c, Events.todayInVietnam().minusDays(3), c.village());
        Period farAhead = Events.period(c, Events.todayInVietnam().plusDays(500), c.village());
        Period soon = Events.period(c, Events.todayInVietnam().plusDays(30), c.village());
        Events.periodOpened(past, c.communePath()).send();
        Events.periodOpened(farAhead, c.communePath()).send();
        Events.periodOpened(soon, c.communePath()).send();

        MimeMessage mail = Mails.awaitOne(user.email());
        assertTrue(Mails.subject(mail).contains(soon.dueDateText()), Mails.subject(mail));
        Mails.assertStaysAt(user.email(), 1, QUIET);
        given().header("Authorization", user.token(c))
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("total", equalTo(3))
                // soonest first
                .body("items.dueDate", equalTo(List.of(past.dueDate().toString(),
                        soon.dueDate().toString(), farAhead.dueDate().toString())));
    }

    @Test
    void aUserWhoTurnedEmailOffIsRecordedAsSkippedAndNotMailed() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"emailEnabled\":false,\"language\":\"vi\"}")
                .when().put("/api/v1/preferences")
                .then().statusCode(200).body("emailEnabled", equalTo(false));
        Events.userUpserted(user).send().awaitProcessed();
        Events.periodOpened(Events.period(c, Events.todayInVietnam().plusDays(10), c.village()), c.communePath())
                .send().awaitProcessed();

        given().header("Authorization", user.token(c))
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("SKIPPED"))
                .body("items[0].attempts", equalTo(0));
        Mails.assertStaysAt(user.email(), 0, QUIET);
    }

    @Test
    void englishAsFirstLanguagePutsEnglishFirst() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"emailEnabled\":true,\"language\":\"en\"}")
                .when().put("/api/v1/preferences")
                .then().statusCode(200).body("language", equalTo("en"));
        Events.userUpserted(user).send();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(12), c.village());
        Events.periodOpened(period, c.communePath()).send();

        MimeMessage mail = Mails.awaitOne(user.email());
        assertEquals("[Thi đua Số] Report due: " + period.title() + " — before " + period.dueDateText(),
                Mails.subject(mail));
        String text = Mails.text(mail);
        assertTrue(text.startsWith("Dear Lê Thị Ánh,"), text);
        assertTrue(text.indexOf("Kính gửi Lê Thị Ánh,") > text.indexOf("Kind regards"), text);
    }

    @Test
    void aMailTheServerCannotTakeIsRetriedThenMarkedFailed() {
        Commune c = Commune.create();
        Person user = c.unitUser().withEmail("khong co dia chi@@");
        Events.userUpserted(user).send().awaitProcessed();
        Events.periodOpened(Events.period(c, Events.todayInVietnam().plusDays(10), c.village()), c.communePath())
                .send();

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().header("Authorization", user.token(c))
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("FAILED"))
                .body("items[0].attempts", equalTo(5))
                .body("items[0].lastError", notNullValue())
                .body("items[0].sentAt", equalTo(null)));
    }
}
