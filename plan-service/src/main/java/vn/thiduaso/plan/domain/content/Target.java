package vn.thiduaso.plan.domain.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Chỉ tiêu: an indicator with a value per year ("2025 ≥ 80 %, 2026 = 100 %"). A percentage target is
 * reported as numerator over denominator, described here.
 */
public record Target(UUID id, String code, String name, String unitOfMeasure, boolean percentage,
        Comparison comparison, String numeratorDescription, String denominatorDescription, TargetGroup targetGroup,
        UUID contentId, List<YearValue> values) {

    public enum Comparison {
        /** ≥ */
        GTE,
        /** ≤ */
        LTE,
        /** = */
        EQ,
        /** &gt; ("trên 80 %") */
        GT,
        /** &lt; ("dưới 5 %") */
        LT
    }

    /**
     * The target for one year; {@code note} is that year's own wording, printed after the value (2026:
     * "sử dụng tốt … trong khu vực công"); {@code comparison}, when given, is that year's own comparison
     * instead of the target's (Kiến An: "trên 80 %" in 2025, "100 %" in 2026).
     */
    public record YearValue(int year, BigDecimal value, String note, Comparison comparison) {

        public YearValue(int year, BigDecimal value, String note) {
            this(year, value, note, null);
        }

        /** This year's comparison: its own, else the target's, else GTE. */
        public Comparison comparisonOr(Comparison target) {
            return comparison != null ? comparison : target != null ? target : Comparison.GTE;
        }
    }
}
