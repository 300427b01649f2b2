package vn.thiduaso.report.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.test.Tokens;
import vn.thiduaso.platform.test.fuzz.OpenApiFuzzer;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.IssuedPlans.Opened;

/** Every operation of report-service's OpenAPI document, fuzzed: no 5xx, no stack trace, every error problem+json. */
@QuarkusTest
class ReportFuzzTest {

    @Inject
    IssuedPlans plans;

    @Test
    void generatedRequestsForEveryOperationNeverFailTheServer() {
        Commune c = plans.commune();
        IssuedPlans.Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        Opened opened = plans.opened(plan, 2026);
        List<UUID> ids = new ArrayList<>(List.of(c.commune().id(), c.office().id(), c.village().id(), plan.id(), opened.periodId()));
        ids.addAll(opened.requirementByUnit().values());
        OpenApiFuzzer.Result result = OpenApiFuzzer.ofRunningApp()
                .caller("admin", Tokens.role("admin").unit(c.city().id(), "/").bearer())
                .caller("office", c.officeToken())
                .caller("unit", c.unitToken(c.village()))
                .knownIds(ids)
                .run();
        System.out.println(result.summary("report-service"));
        assertEquals("", result.failures(), result.summary("report-service"));
    }
}
