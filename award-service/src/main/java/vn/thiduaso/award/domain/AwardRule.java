package vn.thiduaso.award.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The rules of one award form under one {@link AwardRuleSet}: who decides, who may receive it, its
 * standards, the interval, prerequisites, the council's threshold, the posting window, the cash.
 */
@Entity
@Table(name = "award_rule")
public class AwardRule {

    @Id
    public UUID id;

    @Column(name = "rule_set_id", nullable = false)
    public UUID ruleSetId;

    @Column(name = "form_code", nullable = false)
    public String formCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "deciding_authority", nullable = false)
    public DecidingAuthority decidingAuthority;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "recipient_kinds", nullable = false, columnDefinition = "jsonb")
    public List<NomineeKind> recipientKinds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<RuleStandard> standards = new ArrayList<>();

    /** Years since the last award of the same or a lower form; 0 for none. */
    @Column(name = "min_interval_years", nullable = false)
    public int minIntervalYears;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Prerequisite> prerequisites = new ArrayList<>();

    /** A nomination passes when agree votes × 100 ≥ this × the council's total membership. */
    @Column(name = "vote_threshold_percent", nullable = false)
    public int voteThresholdPercent;

    /** Công khai for this many working days before the decision. */
    @Column(name = "posting_working_days", nullable = false)
    public int postingWorkingDays;

    /** Coefficients of the base salary per nominee kind (Nghị định 98/2023 Điều 55–57 style). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cash_coefficients", nullable = false, columnDefinition = "jsonb")
    public Map<NomineeKind, BigDecimal> cashCoefficients = new EnumMap<>(NomineeKind.class);

    /** Whether agree votes out of the council's total membership reach the threshold. */
    public boolean passes(int agreeVotes, int totalMembers) {
        return totalMembers > 0 && agreeVotes * 100L >= (long) voteThresholdPercent * totalMembers;
    }

    /** The cash amount in VND for a nominee kind on a base salary, rounded to the nearest thousand. */
    public long cashAmount(NomineeKind kind, long baseSalaryVnd) {
        BigDecimal c = cashCoefficients.get(kind);
        if (c == null) {
            return 0;
        }
        long raw = c.multiply(BigDecimal.valueOf(baseSalaryVnd)).longValue();
        return Math.round(raw / 1000.0) * 1000;
    }
}
