package vn.thiduaso.report.api;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TokenAttackSuite;
import vn.thiduaso.platform.test.TokenAttackSuite.Endpoint;
import vn.thiduaso.platform.test.Tokens;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.IssuedPlans.Opened;
import vn.thiduaso.report.IssuedPlans.Plan;
import vn.thiduaso.report.ReportServiceTestEnvironment;

/** Forged, expired and misdirected tokens get 401 on reads and writes and change nothing (issue 8, item 8). */
@QuarkusTest
class TokenAttacksTest {

    @Inject
    IssuedPlans plans;

    @Test
    void everyTokenAttackIsRefusedOnReadsAndWrites() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        Opened period = plans.opened(plan, 2026);
        UUID requirementId = period.requirementOf(c.village());
        UUID userId = UUID.randomUUID();
        TokenAttackSuite.assertAllRefused(
                () -> Tokens.role("unit").user(userId, c.key() + ".thon-dong").unit(c.village().id(), c.village().path()),
                Endpoint.read("/api/v1/report-requirements"),
                Endpoint.read("/api/v1/reporting-periods/" + period.periodId()),
                Endpoint.write("POST", "/api/v1/reports", "{\"requirementId\":\"" + requirementId + "\"}", 201,
                        () -> TestDatabase.count(ReportServiceTestEnvironment.DATABASE,
                                "select count(*) from report where requirement_id = '" + requirementId + "'")));
    }
}
