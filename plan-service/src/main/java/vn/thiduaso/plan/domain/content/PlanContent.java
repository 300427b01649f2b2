package vn.thiduaso.plan.domain.content;

import java.util.List;
import java.util.UUID;

/**
 * The parts of one plan version (docs/plan-model.md), stored as one jsonb document per version and
 * carried whole in {@code PlanIssued} v2. Every part is optional and ordered; {@code sectionOrder}
 * says in which order the plan presents them, so a commune that writes its parts in another order,
 * or has parts no other commune has ({@code otherSections}), is held as written. {@code introduction}
 * (after the legal bases, before section I: "Ủy ban nhân dân xã … ban hành Kế hoạch … cụ thể như sau:")
 * and {@code closing} (after the last section: "Trên đây là Kế hoạch …") have fixed places, so they are
 * not in {@code sectionOrder}.
 */
public record PlanContent(
        List<UUID> movementIds,
        Integer startYear,
        Integer endYear,
        List<String> sectionOrder,
        List<LegalBasis> legalBases,
        List<String> purposes,
        List<String> requirements,
        List<String> objectives,
        List<ContentItem> contents,
        List<CriteriaGroup> criteriaGroups,
        List<Target> targets,
        List<Milestone> milestones,
        List<AwardFormOffer> awardForms,
        List<Assignment> assignments,
        List<UUID> addresseeUnitIds,
        List<Obligation> reportingObligations,
        UnitPlansRequirement unitPlansRequired,
        List<OtherSection> otherSections,
        List<String> recipients,
        Signer signer,
        String place,
        List<String> introduction,
        List<String> closing) {

    /** The part names a {@code sectionOrder} may list (besides {@code otherSections:<id>}). */
    public static final List<String> PARTS = List.of("legalBases", "purposes", "requirements", "objectives",
            "contents", "criteriaGroups", "targets", "milestones", "awardForms", "assignments",
            "reportingObligations", "unitPlansRequired", "otherSections", "recipients", "signer");

    /** A plan with no parts yet. */
    public static PlanContent empty() {
        return new PlanContent(List.of(), null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(),
                null, null, List.of(), List.of());
    }
}
