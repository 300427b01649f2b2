package vn.thiduaso.award.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * Kế hoạch làm căn cứ khen thưởng: a plan issued in plan-service, known here only through
 * {@code PlanIssued}. Award rounds are opened from it and its scope decides who sees it. No
 * {@code @Version}: the only writer is the consumer, which handles one plan's events in order.
 */
@Entity
@Table(name = "award_plan")
public class AwardPlan {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    /** Số/ký hiệu, e.g. {@code 150/KH-UBND}. */
    public String number;

    @Column(nullable = false)
    public String title;

    @Column(name = "issuing_unit_id", nullable = false)
    public UUID issuingUnitId;

    @Column(name = "issuing_unit_path", nullable = false)
    public String issuingUnitPath;

    @Column(name = "issuing_unit_name")
    public String issuingUnitName;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @ElementCollection
    @CollectionTable(name = "award_plan_addressee", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlanAddressee> addressees = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "award_plan_award_form", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlanAwardForm> awardForms = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "award_plan_milestone", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<PlanMilestone> milestones = new ArrayList<>();

    /** The issued version whose content is stored (1 for a PlanIssued v1). */
    @Column(name = "plan_version", nullable = false)
    public int planVersion = 1;

    /** Set by PlanClosed: the movement ended, no new award round opens from the plan. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_reason")
    public String closedReason;

    @Column(name = "first_seen_event_id", nullable = false)
    public UUID firstSeenEventId;

    @Column(name = "last_event_id", nullable = false)
    public UUID lastEventId;

    /** {@code occurredAt} of the event whose content is stored; an older event never overwrites it. */
    @Column(name = "last_event_at")
    public Instant lastEventAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** True when an event that occurred at {@code occurredAt} is not older than what is stored. */
    public boolean acceptsEventFrom(Instant occurredAt) {
        return lastEventAt == null || occurredAt == null || !occurredAt.isBefore(lastEventAt);
    }
}
