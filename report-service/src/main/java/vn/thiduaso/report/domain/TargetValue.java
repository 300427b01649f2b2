package vn.thiduaso.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Kết quả chỉ tiêu ({@code report_target_value}): the unit's value of one target for the period's
 * year. A percentage target is reported as numerator over denominator and its value is computed
 * here (ratio × 100, stored so that SQL roll-ups need no recomputation).
 */
@Embeddable
public class TargetValue {

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(name = "target_code")
    public String targetCode;

    @Column(nullable = false)
    public int year;

    @Column(precision = 20, scale = 4)
    public BigDecimal value;

    @Column(precision = 20, scale = 4)
    public BigDecimal numerator;

    @Column(precision = 20, scale = 4)
    public BigDecimal denominator;

    public String note;

    protected TargetValue() {
    }

    public TargetValue(UUID targetId, String targetCode, int year, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, String note) {
        this.targetId = targetId;
        this.targetCode = targetCode;
        this.year = year;
        this.value = value;
        this.numerator = numerator;
        this.denominator = denominator;
        this.note = note;
    }

    /** numerator / denominator × 100 with 4 decimals (null without both, or with a zero denominator). */
    public static BigDecimal percentage(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 4, RoundingMode.HALF_UP);
    }

    /**
     * Whether {@code value} attains {@code target} under {@code comparison} (GTE, LTE, EQ, GT, LT);
     * null when either is missing or the comparison is one this service does not know.
     */
    public static Boolean attained(BigDecimal value, BigDecimal target, String comparison) {
        if (value == null || target == null || comparison == null) {
            return null;
        }
        int c = value.compareTo(target);
        return switch (comparison) {
            case "GTE" -> c >= 0;
            case "LTE" -> c <= 0;
            case "EQ" -> c == 0;
            case "GT" -> c > 0;
            case "LT" -> c < 0;
            default -> null;
        };
    }
}
