package vn.thiduaso.plan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.thiduaso.plan.domain.content.PlanContent;
import vn.thiduaso.plan.domain.content.Target;
import vn.thiduaso.plan.domain.content.Target.Comparison;

class UnitPlansTest {

    @Test
    void strictComparisonsAreReachedOnlyByAStrictOrHigherTarget() {
        BigDecimal eighty = new BigDecimal("80");
        // parent "> 80": "≥ 80" and "= 80" allow 80, so they ask less; "> 80" and "≥ 81" do not
        assertEquals(true, UnitPlans.weaker(Comparison.GT, eighty, Comparison.GTE, eighty));
        assertEquals(true, UnitPlans.weaker(Comparison.GT, eighty, Comparison.EQ, eighty));
        assertEquals(false, UnitPlans.weaker(Comparison.GT, eighty, Comparison.GT, eighty));
        assertEquals(false, UnitPlans.weaker(Comparison.GT, eighty, Comparison.GTE, new BigDecimal("81")));
        // parent "≥ 80": "> 80" asks more
        assertEquals(false, UnitPlans.weaker(Comparison.GTE, eighty, Comparison.GT, eighty));
        assertEquals(true, UnitPlans.weaker(Comparison.GTE, eighty, Comparison.GTE, new BigDecimal("79.5")));
        // upper bounds: "< 5" is reached by "< 5" and "≤ 4", not by "≤ 5" or "< 6"
        BigDecimal five = new BigDecimal("5");
        assertEquals(false, UnitPlans.weaker(Comparison.LT, five, Comparison.LT, five));
        assertEquals(false, UnitPlans.weaker(Comparison.LT, five, Comparison.LTE, new BigDecimal("4")));
        assertEquals(true, UnitPlans.weaker(Comparison.LT, five, Comparison.LTE, five));
        assertEquals(true, UnitPlans.weaker(Comparison.LT, five, Comparison.LT, new BigDecimal("6")));
        assertEquals(true, UnitPlans.weaker(Comparison.LTE, five, Comparison.LTE, new BigDecimal("5.5")));
    }

    @Test
    void checkListsTheYearsAUnitSetsBelowAStrictParentTarget() {
        PlanContent parent = withTargets(target(Comparison.GT, List.of(value(2025, "80"), value(2026, "90"))));
        PlanContent child = withTargets(target(Comparison.GTE, List.of(value(2025, "80"), value(2026, "95"))));

        var lower = UnitPlans.check(parent, child).lowerTargets();

        assertEquals(1, lower.size());
        assertEquals(2025, lower.get(0).year());
    }

    @Test
    void aYearsOwnComparisonOverridesTheTargets() {
        // Kiến An: "trên 80 %" in 2025, "100 %" in 2026
        PlanContent parent = withTargets(target(Comparison.GTE, List.of(
                new Target.YearValue(2025, new BigDecimal("80"), null, Comparison.GT), value(2026, "100"))));
        PlanContent sameWords = withTargets(target(Comparison.GTE, List.of(
                new Target.YearValue(2025, new BigDecimal("80"), null, Comparison.GT), value(2026, "100"))));
        PlanContent atEighty = withTargets(target(Comparison.GTE, List.of(value(2025, "80"), value(2026, "100"))));

        assertEquals(List.of(), UnitPlans.check(parent, sameWords).lowerTargets());
        assertEquals(List.of(2025), UnitPlans.check(parent, atEighty).lowerTargets().stream().map(l -> l.year()).toList());
    }

    private static Target.YearValue value(int year, String v) {
        return new Target.YearValue(year, new BigDecimal(v), null);
    }

    private static Target target(Comparison cmp, List<Target.YearValue> values) {
        return new Target(UUID.randomUUID(), "CT01", "Cán bộ có kỹ năng số", "%", true, cmp, null, null, null, null, values);
    }

    private static PlanContent withTargets(Target t) {
        PlanContent e = PlanContent.empty();
        return new PlanContent(e.movementIds(), 2025, 2030, e.sectionOrder(), e.legalBases(), e.purposes(),
                e.requirements(), e.objectives(), e.contents(), e.criteriaGroups(), List.of(t), e.milestones(),
                e.awardForms(), e.assignments(), e.addresseeUnitIds(), e.reportingObligations(), e.unitPlansRequired(),
                e.otherSections(), e.recipients(), e.signer(), e.place(), e.introduction(), e.closing());
    }
}
