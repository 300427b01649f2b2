package vn.thiduaso.report.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.IssuedPlans.ObligationV2;
import vn.thiduaso.report.IssuedPlans.Plan;
import vn.thiduaso.report.ReportServiceTestEnvironment;

/** What report-service keeps of a plan's structure and of a unit, from the real topics. */
@QuarkusTest
class PlanStructureTest {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private static final String DB = ReportServiceTestEnvironment.DATABASE;

    @Inject
    IssuedPlans plans;

    @Test
    void planIssuedV2KeepsNumberTitleYearsContentsTargetsAndAwardFormsAndAnAmendmentReplacesThem() {
        Commune c = plans.commune();
        Plan plan = plans.plan(c, 2026, 2026);
        IssuedPlans.Structure s = IssuedPlans.Structure.fresh();
        ObligationV2 yearly = new ObligationV2(UUID.randomUUID(), "Báo cáo", "ANNUAL", c.office(), 5, 12, null, 2026,
                2026, List.of(c.village()), null);
        TestKafka.send("plans", plan.id().toString(), IssuedPlans.structuredEnvelope(plan, 1, List.of(yearly), s));

        await().atMost(WAIT).until(() -> TestDatabase.count(DB, "select count(*) from reporting_plan where plan_id = '"
                + plan.id() + "'") == 1);
        String where = " from reporting_plan where plan_id = '" + plan.id() + "'";
        assertEquals("150/KH-UBND|" + plan.title() + "|" + c.commune().path() + "|2025|2030",
                TestDatabase.text(DB, "select number || '|' || title || '|' || issuing_unit_path || '|' || start_year"
                        + " || '|' || end_year" + where));
        assertEquals("2", TestDatabase.text(DB, "select jsonb_array_length(contents)::text" + where));
        assertEquals("1.1", TestDatabase.text(DB, "select contents->0->'children'->0->>'number'" + where));
        assertEquals("CT01,CT02,CT03", TestDatabase.text(DB,
                "select string_agg(t->>'code', ',') from reporting_plan, jsonb_array_elements(targets) t where plan_id = '"
                        + plan.id() + "'"));
        assertEquals("GT", TestDatabase.text(DB, "select targets->0->'values'->2->>'comparison'" + where));
        assertEquals(s.awardForm(), TestDatabase.text(DB, "select award_forms->0->>'code'" + where));

        // comparison and target group are open sets: a value this service does not know is kept, not refused
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("id", UUID.randomUUID().toString());
        target.put("code", "CT09");
        target.put("name", "Chỉ tiêu mới");
        target.put("percentage", false);
        target.put("comparison", "BETWEEN");
        target.put("targetGroup", "HOUSEHOLDS");
        target.put("values", List.of(Map.of("year", 2026, "value", 3, "comparison", "APPROX")));
        String amended = IssuedPlans.structuredEnvelope(plan, 2, List.of(yearly), s)
                .replace("\"type\":\"PlanIssued\",\"version\":2", "\"type\":\"PlanAmended\",\"version\":1")
                .replaceFirst("\"targets\":\\[.*?\\],\"awardForms\"", "\"targets\":" + json(List.of(target)) + ",\"awardForms\"");
        TestKafka.send("plans", plan.id().toString(), amended);
        await().atMost(WAIT).until(() -> "CT09".equals(TestDatabase.text(DB, "select targets->0->>'code'" + where)));
        assertEquals("BETWEEN|HOUSEHOLDS|APPROX", TestDatabase.text(DB, "select (targets->0->>'comparison') || '|' ||"
                + " (targets->0->>'targetGroup') || '|' || (targets->0->'values'->0->>'comparison')" + where));
        assertEquals("2", TestDatabase.text(DB, "select plan_version::text" + where));
    }

    @Test
    void aV1PlanHasNoStructure() {
        Commune c = plans.commune();
        Plan plan = plans.issue(plans.plan(c, 2026, 2026));
        assertEquals("0|0|0|150/KH-UBND", TestDatabase.text(DB, "select jsonb_array_length(contents) || '|' ||"
                + " jsonb_array_length(targets) || '|' || jsonb_array_length(award_forms) || '|' || number"
                + " from reporting_plan where plan_id = '" + plan.id() + "'"));
    }

    @Test
    void unitUpsertedKeepsActiveHeadAndEmail() {
        Commune c = plans.commune();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", c.village().id().toString());
        payload.put("code", "thon-dong");
        payload.put("name", c.village().name());
        payload.put("kind", "VILLAGE");
        payload.put("path", c.village().path());
        payload.put("parentId", c.commune().id().toString());
        payload.put("active", false);
        payload.put("headName", "Trần Văn Bình");
        payload.put("headTitle", "Trưởng thôn");
        payload.put("email", "thondong@vinhthu.gov.vn");
        TestKafka.send("directory.units", c.village().id().toString(), IssuedPlans.envelope(UUID.randomUUID(),
                "UnitUpserted", "plan-service", c.village().id(), c.village().path(), payload));

        await().atMost(WAIT).until(() -> TestDatabase.count(DB, "select count(*) from directory_unit where id = '"
                + c.village().id() + "'") == 1);
        assertEquals("false|Trần Văn Bình|thondong@vinhthu.gov.vn|false", TestDatabase.text(DB,
                "select active || '|' || head_name || '|' || email || '|' || leader_confirmation_required"
                        + " from directory_unit where id = '" + c.village().id() + "'"));
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
