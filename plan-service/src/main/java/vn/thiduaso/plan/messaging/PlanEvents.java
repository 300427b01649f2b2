package vn.thiduaso.plan.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import vn.thiduaso.plan.domain.Plan;
import vn.thiduaso.plan.domain.PlanVersion;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.content.AwardFormOffer;
import vn.thiduaso.plan.domain.content.ContentItem;
import vn.thiduaso.plan.domain.content.Milestone;
import vn.thiduaso.plan.domain.content.Obligation;
import vn.thiduaso.plan.domain.content.Occasion;
import vn.thiduaso.plan.domain.content.PlanContent;
import vn.thiduaso.plan.domain.content.Target;
import vn.thiduaso.plan.domain.content.TargetGroup;
import vn.thiduaso.plan.domain.content.UnitPlansRequirement;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;

/** Writes plan events to the outbox; the payload records are the contract in docs/events.md. */
@ApplicationScoped
public class PlanEvents {

    public static final int PLAN_ISSUED_VERSION = 2;
    public static final int PLAN_AMENDED_VERSION = 1;
    public static final int PLAN_CLOSED_VERSION = 1;

    public record UnitRef(UUID unitId, String unitPath, String unitName) {
    }

    /** A content item without its body. */
    public record ContentRef(UUID id, String number, String title, List<ContentRef> children) {
    }

    public record AwardFormRef(String code, List<TargetGroup> recipientGroups, List<Occasion> occasions) {
    }

    /** v1 fields of an obligation, plus kind, dueDate, secondHop and the resolved reporters. */
    public record ObligationPayload(UUID obligationId, String title, Occasion kind, UUID recipientUnitId,
            String recipientUnitPath, String recipientUnitName, Integer dueDay, Integer dueMonth, LocalDate dueDate,
            Integer firstYear, Integer lastYear, Obligation.SecondHop secondHop, List<UnitRef> reporters) {
    }

    /** Payload of {@code PlanIssued} v2: the whole issued version (every v1 field kept). */
    public record PlanIssued(UUID planId, String number, String title, UUID issuingUnitId, String issuingUnitPath,
            String issuingUnitName, Instant issuedAt, LocalDate issuedOn, String issuedBy, String signerName,
            String signerTitle, List<UnitRef> addressees, List<ObligationPayload> reportingObligations,
            int planVersion, List<UUID> movementIds, Integer startYear, Integer endYear, List<ContentRef> contents,
            List<Target> targets, List<Milestone> milestones, List<AwardFormRef> awardForms,
            UnitPlansRequirement unitPlansRequired, UUID parentPlanId) {
    }

    /** Payload of {@code PlanAmended} v1: {@code PlanIssued} v2 of the new version, the reason and what changed. */
    public record PlanAmended(@JsonUnwrapped PlanIssued plan, String amendmentReason, List<String> changedParts) {
    }

    /** Payload of {@code PlanClosed} v1. */
    public record PlanClosed(UUID planId, Instant closedAt, String closedBy, String reason) {
    }

    /** Payload of {@code UnitPlanIssued} v1: a unit issued its own plan answering a parent plan (cascade). */
    public record UnitPlanIssued(UUID planId, UUID parentPlanId, UUID unitId, String unitPath, String unitName,
            String number, String title, Instant issuedAt) {
    }

    public static final int UNIT_PLAN_ISSUED_VERSION = 1;

    private final Outbox outbox;

    public PlanEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void planIssued(Plan plan, PlanVersion version, Map<UUID, Unit> units) {
        outbox.publish(Topics.PLANS, EventTypes.PLAN_ISSUED, PLAN_ISSUED_VERSION, plan.id.toString(),
                plan.issuingUnitPath, issued(plan, version, units));
    }

    public void planAmended(Plan plan, PlanVersion version, Map<UUID, Unit> units, List<String> changedParts) {
        outbox.publish(Topics.PLANS, EventTypes.PLAN_AMENDED, PLAN_AMENDED_VERSION, plan.id.toString(),
                plan.issuingUnitPath, new PlanAmended(issued(plan, version, units), version.amendmentReason, changedParts));
    }

    public void unitPlanIssued(Plan plan, PlanVersion version, Unit unit) {
        outbox.publish(Topics.PLANS, EventTypes.UNIT_PLAN_ISSUED, UNIT_PLAN_ISSUED_VERSION, plan.id.toString(),
                plan.issuingUnitPath, new UnitPlanIssued(plan.id, plan.parentPlanId, unit.id, unit.path, unit.name,
                        version.number, version.title, version.issuedAt));
    }

    public void planClosed(Plan plan) {
        outbox.publish(Topics.PLANS, EventTypes.PLAN_CLOSED, PLAN_CLOSED_VERSION, plan.id.toString(),
                plan.issuingUnitPath, new PlanClosed(plan.id, plan.closedAt, plan.closedBy, plan.closeReason));
    }

    static PlanIssued issued(Plan plan, PlanVersion version, Map<UUID, Unit> units) {
        PlanContent c = version.content;
        Unit issuer = units.get(plan.issuingUnitId);
        List<UnitRef> addressees = c.addresseeUnitIds().stream().map(id -> ref(units.get(id))).toList();
        List<ObligationPayload> obligations = c.reportingObligations().stream().map(o -> {
            Unit recipient = units.get(o.recipientUnitId());
            return new ObligationPayload(o.id(), o.title(), o.kind(), o.recipientUnitId(), recipient.path,
                    recipient.name, o.dueDay(), o.dueMonth(), o.dueDate(), o.firstYear(), o.lastYear(), o.secondHop(),
                    reporters(o, c, units));
        }).toList();
        return new PlanIssued(plan.id, version.number, version.title, plan.issuingUnitId, issuer.path, issuer.name,
                version.issuedAt, version.issuedOn, version.issuedBy,
                c.signer() == null ? null : c.signer().fullName(), c.signer() == null ? null : c.signer().title(),
                addressees, obligations, version.planVersion, c.movementIds(), c.startYear(), c.endYear(),
                contents(c.contents()), c.targets(), c.milestones(),
                c.awardForms().stream().map(PlanEvents::award).toList(), c.unitPlansRequired(), plan.parentPlanId);
    }

    /** ADDRESSEES / LISTED / KINDS turned into the concrete reporting units, so consumers need no unit tree. */
    public static List<UnitRef> reporters(Obligation o, PlanContent c, Map<UUID, Unit> units) {
        return switch (o.reporters().mode()) {
            case ADDRESSEES -> c.addresseeUnitIds().stream().map(id -> ref(units.get(id))).toList();
            case LISTED -> o.reporters().unitIds().stream().map(id -> ref(units.get(id))).toList();
            case KINDS -> {
                Set<String> kinds = Set.copyOf(o.reporters().unitKinds());
                List<UnitRef> refs = new ArrayList<>();
                for (UUID id : c.addresseeUnitIds()) {
                    Unit u = units.get(id);
                    if (kinds.contains(u.kind.name())) {
                        refs.add(ref(u));
                    }
                }
                yield refs;
            }
        };
    }

    private static List<ContentRef> contents(List<ContentItem> items) {
        return items.stream().map(i -> new ContentRef(i.id(), i.number(), i.title(), contents(i.children()))).toList();
    }

    private static AwardFormRef award(AwardFormOffer a) {
        return new AwardFormRef(a.code(), a.recipientGroups(), a.occasions());
    }

    private static UnitRef ref(Unit u) {
        return new UnitRef(u.id, u.path, u.name);
    }
}
