package vn.thiduaso.award.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.award.AwardServiceTestEnvironment;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.Directory;
import vn.thiduaso.award.PlanEnvelopes;
import vn.thiduaso.award.domain.RoundOccasion;
import vn.thiduaso.award.service.AwardRoundService;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestEvents;
import vn.thiduaso.platform.test.TestKafka;

/** The read models arrive from the real topics: users, units (with every copied path), accepted reports. */
@QuarkusTest
class ReadModelConsumersTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String DB = AwardServiceTestEnvironment.DATABASE;

    @Inject
    Directory directory;

    @Inject
    AwardRoundService rounds;

    @Test
    void userUpsertedIsKeptWithItsRoles() {
        Commune c = Communes.create();
        UUID userId = UUID.randomUUID();
        ObjectNode user = PlanEnvelopes.object().put("id", userId.toString()).put("username", c.key() + ".council2")
                .put("fullName", "Trần Thị Mai").put("email", "mai@thiduaso.local")
                .put("unitId", c.village().id().toString()).put("unitPath", c.village().path()).put("active", true);
        user.putArray("roles").add("unit").add("council");
        TestKafka.send("directory.users", userId.toString(), TestEvents.envelope(UUID.randomUUID(), "UserUpserted", 1,
                Instant.now(), "plan-service", userId.toString(), c.village().path(), user));
        await().atMost(WAIT).until(() -> TestDatabase.count(DB, "select count(*) from directory_user where id = '" + userId
                + "' and roles = 'unit,council' and full_name = 'Trần Thị Mai'") == 1);
    }

    @Test
    void aRenamedCommuneIsRenamedInItsRounds() {
        Commune c = directory.known(Communes.create());
        CallerScope office = CallerScope.system("test");
        var round = rounds.open(office, new AwardRoundService.NewRound(null, c.commune().id(), RoundOccasion.AD_HOC, 2027,
                "Đột xuất " + c.key(), Instant.now().plus(3, ChronoUnit.DAYS), null, null,
                List.of("giay-khen-chu-tich-ubnd-xa"), null));
        ObjectNode unit = PlanEnvelopes.object().put("id", c.commune().id().toString()).put("code", "xa-moi")
                .put("name", "UBND xã Mới " + c.key()).put("kind", "COMMUNE").put("path", c.commune().path())
                .put("parentId", c.city().id().toString());
        TestKafka.send("directory.units", c.commune().id().toString(), TestEvents.envelope(UUID.randomUUID(),
                "UnitUpserted", 1, Instant.now(), "plan-service", c.commune().id().toString(), c.commune().path(), unit));
        await().atMost(WAIT).until(() -> TestDatabase.count(DB, "select count(*) from award_round where id = '"
                + round.round().id + "' and commune_name = 'UBND xã Mới " + c.key() + "'") == 1);
        assertEquals(1, TestDatabase.count(DB, "select count(*) from directory_unit where id = '" + c.commune().id()
                + "' and code = 'xa-moi' and kind = 'COMMUNE'"));
    }

    @Test
    void acceptedReportsComeAndGoWithReopening() {
        Commune c = Communes.create();
        UUID reportId = UUID.randomUUID();
        ObjectNode accepted = PlanEnvelopes.object().put("reportId", reportId.toString())
                .put("requirementId", UUID.randomUUID().toString()).put("periodId", UUID.randomUUID().toString())
                .put("planId", UUID.randomUUID().toString()).put("year", 2027)
                .put("unitId", c.village().id().toString()).put("unitPath", c.village().path())
                .put("unitName", "Thôn Đông").put("acceptedAt", "2027-12-02T03:00:00Z").put("acceptedBy", "x.office");
        TestKafka.send("reports", reportId.toString(), TestEvents.envelope(UUID.randomUUID(), "ReportAccepted", 1,
                Instant.now(), "report-service", reportId.toString(), c.village().path(), accepted));
        await().atMost(WAIT).until(() -> TestDatabase.count(DB, "select count(*) from accepted_report where report_id = '"
                + reportId + "' and year = 2027 and unit_name = 'Thôn Đông'") == 1);
        ObjectNode reopened = PlanEnvelopes.object().put("reportId", reportId.toString()).put("reason", "Bổ sung");
        TestKafka.send("reports", reportId.toString(), TestEvents.envelope(UUID.randomUUID(), "ReportReopened", 1,
                Instant.now(), "report-service", reportId.toString(), c.village().path(), reopened));
        await().atMost(WAIT).until(() -> TestDatabase.count(DB, "select count(*) from accepted_report where report_id = '"
                + reportId + "'") == 0);
    }
}
