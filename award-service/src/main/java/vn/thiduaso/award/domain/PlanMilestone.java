package vn.thiduaso.award.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Mốc thời gian of the plan (launch, sơ kết, tổng kết…), with the id plan-service keeps across amendments. */
@Embeddable
public class PlanMilestone {

    @Column(name = "milestone_id", nullable = false)
    public UUID milestoneId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    public LocalDate date;

    public Integer month;

    public Integer year;

    public PlanMilestone() {
    }

    public PlanMilestone(UUID milestoneId, String kind, String title, LocalDate date, Integer month, Integer year) {
        this.milestoneId = milestoneId;
        this.kind = kind;
        this.title = title;
        this.date = date;
        this.month = month;
        this.year = year;
    }
}
