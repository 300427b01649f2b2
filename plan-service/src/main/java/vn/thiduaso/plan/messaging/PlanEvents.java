package vn.thiduaso.plan.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.plan.domain.Plan;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;

/** Writes plan events to the outbox; the payload records are the contract in docs/events.md. */
@ApplicationScoped
public class PlanEvents {

    public record UnitRef(UUID unitId, String unitPath, String unitName) {
    }

    public record Obligation(UUID obligationId, String title, UUID recipientUnitId, String recipientUnitPath,
            String recipientUnitName, int dueDay, int dueMonth, int firstYear, int lastYear) {
    }

    /** Payload of {@code PlanIssued} v1. */
    public record PlanIssued(UUID planId, String number, String title, UUID issuingUnitId, String issuingUnitPath,
            String issuingUnitName, Instant issuedAt, String issuedBy, String signerName, String signerTitle,
            List<UnitRef> addressees, List<Obligation> reportingObligations) {
    }

    private final Outbox outbox;

    public PlanEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void planIssued(Plan plan, Map<UUID, Unit> units) {
        Unit issuer = units.get(plan.issuingUnitId);
        List<UnitRef> addressees = plan.addressees.stream()
                .map(a -> new UnitRef(a.unitId, a.unitPath, units.get(a.unitId).name))
                .toList();
        List<Obligation> obligations = plan.reportingObligations.stream()
                .map(o -> {
                    Unit recipient = units.get(o.recipientUnitId);
                    return new Obligation(o.id, o.title, o.recipientUnitId, recipient.path, recipient.name, o.dueDay,
                            o.dueMonth, o.firstYear, o.lastYear);
                })
                .toList();
        outbox.publish(Topics.PLANS, EventTypes.PLAN_ISSUED, 1, plan.id.toString(), plan.issuingUnitPath,
                new PlanIssued(plan.id, plan.number, plan.title, plan.issuingUnitId, issuer.path, issuer.name,
                        plan.issuedAt, plan.issuedBy, plan.signerName, plan.signerTitle, addressees, obligations));
    }
}
