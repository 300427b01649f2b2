package vn.thiduaso.report.domain.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import vn.thiduaso.report.domain.PlanTarget;
import vn.thiduaso.report.domain.TargetValue;

/**
 * How the units' values of one target add up to the commune's: the values, numerators and
 * denominators are summed; a percentage target's commune value is the sum of numerators over the sum
 * of denominators × 100 (not the mean of the units' percentages), or — when no unit gave a
 * denominator — the mean of the values given; any other target's is the sum of the values. Values
 * have 2 decimals. Attainment compares that value with the commune's target value of the year under
 * the year's comparison ({@link PlanTarget#comparisonFor}).
 */
public final class TargetTotals {

    /** The commune's figures of one target, before they are kept in a {@link TargetTotal}. */
    public record Sum(BigDecimal valueSum, BigDecimal numeratorSum, BigDecimal denominatorSum, BigDecimal value,
            int reportingUnits) {
    }

    public static Sum sum(boolean percentage, List<TargetValue> values) {
        BigDecimal valueSum = null;
        BigDecimal numeratorSum = null;
        BigDecimal denominatorSum = null;
        int units = 0;
        int withValue = 0;
        for (TargetValue v : values) {
            if (v.value == null && v.numerator == null && v.denominator == null) {
                continue;
            }
            units++;
            if (v.value != null) {
                valueSum = add(valueSum, v.value);
                withValue++;
            }
            numeratorSum = v.numerator == null ? numeratorSum : add(numeratorSum, v.numerator);
            denominatorSum = v.denominator == null ? denominatorSum : add(denominatorSum, v.denominator);
        }
        return new Sum(valueSum, numeratorSum, denominatorSum,
                value(percentage, valueSum, numeratorSum, denominatorSum, withValue), units);
    }

    /**
     * The commune's value from the sums ({@code withValue} = how many units gave a value): see the
     * class comment. 2 decimals; null without data.
     */
    public static BigDecimal value(boolean percentage, BigDecimal valueSum, BigDecimal numeratorSum,
            BigDecimal denominatorSum, int withValue) {
        BigDecimal value;
        if (!percentage) {
            value = valueSum;
        } else if (numeratorSum != null && denominatorSum != null && denominatorSum.signum() != 0) {
            value = TargetValue.percentage(numeratorSum, denominatorSum);
        } else if (valueSum != null && withValue > 0) {
            value = valueSum.divide(BigDecimal.valueOf(withValue), 4, RoundingMode.HALF_UP);
        } else {
            value = null;
        }
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** The target of {@code year} summed over {@code values} (the reports' values of that target). */
    public static TargetTotal total(PlanTarget target, int year, List<TargetValue> values) {
        Sum s = sum(target.percentage(), values);
        BigDecimal targetValue = target.valueFor(year).map(PlanTarget.YearValue::value).orElse(null);
        String comparison = target.comparisonFor(year);
        return new TargetTotal(target.id(), target.code(), target.name() == null ? "" : target.name(),
                target.unitOfMeasure(), target.percentage(), comparison, targetValue, s.valueSum(), s.numeratorSum(),
                s.denominatorSum(), s.value(), TargetValue.attained(s.value(), targetValue, comparison),
                s.reportingUnits());
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : a.add(b);
    }

    private TargetTotals() {
    }
}
