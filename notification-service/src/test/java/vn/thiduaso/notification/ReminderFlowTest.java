package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.notification.Commune.Person;
import vn.thiduaso.notification.Events.Period;
import vn.thiduaso.notification.service.DigestService;
import vn.thiduaso.notification.service.ReminderDispatcher;
import vn.thiduaso.platform.test.TestMail;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * The reminder ladder end to end: events on the real {@code reports} topic, rows planned in
 * PostgreSQL, claims, real SMTP mails read back from GreenMail. Most tests hand the dispatcher an
 * explicit "now" (a later day) so that the running scheduler, on real time, never touches their
 * rows; the clock-jump test moves the service's clock and lets the scheduler itself do the work.
 */
@QuarkusTest
class ReminderFlowTest {

    @Inject
    ReminderDispatcher dispatcher;

    @Inject
    DigestService digests;

    @Inject
    TestClock clock;

    private static List<MimeMessage> mailsTo(String address, String subjectPart) {
        return TestMail.messagesTo(address).stream().filter(m -> Mails.subject(m).contains(subjectPart)).toList();
    }

    private static MimeMessage awaitMail(String address, String subjectPart) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(address, subjectPart).isEmpty());
        return mailsTo(address, subjectPart).get(0);
    }

    private void dispatchAll(Instant now) {
        while (dispatcher.dispatchDue(now, 200) > 0) {
            // until nothing is due at that moment
        }
    }

    @Test
    void remindersFollowTheLadderInVietnameseAndStopWhenTheReportIsSubmitted() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Person office = c.person("office", "Đỗ Thị Hương", c.office());
        Events.userUpserted(user).send().awaitProcessed();
        Events.userUpserted(office).send().awaitProcessed();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(10), c.village());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();
        UUID deadline = Db.deadlineId(period, c.village());

        // the ladder is planned from now on: 14 days before is already past, 7 days before is not
        assertEquals(0, Db.count("select count(*) from scheduled_reminder where deadline_id = '" + deadline
                + "' and step = 'BEFORE_14'"));
        assertEquals(1, Db.count("select count(*) from scheduled_reminder where deadline_id = '" + deadline
                + "' and step = 'DUE' and recipient_id = '" + user.id() + "' and status = 'SCHEDULED'"));
        assertTrue(Db.count("select count(*) from scheduled_reminder where deadline_id = '" + deadline
                + "' and kind = 'ESCALATION' and recipient_id = '" + office.id() + "'") > 0, "the office is escalated to");
        assertEquals(0, Db.count("select count(*) from scheduled_reminder where deadline_id = '" + deadline
                + "' and kind <> 'ESCALATION' and recipient_id = '" + office.id() + "'"));

        String step = Db.firstStep(deadline, user.id(), "REMINDER");
        Instant fireAt = Db.fireAt(deadline, step, user.id());
        assertEquals(java.time.LocalTime.of(8, 0), fireAt.atZone(VietnamTime.ZONE).toLocalTime());
        dispatchAll(fireAt.plus(1, ChronoUnit.MINUTES));

        long daysLeft = ChronoUnit.DAYS.between(VietnamTime.dateOf(fireAt), period.dueDate());
        MimeMessage mail = awaitMail(user.email(), "Nhắc hạn");
        String subject = Mails.subject(mail);
        assertEquals("[Thi đua Số] Nhắc hạn: " + period.title() + " — còn " + daysLeft + " ngày (trước ngày "
                + period.dueDateText() + ")", subject);
        String text = Mails.text(mail);
        String requirement = Db.text("select requirement_id from deadline where id = '" + deadline + "'");
        assertTrue(text.startsWith("Kính gửi Lê Thị Ánh,"), text);
        assertTrue(text.contains("còn " + daysLeft + " ngày đến hạn nộp báo cáo"), text);
        assertTrue(text.contains("Kế hoạch:  " + period.planTitle() + " (số 150/KH-UBND)"), text);
        assertTrue(text.contains("Thời hạn:  trước ngày " + period.dueDateText() + " (ngày cuối: "
                + VietnamTime.DATE.format(period.dueDate().minusDays(1)) + ")"), text);
        assertTrue(text.contains("http://127.0.0.1:8080/reports/requirements/" + requirement), text);
        assertTrue(text.indexOf("Dear Lê Thị Ánh,") > text.indexOf("Trân trọng"), "English after Vietnamese");
        String html = Mails.html(mail);
        assertNotNull(html);
        assertTrue(html.contains("<html lang=\"vi\">") && html.contains("href=\"http://127.0.0.1:8080/reports/requirements/"
                + requirement + "\""), html);
        assertEquals("SENT", Db.text("select status from scheduled_reminder where deadline_id = '" + deadline
                + "' and step = '" + step + "' and recipient_id = '" + user.id() + "'"));

        // the inbox has the announcement and the reminder
        given().header("Authorization", user.token(c))
                .when().get("/api/v1/inbox")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].kind", equalTo("REMINDER"))
                .body("items[0].title", equalTo(subject))
                .body("items[0].read", equalTo(false))
                .body("items.kind", hasItem("DEADLINE_ANNOUNCEMENT"));

        // the unit submits: nothing more, even long after the deadline
        Events.reportSubmitted(period, c.village(), false).send().awaitProcessed();
        assertEquals(0, Db.rows(deadline, "SCHEDULED"));
        assertTrue(Db.rows(deadline, "CANCELLED") > 0);
        given().header("Authorization", user.token(c))
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("items[0].status", equalTo("SUBMITTED"))
                .body("items[0].state", equalTo("SUBMITTED"))
                .body("items[0].late", equalTo(false));
        int before = TestMail.messagesTo(user.email()).size();
        dispatchAll(period.dueAt().plus(20, ChronoUnit.DAYS));
        Mails.assertStaysAt(user.email(), before, Duration.ofSeconds(3));
        assertEquals(0, TestMail.messagesTo(office.email()).size(), "no escalation for a submitted report");
    }

    @Test
    void twoClaimersAtOnceAndACrashedClaimSendEachDueReminderExactlyOnce() throws Exception {
        Commune c = Commune.create();
        List<Person> users = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Person p = c.person("unit", "Người dùng số " + i, c.village());
            users.add(p);
            Events.userUpserted(p).send();
        }
        Events.userUpserted(users.get(users.size() - 1)).send().awaitProcessed();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(30), c.village());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();
        UUID deadline = Db.deadlineId(period, c.village());
        await().atMost(Duration.ofSeconds(20)).until(() -> Db.count("select count(*) from scheduled_reminder where deadline_id = '"
                + deadline + "' and step = 'BEFORE_14'") == 12);
        Instant now = Db.fireAt(deadline, "BEFORE_14", users.get(0).id()).plus(1, ChronoUnit.MINUTES);

        // an instance that claims the rows and dies before its commit leaves them for the next claimer
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                dispatcher.dispatchDue(now, 500);
                throw new IllegalStateException("simulated crash before commit");
            });
        } catch (RuntimeException expected) {
            // the transaction rolled back
            assertTrue(String.valueOf(expected.getMessage()).contains("simulated crash")
                    || String.valueOf(expected.getCause()).contains("simulated crash"), String.valueOf(expected));
        }
        assertEquals(12, Db.count("select count(*) from scheduled_reminder where deadline_id = '" + deadline
                + "' and step = 'BEFORE_14' and status = 'SCHEDULED'"));

        // two claimers at the same moment, small batches so that they interleave
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Integer> claimed = new ConcurrentLinkedQueue<>();
        try {
            List<Future<?>> claimers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                claimers.add(pool.submit(() -> {
                    start.await();
                    int n;
                    while ((n = dispatcher.dispatchDue(now, 2)) > 0) {
                        claimed.add(n);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : claimers) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(12, Db.count("select count(*) from scheduled_reminder where deadline_id = '" + deadline
                + "' and step = 'BEFORE_14' and status = 'SENT'"));
        assertEquals(12, Db.count("select count(*) from email_message m join scheduled_reminder r on r.id = m.source_id"
                + " where r.deadline_id = '" + deadline + "' and r.step = 'BEFORE_14'"));
        for (Person p : users) {
            awaitMail(p.email(), "Nhắc hạn");
        }
        for (Person p : users) {
            Mails.assertStaysAt(p.email(), 2, Duration.ofMillis(300)); // the announcement and one reminder
            assertEquals(1, Db.count("select count(*) from inbox_item where user_id = '" + p.id() + "' and kind = 'REMINDER'"));
        }
        // running the claim again (a restart at the same moment) finds nothing of theirs
        dispatchAll(now);
        Mails.assertStaysAt(users.get(0).email(), 2, Duration.ofSeconds(2));
    }

    @Test
    void aClockJumpSendsOnlyTheLatestMissedStepToEachRecipient() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Person office = c.person("office", "Đỗ Thị Hương", c.office());
        String mailbox = "thon." + c.key() + "@test.local";
        Events.unitUpserted(c.village(), mailbox, "Trần Văn Trưởng").send().awaitProcessed();
        Events.userUpserted(user).send().awaitProcessed();
        Events.userUpserted(office).send().awaitProcessed();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(5), c.village());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();
        UUID deadline = Db.deadlineId(period, c.village());
        Mails.awaitOne(user.email()); // the announcement

        // the service was stopped, or its clock jumps: it believes it is 09:00 of the 8th day after the last on-time day
        LocalDate lastDay = period.dueDate().minusDays(1);
        Instant jump = lastDay.plusDays(8).atTime(9, 0).atZone(VietnamTime.ZONE).toInstant();
        try {
            clock.jumpTo(jump);
            awaitMail(user.email(), "Quá hạn");
            awaitMail(office.email(), "chưa nộp báo cáo");
            awaitMail(mailbox, "chưa nộp báo cáo");
            Mails.assertStaysAt(user.email(), 2, Duration.ofSeconds(3));
        } finally {
            clock.reset();
        }
        assertEquals(1, TestMail.messagesTo(office.email()).size());
        assertEquals(1, TestMail.messagesTo(mailbox).size());
        // per recipient: the latest due step SENT, the earlier due ones SUPERSEDED, the later ones still waiting
        for (UUID recipient : List.of(user.id(), office.id(), c.village().id())) {
            String where = " from scheduled_reminder where deadline_id = '" + deadline + "' and recipient_id = '" + recipient + "'";
            assertEquals(1, Db.count("select count(*)" + where + " and status = 'SENT'"));
            assertEquals(Db.text("select step" + where + " and fire_at <= '" + jump + "' order by fire_at desc limit 1"),
                    Db.text("select step" + where + " and status = 'SENT'"));
            assertEquals(Db.count("select count(*)" + where + " and fire_at <= '" + jump + "'") - 1,
                    Db.count("select count(*)" + where + " and status = 'SUPERSEDED'"));
            assertEquals(0, Db.count("select count(*)" + where + " and fire_at > '" + jump + "' and status <> 'SCHEDULED'"));
        }
        MimeMessage overdue = mailsTo(user.email(), "Quá hạn").get(0);
        assertTrue(Mails.text(overdue).contains("đã QUÁ HẠN"), Mails.text(overdue));
        MimeMessage escalation = mailsTo(office.email(), "chưa nộp báo cáo").get(0);
        assertTrue(Mails.subject(escalation).startsWith("[Thi đua Số] " + c.village().name() + " chưa nộp báo cáo, quá hạn "),
                Mails.subject(escalation));
        assertTrue(Mails.text(escalation).contains("http://127.0.0.1:8080/reports/review"), Mails.text(escalation));
        assertTrue(Mails.text(mailsTo(mailbox, "chưa nộp").get(0)).startsWith("Kính gửi Trần Văn Trưởng (" + c.village().name() + "),"));
    }

    @Test
    void aReturnedReportMailsTheReasonAndTheNewDeadlineAndStartsANewLadder() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Events.userUpserted(user).send().awaitProcessed();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(10), c.village());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();
        UUID deadline = Db.deadlineId(period, c.village());
        Events.reportSubmitted(period, c.village(), false).send().awaitProcessed();
        assertEquals(0, Db.rows(deadline, "SCHEDULED"));

        LocalDate newDue = Events.todayInVietnam().plusDays(6);
        String reason = "Thiếu số liệu chỉ tiêu CT01; đề nghị bổ sung minh chứng, ảnh chụp";
        Events.reportReturned(period, c.village(), reason, newDue).send().awaitProcessed();

        MimeMessage mail = awaitMail(user.email(), "bị trả lại");
        String newDueText = VietnamTime.DATE.format(newDue);
        assertEquals("[Thi đua Số] Báo cáo bị trả lại: " + period.title() + " — gửi lại trước ngày " + newDueText,
                Mails.subject(mail));
        String text = Mails.text(mail);
        assertTrue(text.contains("Phòng Văn hóa - Xã hội đã trả lại báo cáo của " + c.village().name()), text);
        assertTrue(text.contains("Lý do:     " + reason), text);
        assertTrue(text.contains("Hạn mới:   trước ngày " + newDueText + " (ngày cuối: "
                + VietnamTime.DATE.format(newDue.minusDays(1)) + "), còn 6 ngày"), text);
        assertTrue(Mails.html(mail).contains("Thiếu số liệu chỉ tiêu CT01; đề nghị bổ sung minh chứng, ảnh chụp"));
        given().header("Authorization", user.token(c))
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].state", equalTo("DUE_SOON"))
                .body("items[0].daysLeft", equalTo(6))
                .body("items[0].dueDate", equalTo(newDue.toString()));
        assertTrue(Db.count("select count(*) from scheduled_reminder where deadline_id = '" + deadline
                + "' and cycle = 2 and status = 'SCHEDULED'") > 0, "a new ladder");
        assertEquals(0, Db.count("select count(*) from scheduled_reminder where deadline_id = '" + deadline
                + "' and cycle = 1 and status = 'SCHEDULED'"));
        given().header("Authorization", user.token(c))
                .when().get("/api/v1/inbox")
                .then().statusCode(200)
                .body("items[0].kind", equalTo("RETURNED"))
                .body("items[0].body", equalTo("Báo cáo bị trả lại: " + reason + ". Gửi lại trước ngày " + newDueText + "."));

        // accepted, then reopened with a reason
        Events.reportSubmitted(period, c.village(), false).send().awaitProcessed();
        Events.reportAccepted(period, c.village()).send().awaitProcessed();
        given().header("Authorization", user.token(c)).when().get("/api/v1/deadlines")
                .then().statusCode(200).body("items[0].state", equalTo("ACCEPTED"));
        Events.reportReopened(period, c.village(), "Số liệu CT02 chưa khớp", newDue.plusDays(2)).send().awaitProcessed();
        MimeMessage reopened = awaitMail(user.email(), "mở lại");
        assertTrue(Mails.text(reopened).contains("đã mở lại báo cáo đã tiếp nhận của " + c.village().name()));
        assertTrue(Db.count("select count(*) from scheduled_reminder where deadline_id = '" + deadline
                + "' and cycle = 3 and status = 'SCHEDULED'") > 0);
    }

    @Test
    void anExtensionMovesOneUnitsDeadlineMarksItExtendedAndReschedules() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Events.userUpserted(user).send().awaitProcessed();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(20), c.village(), c.otherVillage());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();
        UUID deadline = Db.deadlineId(period, c.village());
        Instant oldDue = Db.fireAt(deadline, "DUE", user.id());

        LocalDate extended = Events.todayInVietnam().plusDays(40);
        Events.deadlineExtended(period, extended, false, List.of(c.village()), c.communePath()).send().awaitProcessed();

        given().header("Authorization", c.officeToken())
                .queryParam("unitId", c.village().id().toString())
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("items[0].dueDate", equalTo(extended.toString()))
                .body("items[0].extended", equalTo(true))
                .body("items[0].state", equalTo("NOT_YET_DUE"));
        given().header("Authorization", c.officeToken())
                .queryParam("unitId", c.otherVillage().id().toString())
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("items[0].dueDate", equalTo(period.dueDate().toString()))
                .body("items[0].extended", equalTo(false));
        assertEquals("CANCELLED", Db.text("select status from scheduled_reminder where deadline_id = '" + deadline
                + "' and cycle = 1 and step = 'DUE'"));
        Instant newDue = Instant.ofEpochSecond(Db.count("select extract(epoch from fire_at)::bigint from scheduled_reminder"
                + " where deadline_id = '" + deadline + "' and cycle = 2 and step = 'DUE' and recipient_id = '" + user.id() + "'"));
        assertTrue(newDue.isAfter(oldDue.plus(15, ChronoUnit.DAYS)), newDue + " vs " + oldDue);
    }

    @Test
    void theStateFollowsTimeAndEvents() {
        Commune c = Commune.create();
        LocalDate today = Events.todayInVietnam();
        Period past = Events.period(c, today.minusDays(3), c.village());
        Period soon = Events.period(c, today.plusDays(5), c.village());
        Period later = Events.period(c, today.plusDays(30), c.village());
        Commune.Unit commune = new Commune.Unit(c.communeId(), c.communePath(), "UBND xã " + c.key());
        Period secondHop = Events.period(c, today.plusDays(12), commune);
        for (Period p : List.of(past, soon, later, secondHop)) {
            Events.periodOpened(p, c.communePath()).send().awaitProcessed();
        }
        given().header("Authorization", c.unitToken(c.village()))
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("items.state", equalTo(List.of("OVERDUE", "DUE_SOON", "NOT_YET_DUE")))
                .body("items.daysLeft", equalTo(List.of(-3, 5, 30)))
                .body("items.lastDay", equalTo(List.of(today.minusDays(4).toString(), today.plusDays(4).toString(),
                        today.plusDays(29).toString())));
        // the commune sends its consolidated report to the board: its own (second-hop) deadline is met
        Events.consolidatedSubmitted(UUID.randomUUID(), secondHop, commune).send().awaitProcessed();
        given().header("Authorization", c.officeToken())
                .queryParam("unitId", c.communeId().toString())
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("items[0].state", equalTo("SUBMITTED"));
        // an event about a deadline this service never heard of changes nothing (and is not a dead letter)
        Period unknown = Events.period(c, today.plusDays(9), c.otherVillage());
        Events.reportSubmitted(unknown, c.otherVillage(), true).send().awaitProcessed();
    }

    @Test
    void aDigestUserGetsOneMailADayListingTheDaysNotifications() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"delivery\":\"DIGEST\",\"language\":\"vi\"}")
                .when().put("/api/v1/preferences").then().statusCode(200);
        Events.userUpserted(user).send().awaitProcessed();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(20), c.village());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();
        UUID deadline = Db.deadlineId(period, c.village());
        Instant reminderAt = Db.fireAt(deadline, "BEFORE_14", user.id());
        dispatchAll(reminderAt.plus(1, ChronoUnit.MINUTES));
        // neither the announcement nor the reminder is mailed one by one
        Mails.assertStaysAt(user.email(), 0, Duration.ofSeconds(2));
        assertEquals(2, Db.count("select count(*) from inbox_item where user_id = '" + user.id() + "' and digest_pending"));

        Instant morning = reminderAt.plus(5, ChronoUnit.MINUTES);
        while (digests.sendDue(morning, 200) > 0) {
            // every waiting user of that morning
        }
        MimeMessage digest = awaitMail(user.email(), "Tổng hợp thông báo");
        String day = VietnamTime.DATE.format(VietnamTime.dateOf(morning));
        assertEquals("[Thi đua Số] Tổng hợp thông báo ngày " + day + ": 2 thông báo", Mails.subject(digest));
        String text = Mails.text(digest);
        assertTrue(text.contains("1. [Thi đua Số] Hạn báo cáo: " + period.title()), text);
        assertTrue(text.contains("2. [Thi đua Số] Nhắc hạn: " + period.title() + " — còn 14 ngày")
                || text.contains("2. [Thi đua Số] Nhắc hạn: " + period.title()), text);
        assertTrue(text.contains("http://127.0.0.1:8080/inbox"), text);
        // once a day: a second pass that morning sends nothing more
        digests.sendDue(morning.plus(2, ChronoUnit.HOURS), 200);
        Mails.assertStaysAt(user.email(), 1, Duration.ofSeconds(2));
        assertEquals(0, Db.count("select count(*) from inbox_item where user_id = '" + user.id() + "' and digest_pending"));
    }

    @Test
    void englishFirstUsersGetEnglishFirstReminders() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        given().header("Authorization", user.token(c)).contentType(ContentType.JSON)
                .body("{\"delivery\":\"EACH\",\"language\":\"en\"}")
                .when().put("/api/v1/preferences").then().statusCode(200);
        Events.userUpserted(user).send().awaitProcessed();
        Period period = Events.period(c, Events.todayInVietnam().plusDays(10), c.village());
        Events.periodOpened(period, c.communePath()).send().awaitProcessed();
        UUID deadline = Db.deadlineId(period, c.village());
        String step = Db.firstStep(deadline, user.id(), "REMINDER");
        Instant at = Db.fireAt(deadline, step, user.id());
        dispatchAll(at.plus(1, ChronoUnit.MINUTES));

        MimeMessage mail = awaitMail(user.email(), "Reminder");
        long daysLeft = ChronoUnit.DAYS.between(VietnamTime.dateOf(at), period.dueDate());
        assertEquals("[Thi đua Số] Reminder: " + period.title() + " — " + daysLeft + " days left (before "
                + period.dueDateText() + ")", Mails.subject(mail));
        String text = Mails.text(mail);
        assertTrue(text.startsWith("Dear Lê Thị Ánh,"), text);
        assertTrue(text.indexOf("Kính gửi Lê Thị Ánh,") > text.indexOf("Kind regards"), text);
    }
}
