package vn.thiduaso.award.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.thiduaso.award.domain.AwardPlan;
import vn.thiduaso.award.domain.PlanAddressee;

/** Response records of /api/v1/award-plans. */
public final class AwardPlanDtos {

    public record AwardPlanSummary(UUID planId, String number, String planTitle, UUID issuingUnitId,
            String issuingUnitName, String issuingUnitPath, Instant issuedAt, int addresseeCount) {

        public static AwardPlanSummary of(AwardPlan p, int addresseeCount) {
            return new AwardPlanSummary(p.planId, p.number, p.title, p.issuingUnitId, p.issuingUnitName,
                    p.issuingUnitPath, p.issuedAt, addresseeCount);
        }
    }

    public record AddresseeView(UUID unitId, String unitPath, String unitName) {

        public static AddresseeView of(PlanAddressee a) {
            return new AddresseeView(a.unitId, a.unitPath, a.unitName);
        }
    }

    public record AwardPlanDetail(UUID planId, String number, String planTitle, UUID issuingUnitId,
            String issuingUnitName, String issuingUnitPath, Instant issuedAt, int addresseeCount,
            List<AddresseeView> addressees) {

        public static AwardPlanDetail of(AwardPlan p) {
            return new AwardPlanDetail(p.planId, p.number, p.title, p.issuingUnitId, p.issuingUnitName,
                    p.issuingUnitPath, p.issuedAt, p.addressees.size(),
                    p.addressees.stream().map(AddresseeView::of).toList());
        }
    }

    private AwardPlanDtos() {
    }
}
