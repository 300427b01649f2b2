package vn.thiduaso.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thiduaso.plan.domain.Movement;
import vn.thiduaso.plan.domain.Plan;
import vn.thiduaso.plan.domain.PlanVersion;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.content.Assignment;
import vn.thiduaso.plan.domain.content.AwardFormOffer;
import vn.thiduaso.plan.domain.content.ContentItem;
import vn.thiduaso.plan.domain.content.CriteriaGroup;
import vn.thiduaso.plan.domain.content.LegalBasis;
import vn.thiduaso.plan.domain.content.Milestone;
import vn.thiduaso.plan.domain.content.Obligation;
import vn.thiduaso.plan.domain.content.Occasion;
import vn.thiduaso.plan.domain.content.OtherSection;
import vn.thiduaso.plan.domain.content.PlanContent;
import vn.thiduaso.plan.domain.content.Signer;
import vn.thiduaso.plan.domain.content.Target;
import vn.thiduaso.plan.domain.content.UnitPlansRequirement;
import vn.thiduaso.plan.service.PlanService.PlanSummaryView;
import vn.thiduaso.plan.service.PlanService.PlanView;

/** Request and response records of /api/v1/plans (the part shapes are those of docs/plan-model.md). */
public final class PlanDtos {

    public record UnitRef(UUID id, String name, String path) {
    }

    public record MovementRef(UUID id, String name) {
    }

    public record PlanSummary(UUID id, String number, String title,
            @Schema(implementation = vn.thiduaso.plan.domain.PlanStatus.class) String status, UnitRef issuingUnit,
            Instant issuedAt, LocalDate issuedOn, Instant createdAt, long version, int planVersion, Integer startYear,
            Integer endYear, List<MovementRef> movements) {
    }

    public record AddresseeView(UUID unitId, String unitName, String unitPath) {
    }

    /** An assignment with its unit's name (null for a group written by its heading or unit kinds). */
    public record AssignmentView(UUID id, UUID unitId, String unitName, String heading, List<String> unitKinds,
            Assignment.Role role, boolean requested, List<String> tasks) {
    }

    public record ObligationView(UUID id, String title, Occasion kind, Obligation.Reporters reporters,
            UUID recipientUnitId, UnitRef recipientUnit, Integer dueDay, Integer dueMonth, LocalDate dueDate,
            Integer firstYear, Integer lastYear, Obligation.SecondHop secondHop) {
    }

    public record PlanDetail(UUID id, @Schema(implementation = vn.thiduaso.plan.domain.PlanStatus.class) String status, String number, long version, int planVersion, Instant issuedAt,
            LocalDate issuedOn, String issuedBy, Instant createdAt, String createdBy, UUID parentPlanId,
            String amendmentReason, Instant closedAt, String title, String summary, UUID issuingUnitId,
            UnitRef issuingUnit, List<UUID> movementIds, List<MovementRef> movements, Integer startYear,
            Integer endYear, List<String> sectionOrder, List<LegalBasis> legalBases, List<String> purposes,
            List<String> requirements, List<String> objectives, List<ContentItem> contents,
            List<CriteriaGroup> criteriaGroups, List<Target> targets, List<Milestone> milestones,
            List<AwardFormOffer> awardForms, List<AssignmentView> assignments, List<UUID> addresseeUnitIds,
            List<AddresseeView> addressees, List<ObligationView> reportingObligations,
            UnitPlansRequirement unitPlansRequired, List<OtherSection> otherSections, List<String> recipients,
            Signer signer, String place, String signerName, String signerTitle, List<String> introduction,
            List<String> closing) {

        static PlanDetail of(PlanView view) {
            Plan p = view.plan();
            PlanVersion v = view.version();
            PlanContent c = v.content;
            Map<UUID, Unit> units = view.units();
            boolean current = v.planVersion == p.currentVersion;
            return new PlanDetail(p.id, current || !v.issued() ? p.status.name() : "ISSUED", v.number, p.version,
                    v.planVersion, v.issuedAt, v.issuedOn, v.issuedBy, v.createdAt, v.createdBy, p.parentPlanId,
                    v.amendmentReason, p.closedAt, v.title, v.summary, p.issuingUnitId, ref(units.get(p.issuingUnitId)),
                    c.movementIds(), view.movements().stream().map(m -> new MovementRef(m.id, m.name)).toList(),
                    c.startYear(), c.endYear(), c.sectionOrder(), c.legalBases(), c.purposes(), c.requirements(),
                    c.objectives(), c.contents(), c.criteriaGroups(), c.targets(), c.milestones(), c.awardForms(),
                    c.assignments().stream().map(a -> new AssignmentView(a.id(), a.unitId(),
                            a.unitId() == null ? null : name(units.get(a.unitId())), a.heading(), a.unitKinds(), a.role(),
                            Boolean.TRUE.equals(a.requested()), a.tasks())).toList(),
                    c.addresseeUnitIds(),
                    c.addresseeUnitIds().stream().map(id -> {
                        Unit u = units.get(id);
                        return new AddresseeView(id, name(u), u == null ? null : u.path);
                    }).toList(),
                    c.reportingObligations().stream().map(o -> new ObligationView(o.id(), o.title(), o.kind(),
                            o.reporters(), o.recipientUnitId(), ref(units.get(o.recipientUnitId())), o.dueDay(),
                            o.dueMonth(), o.dueDate(), o.firstYear(), o.lastYear(), o.secondHop())).toList(),
                    c.unitPlansRequired(), c.otherSections(), c.recipients(), c.signer(), c.place(),
                    c.signer() == null ? null : c.signer().fullName(), c.signer() == null ? null : c.signer().title(),
                    c.introduction(), c.closing());
        }
    }

    /**
     * The body of {@code POST /plans} and {@code PATCH /plans/{id}} as the OpenAPI document describes it
     * (docs/plan-model.md). The resource reads the body as JSON so that a PATCH can tell a part left out
     * from a part emptied; this record only gives the contract its schema. {@code version} is required by PATCH.
     */
    @Schema(name = "PlanBody", description = "Kế hoạch (dự thảo): mọi phần đều tuỳ chọn, trừ tên và đơn vị ban hành khi tạo")
    public record PlanBody(Long version, String title, String summary, UUID issuingUnitId, UUID parentPlanId,
            List<UUID> movementIds, Integer startYear, Integer endYear, List<String> sectionOrder,
            List<LegalBasis> legalBases, List<String> purposes, List<String> requirements, List<String> objectives,
            List<ContentItem> contents, List<CriteriaGroup> criteriaGroups, List<Target> targets,
            List<Milestone> milestones, List<AwardFormOffer> awardForms, List<Assignment> assignments,
            List<UUID> addresseeUnitIds, List<Obligation> reportingObligations, UnitPlansRequirement unitPlansRequired,
            List<OtherSection> otherSections, List<String> recipients, Signer signer, String place,
            @Schema(description = "Cách viết cũ của signer.fullName") String signerName,
            @Schema(description = "Cách viết cũ của signer.title") String signerTitle,
            @Schema(description = "Đoạn mở đầu, sau các căn cứ, trước mục I") List<String> introduction,
            @Schema(description = "Đoạn kết, sau mục cuối cùng (\"Trên đây là Kế hoạch …\")") List<String> closing) {
    }

    static PlanSummary summary(PlanSummaryView s) {
        Plan p = s.plan();
        return new PlanSummary(p.id, p.number, p.title, p.status.name(), ref(s.issuingUnit()), p.issuedAt, p.issuedOn,
                p.createdAt, p.version, p.currentVersion, p.startYear, p.endYear,
                s.movements().stream().map(PlanDtos::movementRef).toList());
    }

    /** One line of {@code GET /plans/{id}/versions}. */
    public record VersionSummary(int planVersion, String status, Instant createdAt, String createdBy,
            Instant issuedAt, LocalDate issuedOn, String issuedBy, String amendmentReason) {

        static VersionSummary of(vn.thiduaso.plan.service.PlanService.VersionInfo v) {
            return new VersionSummary(v.planVersion(), v.status(), v.createdAt(), v.createdBy(), v.issuedAt(),
                    v.issuedOn(), v.issuedBy(), v.amendmentReason());
        }
    }

    public record IssuePlanRequest(@NotNull(message = "Cần phiên bản hiện tại của kế hoạch") Long version,
            LocalDate issuedOn, @Size(max = 200, message = "Địa danh tối đa 200 ký tự") String place) {
    }

    public record ReasonRequest(@NotNull(message = "Cần phiên bản hiện tại của kế hoạch") Long version,
            @Size(max = 20000, message = "Lý do tối đa 20000 ký tự") String reason) {
    }

    static MovementRef movementRef(Movement m) {
        return new MovementRef(m.id, m.name);
    }

    static UnitRef ref(Unit u) {
        return u == null ? null : new UnitRef(u.id, u.name, u.path);
    }

    private static String name(Unit u) {
        return u == null ? null : u.name;
    }

    private PlanDtos() {
    }
}
