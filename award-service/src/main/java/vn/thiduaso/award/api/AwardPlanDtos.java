package vn.thiduaso.award.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.thiduaso.award.domain.AwardPlan;
import vn.thiduaso.award.domain.PlanAddressee;
import vn.thiduaso.award.domain.PlanAwardForm;
import vn.thiduaso.award.domain.PlanMilestone;

/** Response records of /api/v1/award-plans. */
public final class AwardPlanDtos {

    /** {@code closedAt}: set once the plan is closed (the movement ended). */
    public record AwardPlanSummary(UUID planId, String number, String planTitle, UUID issuingUnitId,
            String issuingUnitName, String issuingUnitPath, Instant issuedAt, int planVersion, Instant closedAt,
            int addresseeCount) {

        public static AwardPlanSummary of(AwardPlan p, int addresseeCount) {
            return new AwardPlanSummary(p.planId, p.number, p.title, p.issuingUnitId, p.issuingUnitName,
                    p.issuingUnitPath, p.issuedAt, p.planVersion, p.closedAt, addresseeCount);
        }
    }

    public record AddresseeView(UUID unitId, String unitPath, String unitName) {

        public static AddresseeView of(PlanAddressee a) {
            return new AddresseeView(a.unitId, a.unitPath, a.unitName);
        }
    }

    /** An award form the plan offers: catalogue code, occasions (ANNUAL, …) and target groups. */
    public record AwardFormOfferView(String code, List<String> occasions, List<String> recipientGroups) {

        public static AwardFormOfferView of(PlanAwardForm f) {
            return new AwardFormOfferView(f.code, f.occasionList(), f.recipientGroupList());
        }
    }

    public record MilestoneView(UUID id, String kind, String title, LocalDate date, Integer month, Integer year) {

        public static MilestoneView of(PlanMilestone m) {
            return new MilestoneView(m.milestoneId, m.kind, m.title, m.date, m.month, m.year);
        }
    }

    public record AwardPlanDetail(UUID planId, String number, String planTitle, UUID issuingUnitId,
            String issuingUnitName, String issuingUnitPath, Instant issuedAt, int planVersion, Instant closedAt,
            int addresseeCount, List<AddresseeView> addressees, List<AwardFormOfferView> awardForms,
            List<MilestoneView> milestones) {

        public static AwardPlanDetail of(AwardPlan p) {
            return new AwardPlanDetail(p.planId, p.number, p.title, p.issuingUnitId, p.issuingUnitName,
                    p.issuingUnitPath, p.issuedAt, p.planVersion, p.closedAt, p.addressees.size(),
                    p.addressees.stream().map(AddresseeView::of).toList(),
                    p.awardForms.stream().map(AwardFormOfferView::of).toList(),
                    p.milestones.stream().map(MilestoneView::of).toList());
        }
    }

    private AwardPlanDtos() {
    }
}
