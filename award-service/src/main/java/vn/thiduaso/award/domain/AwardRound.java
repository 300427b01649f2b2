package vn.thiduaso.award.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Đợt khen thưởng of a commune: opened from a plan's award forms and occasion (annual, sơ kết,
 * tổng kết) or ad hoc by the office; the forms offered, who may nominate, and its dates.
 */
@Entity
@Table(name = "award_round")
public class AwardRound {

    @Id
    public UUID id;

    @Column(name = "commune_id", nullable = false)
    public UUID communeId;

    @Column(name = "commune_path", nullable = false)
    public String communePath;

    @Column(name = "commune_name")
    public String communeName;

    /** The plan the round comes from; null for an ad hoc round. */
    @Column(name = "plan_id")
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundOccasion occasion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardMethod method;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    @Column(name = "movement_title")
    public String movementTitle;

    @Column(name = "nomination_deadline", nullable = false)
    public Instant nominationDeadline;

    @Column(name = "council_date")
    public LocalDate councilDate;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    /** Null: every unit the plan is addressed to (ad hoc: every unit of the commune); else these units. */
    @Convert(converter = UuidListArrayConverter.class)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "nominator_unit_ids", columnDefinition = "uuid[]")
    public List<UUID> nominatorUnitIds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundStatus status;

    /** The award-form codes offered, in the plan's order. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "award_round_form", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    @Column(name = "form_code", nullable = false)
    public List<String> formCodes = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean offers(String formCode) {
        return formCodes.contains(formCode);
    }

    /** Nominations are taken while the round is open and its deadline has not passed. */
    public boolean takesNominations(Instant now) {
        return status == RoundStatus.OPEN && now.isBefore(nominationDeadline);
    }
}
