package vn.thiduaso.plan.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Copy of award-service's award-form catalogue (code, name, level, active), refreshed by {@code AwardFormUpserted}. */
@Entity
@Table(name = "award_form_code")
public class AwardFormCode {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String level;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
