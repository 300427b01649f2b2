package vn.thiduaso.plan.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A unit the plan is addressed to (nơi nhận thực hiện). */
@Embeddable
public class Addressee {

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "unit_path", nullable = false)
    public String unitPath;

    public Addressee() {
    }

    public Addressee(UUID unitId, String unitPath) {
        this.unitId = unitId;
        this.unitPath = unitPath;
    }
}
