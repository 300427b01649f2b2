package vn.thiduaso.report.domain.consolidation;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Sơ kết / tổng kết: one target's commune value in one year the review covers, and where it came from. */
@Embeddable
public class SeriesValue {

    /** The year's approved or submitted consolidation. */
    public static final String FROM_CONSOLIDATION = "CONSOLIDATION";
    /** The year's accepted reports (no approved consolidation that year). */
    public static final String FROM_REPORTS = "REPORTS";

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(nullable = false)
    public int year;

    @Column(precision = 24, scale = 4)
    public BigDecimal value;

    @Column(precision = 24, scale = 4)
    public BigDecimal numerator;

    @Column(precision = 24, scale = 4)
    public BigDecimal denominator;

    @Column(name = "reporting_units", nullable = false)
    public int reportingUnits;

    @Column(nullable = false)
    public String source;

    protected SeriesValue() {
    }

    public SeriesValue(UUID targetId, int year, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            int reportingUnits, String source) {
        this.targetId = targetId;
        this.year = year;
        this.value = value;
        this.numerator = numerator;
        this.denominator = denominator;
        this.reportingUnits = reportingUnits;
        this.source = source;
    }
}
