package vn.thiduaso.report.domain.consolidation;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One target of the plan summed over the accepted reports: the sums of values, numerators and
 * denominators, the commune's value (the ratio × 100 for a percentage target, else the sum) and
 * whether it attains the commune's target value of the year.
 */
@Embeddable
public class TargetTotal {

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "unit_of_measure")
    public String unitOfMeasure;

    @Column(nullable = false)
    public boolean percentage;

    public String comparison;

    @Column(name = "target_value", precision = 20, scale = 4)
    public BigDecimal targetValue;

    @Column(name = "value_sum", precision = 24, scale = 4)
    public BigDecimal valueSum;

    @Column(name = "numerator_sum", precision = 24, scale = 4)
    public BigDecimal numeratorSum;

    @Column(name = "denominator_sum", precision = 24, scale = 4)
    public BigDecimal denominatorSum;

    @Column(precision = 24, scale = 4)
    public BigDecimal value;

    public Boolean attained;

    @Column(name = "reporting_units", nullable = false)
    public int reportingUnits;

    protected TargetTotal() {
    }

    public TargetTotal(UUID targetId, String code, String name, String unitOfMeasure, boolean percentage,
            String comparison, BigDecimal targetValue, BigDecimal valueSum, BigDecimal numeratorSum,
            BigDecimal denominatorSum, BigDecimal value, Boolean attained, int reportingUnits) {
        this.targetId = targetId;
        this.code = code;
        this.name = name;
        this.unitOfMeasure = unitOfMeasure;
        this.percentage = percentage;
        this.comparison = comparison;
        this.targetValue = targetValue;
        this.valueSum = valueSum;
        this.numeratorSum = numeratorSum;
        this.denominatorSum = denominatorSum;
        this.value = value;
        this.attained = attained;
        this.reportingUnits = reportingUnits;
    }
}
