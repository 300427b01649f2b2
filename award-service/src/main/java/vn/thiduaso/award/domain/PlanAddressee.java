package vn.thiduaso.award.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A unit the plan is addressed to (đơn vị thực hiện), as the plan named it when issued. */
@Embeddable
public class PlanAddressee {

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "unit_path", nullable = false)
    public String unitPath;

    @Column(name = "unit_name")
    public String unitName;

    public PlanAddressee() {
    }

    public PlanAddressee(UUID unitId, String unitPath, String unitName) {
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.unitName = unitName;
    }
}
