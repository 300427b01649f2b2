package vn.thiduaso.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.notification.Awards.Nomination;
import vn.thiduaso.notification.Awards.Round;
import vn.thiduaso.notification.Commune.Person;
import vn.thiduaso.platform.test.TestMail;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * The awards topic: a round's nomination deadline per nominator unit on the report deadlines'
 * ladder, a ballot deadline per council member, and a mail + inbox item to the nominating unit at
 * every step of its nomination — each once, however often the event is delivered.
 */
@QuarkusTest
class AwardNotificationsTest {

    @Test
    void anOpenedRoundGivesEachNominatorUnitAnAnnouncedDeadlineOnTheReminderLadder() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Events.userUpserted(user).send().awaitProcessed();
        LocalDate deadline = Events.todayInVietnam().plusDays(20);
        Round round = Awards.round(deadline, c.village(), c.otherVillage());
        Awards.roundOpened(c, round).send().awaitProcessed();

        assertEquals(2, Db.count("select count(*) from deadline where period_id = '" + round.roundId()
                + "' and source = 'AWARD_NOMINATION' and status = 'OPEN'"));
        // nominations are taken to the end of the deadline's day: due at 00:00 of the next day, Vietnam time
        assertEquals(1, Db.count("select count(*) from deadline where period_id = '" + round.roundId()
                + "' and unit_id = '" + c.village().id() + "' and due_at = '" + VietnamTime.startOfDay(deadline.plusDays(1))
                + "' and recipient_unit_path = '" + c.communePath() + "'"));
        // the report ladder: 14, 7, 3, 1 days before and the last day, for the unit's user
        assertEquals(List.of("BEFORE_14", "BEFORE_7", "BEFORE_3", "BEFORE_1", "DUE"), steps(round.roundId(), c.village(),
                "REMINDER"));

        MimeMessage mail = awaitMail(user.email(), "Đợt xét khen thưởng");
        String lastDay = VietnamTime.DATE.format(deadline);
        assertEquals("[Thi đua Số] Đợt xét khen thưởng: " + round.title() + " — nộp hồ sơ đến hết ngày " + lastDay,
                Mails.subject(mail));
        String text = Mails.text(mail);
        assertTrue(text.startsWith("Kính gửi " + user.fullName() + ","), text);
        assertTrue(text.contains("Thời hạn:    đến hết ngày " + lastDay), text);
        assertTrue(text.contains("http://127.0.0.1:8080/awards/nominations/new?roundId=" + round.roundId()), text);
        assertTrue(text.indexOf("Kính gửi") < text.indexOf("Dear " + user.fullName()), "Vietnamese first, English second");
        given().header("Authorization", user.token(c)).when().get("/api/v1/deadlines").then().statusCode(200)
                .body("items.title", hasItem(round.title()));
    }

    @Test
    void aChangedRoundMovesTheLadderDropsAnUnlistedUnitAndAClosedRoundWithdrawsEverything() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Events.userUpserted(user).send().awaitProcessed();
        Round round = Awards.round(Events.todayInVietnam().plusDays(30), c.village(), c.otherVillage());
        Awards.roundOpened(c, round).send().awaitProcessed();
        UUID village = deadlineOf(round.roundId(), c.village());

        Round moved = new Round(round.roundId(), round.title(), Events.todayInVietnam().plusDays(10), List.of(c.village()));
        Awards.roundChanged(c, moved, "OPEN").send().awaitProcessed();
        assertEquals(1, Db.count("select count(*) from deadline where id = '" + village + "' and cycle = 2 and due_at = '"
                + VietnamTime.startOfDay(moved.nominationDeadline().plusDays(1)) + "'"));
        assertEquals(0, Db.count("select count(*) from scheduled_reminder where deadline_id = '" + village
                + "' and cycle = 1 and status = 'SCHEDULED'"), "the old ladder is superseded");
        assertTrue(Db.count("select count(*) from scheduled_reminder where deadline_id = '" + village
                + "' and cycle = 2 and status = 'SCHEDULED'") > 0, "a new ladder");
        assertEquals(1, Db.count("select count(*) from deadline where period_id = '" + round.roundId() + "' and unit_id = '"
                + c.otherVillage().id() + "' and status = 'WITHDRAWN'"));

        Awards.roundChanged(c, moved, "CLOSED").send().awaitProcessed();
        assertEquals(0, Db.count("select count(*) from deadline where period_id = '" + round.roundId()
                + "' and status = 'OPEN'"));
        assertEquals(0, Db.count("select count(*) from scheduled_reminder r join deadline d on d.id = r.deadline_id"
                + " where d.period_id = '" + round.roundId() + "' and r.status = 'SCHEDULED'"));
    }

    @Test
    void aSubmittedNominationSendsAReceiptToTheUnitAndTheCommuneOfficeAndStopsTheUnitsReminders() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Person office = c.person("office", "Nguyễn Thị Thu Hà", c.office());
        Person neighbour = c.person("unit", "Đỗ Văn Bình", c.otherVillage());
        for (Person p : List.of(user, office, neighbour)) {
            Events.userUpserted(p).send().awaitProcessed();
        }
        Round round = Awards.round(Events.todayInVietnam().plusDays(20), c.village(), c.otherVillage());
        Awards.roundOpened(c, round).send().awaitProcessed();
        UUID deadline = deadlineOf(round.roundId(), c.village());
        Nomination n = new Nomination(UUID.randomUUID(), round.roundId(), "Nguyễn Văn Toàn", c.village());

        Events.Event submitted = Awards.submitted(c, n, round.title()).send().awaitProcessed();
        MimeMessage receipt = awaitMail(user.email(), "Đã nhận hồ sơ");
        assertEquals("[Thi đua Số] Đã nhận hồ sơ đề nghị khen thưởng: Nguyễn Văn Toàn — " + Awards.FORM_NAME,
                Mails.subject(receipt));
        String text = Mails.text(receipt);
        assertTrue(text.contains("xác nhận đã nhận hồ sơ đề nghị khen thưởng của " + c.village().name()), text);
        assertTrue(text.contains("Đối tượng:   Nguyễn Văn Toàn (Cá nhân)"), text);
        assertTrue(text.contains("Đợt xét:     " + round.title()), text);
        assertTrue(text.contains("Bước tiếp theo: văn phòng sẽ tiếp nhận và thẩm định hồ sơ"), text);
        assertTrue(text.contains("Nominee:   Nguyễn Văn Toàn"), text);
        MimeMessage forOffice = awaitMail(office.email(), "Đã nhận hồ sơ");
        assertTrue(Mails.text(forOffice).contains("đã nhận hồ sơ đề nghị khen thưởng do " + c.village().name() + " gửi"));
        assertEquals(1, Db.count("select count(*) from deadline where id = '" + deadline + "' and status = 'SUBMITTED'"));
        assertEquals(0, Db.count("select count(*) from scheduled_reminder where deadline_id = '" + deadline
                + "' and status = 'SCHEDULED'"));
        // the other nominator unit still waits for its reminders; it got no receipt
        assertTrue(Db.count("select count(*) from scheduled_reminder r join deadline d on d.id = r.deadline_id"
                + " where d.period_id = '" + round.roundId() + "' and d.unit_id = '" + c.otherVillage().id()
                + "' and r.status = 'SCHEDULED'") > 0);
        given().header("Authorization", user.token(c)).when().get("/api/v1/inbox").then().statusCode(200)
                .body("items.kind", hasItem("NOMINATION_RECEIPT"));

        // redelivered: nobody is told twice (a later event of the same key proves the redelivery was read)
        submitted.send();
        Awards.returned(c, n, "Thiếu biên bản họp xét").send().awaitProcessed();
        assertEquals(1, mailsOf(user, "NOMINATION_RECEIPT"));
        assertEquals(1, mailsOf(office, "NOMINATION_RECEIPT"));
        assertEquals(0, Db.count("select count(*) from email_message where recipient_user_id = '" + neighbour.id()
                + "' and kind = 'NOMINATION_RECEIPT'"));
    }

    @Test
    void everyStepOfTheNominationMailsTheNominatingUnitWithTheNomineeTheFormAndWhatHappensNext() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        Events.userUpserted(user).send().awaitProcessed();
        Events.unitUpserted(c.village()).send().awaitProcessed();
        Commune.Unit board = new Commune.Unit(UUID.randomUUID(), c.cityPath() + "/ban-tdkt", "Ban Thi đua - Khen thưởng thành phố");
        Events.unitUpserted(board).send().awaitProcessed();
        Nomination n = new Nomination(UUID.randomUUID(), UUID.randomUUID(), "Trần Thị Mai Anh", c.village());

        Awards.returned(c, n, "Thiếu biên bản họp xét của đơn vị").send().awaitProcessed();
        String returned = Mails.text(awaitMail(user.email(), "bị trả lại"));
        assertTrue(returned.contains("Lý do:       Thiếu biên bản họp xét của đơn vị"), returned);
        assertTrue(returned.contains("Hình thức:   " + Awards.FORM), returned); // v1 carries no formName
        assertTrue(returned.contains("http://127.0.0.1:8080/awards/nominations/" + n.nominationId()), returned);

        LocalDate starts = LocalDate.of(2027, 1, 4);
        Awards.posted(c, n, starts, LocalDate.of(2027, 1, 8)).send().awaitProcessed();
        MimeMessage posted = awaitMail(user.email(), "Niêm yết công khai");
        assertEquals("[Thi đua Số] Niêm yết công khai: Trần Thị Mai Anh — " + Awards.FORM_NAME + " (đến ngày 08/01/2027)",
                Mails.subject(posted));
        assertTrue(Mails.text(posted).contains("Niêm yết:    từ ngày 04/01/2027 đến hết ngày 08/01/2027"));

        Awards.decided(c, n, "7/QĐ-UBND", LocalDate.of(2027, 1, 15)).send().awaitProcessed();
        MimeMessage decided = awaitMail(user.email(), "Quyết định khen thưởng");
        assertEquals("[Thi đua Số] Quyết định khen thưởng số 7/QĐ-UBND: Trần Thị Mai Anh — " + Awards.FORM_NAME,
                Mails.subject(decided));
        String decidedText = Mails.text(decided);
        assertTrue(decidedText.contains("Quyết định:  số 7/QĐ-UBND ngày 15/01/2027"), decidedText);
        assertTrue(decidedText.contains("Tiền thưởng: 702.000 đồng"), decidedText);
        assertTrue(decidedText.contains("bảng vinh danh"), decidedText);

        Awards.forwarded(c, n, board).send().awaitProcessed();
        String forwarded = Mails.text(awaitMail(user.email(), "trình cấp trên"));
        assertTrue(forwarded.contains("đã được trình Ban Thi đua - Khen thưởng thành phố"), forwarded);

        Awards.refused(c, n, "Chưa đủ thời gian giữ danh hiệu").send().awaitProcessed();
        String refused = Mails.text(awaitMail(user.email(), "không đồng ý"));
        assertTrue(refused.contains("theo đề nghị của " + c.village().name()), refused); // the name from UnitUpserted
        assertTrue(refused.contains("Ý kiến:      Chưa đủ thời gian giữ danh hiệu"), refused);

        Awards.annulled(c, n, "Phát hiện kê khai không trung thực").send().awaitProcessed();
        MimeMessage annulled = awaitMail(user.email(), "Hủy khen thưởng");
        assertTrue(Mails.text(annulled).contains("Căn cứ:      Quyết định số 45/QĐ-UBND"));
        assertTrue(Mails.text(annulled).contains("The award nominated by " + c.village().name() + " was annulled"));

        given().header("Authorization", user.token(c)).when().get("/api/v1/inbox").then().statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.hasItems("NOMINATION_RETURNED", "NOMINATION_POSTED",
                        "AWARD_DECIDED", "NOMINATION_FORWARDED", "NOMINATION_REFUSED", "AWARD_ANNULLED"))
                .body("items.body", hasItem("Trần Thị Mai Anh được tặng " + Awards.FORM_NAME
                        + " theo Quyết định số 7/QĐ-UBND ngày 15/01/2027."));
    }

    @Test
    void aCouncilSessionGivesEachMemberABallotDeadlineThatTheirBallotOrTheClosedVoteEnds() {
        Commune c = Commune.create();
        Person chair = c.person("council", "Phạm Văn Đức", c.office());
        Person member = c.person("council", "Vũ Thị Thanh Tâm", c.office());
        Person colleague = c.person("office", "Nguyễn Thị Thu Hà", c.office()); // same unit, not a member
        Person unitUser = c.unitUser();
        Person otherUnitUser = c.person("unit", "Đỗ Văn Bình", c.otherVillage());
        for (Person p : List.of(chair, member, colleague, unitUser, otherUnitUser)) {
            Events.userUpserted(p).send().awaitProcessed();
        }
        UUID session = UUID.randomUUID();
        Instant closesAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Events.Event opened = Awards.sessionOpened(c, session, closesAt, chair, member).send().awaitProcessed();

        assertEquals(2, Db.count("select count(*) from deadline where period_id = '" + session
                + "' and source = 'COUNCIL_BALLOT' and status = 'OPEN'"));
        assertEquals(List.of("BALLOT_1440M", "BALLOT_120M", "BALLOT_30M"), ballotSteps(session, chair));
        assertEquals(1, Db.count("select count(*) from scheduled_reminder r join deadline d on d.id = r.deadline_id"
                + " where d.period_id = '" + session + "' and r.step = 'BALLOT_30M' and r.fire_at = '"
                + closesAt.minus(30, ChronoUnit.MINUTES) + "' and r.recipient_id = '" + member.id() + "'"));
        MimeMessage invite = awaitMail(member.email(), "Mời bỏ phiếu");
        assertTrue(Mails.text(invite).contains("Biểu quyết kết thúc: " + VietnamTime.time(closesAt) + " ngày "
                + VietnamTime.date(closesAt)), Mails.text(invite));
        assertTrue(Mails.text(invite).contains("http://127.0.0.1:8080/awards/council/" + session));
        // the ballot is personal: not the colleague's, nor in the unit's deadline list
        assertEquals(0, Db.count("select count(*) from email_message where recipient_user_id = '" + colleague.id() + "'"));
        assertEquals(0, Db.count("select count(*) from scheduled_reminder where recipient_id = '" + colleague.id() + "'"));
        given().header("Authorization", c.unitToken(c.office())).when().get("/api/v1/deadlines").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));

        opened.send(); // redelivered: still one ballot per member
        Awards.ballotCompleted(c, session, chair).send().awaitProcessed();
        assertEquals(2, Db.count("select count(*) from deadline where period_id = '" + session + "'"));
        assertEquals(1, Db.count("select count(*) from deadline where period_id = '" + session + "' and user_id = '"
                + chair.id() + "' and status = 'SUBMITTED'"));
        assertEquals(0, Db.count("select count(*) from scheduled_reminder where recipient_id = '" + chair.id()
                + "' and status = 'SCHEDULED'"));
        assertEquals(3, Db.count("select count(*) from scheduled_reminder where recipient_id = '" + member.id()
                + "' and status = 'SCHEDULED'"));

        Nomination passed = new Nomination(UUID.randomUUID(), UUID.randomUUID(), "Nguyễn Văn Toàn", c.village());
        Nomination rejected = new Nomination(UUID.randomUUID(), passed.roundId(), "Lê Văn Hùng", c.village());
        Nomination other = new Nomination(UUID.randomUUID(), passed.roundId(), "Hoàng Thị Yến", c.otherVillage());
        Events.Event closed = Awards.voteClosed(c, session, 5, List.of(passed, rejected, other),
                new int[][] { { 4, 0, 0, 1, 1 }, { 2, 2, 0, 0, 0 }, { 3, 1, 1, 0, 1 } }).send().awaitProcessed();
        assertEquals(1, Db.count("select count(*) from deadline where period_id = '" + session + "' and user_id = '"
                + member.id() + "' and status = 'WITHDRAWN'"));
        assertEquals(0, Db.count("select count(*) from scheduled_reminder where recipient_id = '" + member.id()
                + "' and status = 'SCHEDULED'"));
        // each nominating unit gets one mail per result of its own
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(unitUser.email(), "Kết quả xét").size() == 2);
        MimeMessage pass = mailsTo(unitUser.email(), "Nguyễn Văn Toàn").get(0);
        assertEquals("[Thi đua Số] Kết quả xét của Hội đồng Thi đua - Khen thưởng: Nguyễn Văn Toàn — đạt", Mails.subject(pass));
        assertTrue(Mails.text(pass).contains("Kết quả:     ĐẠT — đồng ý 4, không đồng ý 0, không biểu quyết 0,"
                + " không tham gia (xung đột lợi ích) 1, trên tổng số 5 thành viên Hội đồng"), Mails.text(pass));
        assertTrue(Mails.text(pass).contains("Bước tiếp theo: hồ sơ được niêm yết công khai"), Mails.text(pass));
        assertTrue(Mails.subject(mailsTo(unitUser.email(), "Lê Văn Hùng").get(0)).endsWith("— không đạt"));
        awaitMail(otherUnitUser.email(), "Hoàng Thị Yến");

        closed.send(); // redelivered, then a later event of the same key
        Awards.ballotCompleted(c, session, member).send().awaitProcessed();
        assertEquals(2, mailsOf(unitUser, "COUNCIL_RESULT"));
        assertEquals(1, mailsOf(otherUnitUser, "COUNCIL_RESULT"));
        assertEquals(1, Db.count("select count(*) from deadline where period_id = '" + session + "' and user_id = '"
                + member.id() + "' and status = 'WITHDRAWN'"), "a ballot after the close changes nothing");
    }

    private static List<String> steps(UUID roundId, Commune.Unit unit, String kind) {
        return stepNames("select string_agg(r.step, ',' order by r.fire_at) from scheduled_reminder r join deadline d"
                + " on d.id = r.deadline_id where d.period_id = '" + roundId + "' and d.unit_id = '" + unit.id()
                + "' and r.kind = '" + kind + "'");
    }

    private static List<String> ballotSteps(UUID session, Person member) {
        return stepNames("select string_agg(r.step, ',' order by r.fire_at) from scheduled_reminder r join deadline d"
                + " on d.id = r.deadline_id where d.period_id = '" + session + "' and d.user_id = '" + member.id() + "'");
    }

    private static List<String> stepNames(String sql) {
        String joined = vn.thiduaso.platform.test.TestDatabase.text(NotificationServiceTestEnvironment.DATABASE, sql);
        return joined == null ? List.of() : List.of(joined.split(","));
    }

    private static UUID deadlineOf(UUID roundId, Commune.Unit unit) {
        return UUID.fromString(vn.thiduaso.platform.test.TestDatabase.text(NotificationServiceTestEnvironment.DATABASE,
                "select id from deadline where period_id = '" + roundId + "' and unit_id = '" + unit.id() + "'"));
    }

    private static long mailsOf(Person p, String kind) {
        return Db.count("select count(*) from email_message where recipient_user_id = '" + p.id() + "' and kind = '" + kind
                + "'");
    }

    private static List<MimeMessage> mailsTo(String address, String subjectPart) {
        return TestMail.messagesTo(address).stream().filter(m -> Mails.subject(m).contains(subjectPart)).toList();
    }

    private static MimeMessage awaitMail(String address, String subjectPart) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(address, subjectPart).isEmpty());
        return mailsTo(address, subjectPart).get(0);
    }
}
