package vn.thiduaso.award.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a commune's emulation and reward fund (quỹ thi đua, khen thưởng) for a year: money
 * budgeted, paid out (for an award) or adjusted. What is committed is not a line: it is the sum of
 * the decided, not annulled awards' cash.
 */
@Entity
@Table(name = "fund_entry")
public class FundEntry {

    public enum Kind {
        /** Dự toán: money put into the fund. */
        BUDGET,
        /** Chi: money paid out, usually for one award. */
        PAYMENT,
        /** Điều chỉnh: a correction, positive or negative. */
        ADJUSTMENT
    }

    @Id
    public UUID id;

    @Column(name = "commune_id", nullable = false)
    public UUID communeId;

    @Column(name = "commune_path", nullable = false)
    public String communePath;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "amount_vnd", nullable = false)
    public long amountVnd;

    @Column(name = "award_record_id")
    public UUID awardRecordId;

    @Column(columnDefinition = "text")
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
