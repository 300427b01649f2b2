package vn.thiduaso.report.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Chỉ tiêu of the issued plan with its value per year. {@code comparison} is kept as text (GTE, LTE,
 * EQ, GT, LT today): plan-service may add comparisons, and this copy must not refuse them.
 * {@code targetGroup} null = every unit; else only units of that group report it.
 */
public record PlanTarget(UUID id, String code, String name, String unitOfMeasure, boolean percentage,
        String comparison, String numeratorDescription, String denominatorDescription, String targetGroup,
        UUID contentId, List<YearValue> values) {

    /** The target for one year; its own comparison and wording when the plan gives them. */
    public record YearValue(int year, BigDecimal value, String comparison, String note) {
    }

    public java.util.Optional<YearValue> valueFor(int year) {
        return values == null ? java.util.Optional.empty()
                : values.stream().filter(v -> v.year() == year).findFirst();
    }

    /** The comparison that applies in {@code year}: that year's own, else the target's, else GTE. */
    public String comparisonFor(int year) {
        return valueFor(year).map(YearValue::comparison).filter(c -> c != null && !c.isBlank())
                .orElse(comparison != null && !comparison.isBlank() ? comparison : "GTE");
    }

    /** Whether a unit of {@code group} reports this target. */
    public boolean appliesTo(String group) {
        return targetGroup == null || targetGroup.isBlank() || targetGroup.equals(group);
    }
}
