package vn.thiduaso.award.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import org.hibernate.Hibernate;

import vn.thiduaso.award.domain.AwardPlan;
import vn.thiduaso.award.domain.PlanAddressee;
import vn.thiduaso.award.domain.PlanAwardForm;
import vn.thiduaso.award.domain.PlanMilestone;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.award.repository.AwardPlanRepository;
import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.award.service.AccessPolicy.Target;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

/** The plans awards are based on: recorded from {@code PlanIssued}, read within the caller's scope. */
@ApplicationScoped
public class AwardPlanService {

    private final AwardPlanRepository plans;
    private final AccessPolicy policy;

    public AwardPlanService(AwardPlanRepository plans, AccessPolicy policy) {
        this.plans = plans;
        this.policy = policy;
    }

    /** A plan with its number of addressees, for list pages. */
    public record AwardPlanListing(AwardPlan plan, int addresseeCount) {
    }

    @Transactional
    public PageResponse<AwardPlanListing> list(CallerScope caller, String q, int page, int size) {
        PanacheQuery<AwardPlan> query = plans.visible(caller.scopePath(), q).page(Page.of(page, size));
        List<AwardPlan> found = query.list();
        Map<UUID, Integer> counts = plans.addresseeCounts(found.stream().map(p -> p.planId).toList());
        return new PageResponse<>(found.stream().map(p -> new AwardPlanListing(p, counts.getOrDefault(p.planId, 0))).toList(),
                page, size, query.count());
    }

    /** The plan with its addressees, award forms and milestones loaded (the resource maps it after the transaction). */
    @Transactional
    public AwardPlan get(CallerScope caller, UUID planId) {
        AwardPlan plan = plans.findByIdOptional(planId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch"));
        policy.require(caller, Action.READ_PLAN,
                new Target(plan.issuingUnitPath, plan.addressees.stream().map(a -> a.unitPath).toList()));
        Hibernate.initialize(plan.addressees);
        Hibernate.initialize(plan.awardForms);
        Hibernate.initialize(plan.milestones);
        return plan;
    }

    /** PlanClosed: the plan stays readable, marked closed; nothing new opens from it. */
    @Transactional
    public void recordClosed(UUID planId, Instant closedAt, String reason) {
        AwardPlan plan = plans.findById(planId);
        if (plan == null) {
            Log.infof("PlanClosed for plan %s that this service never saw issued: nothing to close", planId);
            return;
        }
        if (plan.closedAt == null) {
            plan.closedAt = closedAt != null ? closedAt : Instant.now();
            plan.closedReason = blankToNull(reason);
            plan.updatedAt = Instant.now();
        }
    }

    /**
     * The one place that refreshes the unit names and paths copied into award plans (issuing unit,
     * addressees) when plan-service republishes a renamed or moved unit.
     */
    @Transactional
    public void unitUpserted(UUID unitId, String name, String path) {
        int changed = plans.moveUnit(unitId, name, path);
        Log.debugf("Unit %s is now %s; %d copied reference(s) updated", unitId, path, changed);
    }

    /**
     * Upsert from {@code PlanIssued}: the first event creates the plan, a later one replaces its
     * content, an event older than the stored content is ignored. Runs inside the inbox transaction.
     */
    @Transactional
    public void recordIssued(UUID eventId, Instant occurredAt, IssuedAwardPlan issued) {
        Instant now = Instant.now();
        AwardPlan plan = plans.findById(issued.planId());
        boolean created = plan == null;
        if (created) {
            plan = new AwardPlan();
            plan.planId = issued.planId();
            plan.firstSeenEventId = eventId;
            plan.createdAt = now;
        } else if (plan.closedAt != null) {
            Log.infof("Ignoring event %s for plan %s: the plan is closed", eventId, plan.planId);
            return;
        } else if (issued.planVersion() < plan.planVersion || !plan.acceptsEventFrom(occurredAt)) {
            Log.infof("Ignoring PlanIssued %s for plan %s: older than the stored event %s", eventId, plan.planId,
                    plan.lastEventId);
            return;
        }
        plan.number = blankToNull(issued.number());
        plan.title = issued.title().trim();
        plan.issuingUnitId = issued.issuingUnitId();
        plan.issuingUnitPath = issued.issuingUnitPath();
        plan.issuingUnitName = blankToNull(issued.issuingUnitName());
        plan.issuedAt = issued.issuedAt() != null ? issued.issuedAt() : (occurredAt != null ? occurredAt : now);
        plan.addressees.clear();
        plan.addressees.addAll(addressees(issued));
        plan.planVersion = issued.planVersion();
        plan.awardForms.clear();
        for (IssuedAwardPlan.AwardFormOffer f : issued.awardForms()) {
            plan.awardForms.add(new PlanAwardForm(f.code(), f.occasions(), f.recipientGroups()));
        }
        plan.milestones.clear();
        for (IssuedAwardPlan.Milestone m : issued.milestones()) {
            plan.milestones.add(new PlanMilestone(m.id(), m.kind(), m.title(), m.date(), m.month(), m.year()));
        }
        plan.lastEventId = eventId;
        plan.lastEventAt = occurredAt;
        plan.updatedAt = now;
        if (created) {
            plans.persist(plan);
        }
        Log.infof("%s plan %s (%s) from event %s with %d addressees", created ? "Recorded" : "Updated", plan.planId,
                plan.issuingUnitPath, eventId, plan.addressees.size());
    }

    /** The addressees in the plan's order, each unit once. */
    private static List<PlanAddressee> addressees(IssuedAwardPlan issued) {
        List<PlanAddressee> result = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (IssuedAwardPlan.Unit a : issued.addressees()) {
            if (seen.add(a.unitId())) {
                result.add(new PlanAddressee(a.unitId(), a.unitPath(), blankToNull(a.unitName())));
            }
        }
        return result;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
