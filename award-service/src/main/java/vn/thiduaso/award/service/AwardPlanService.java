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
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.quarkus.security.ForbiddenException;
import vn.thiduaso.award.api.AwardPlanDtos.AwardPlanDetail;
import vn.thiduaso.award.api.AwardPlanDtos.AwardPlanSummary;
import vn.thiduaso.award.domain.AwardPlan;
import vn.thiduaso.award.domain.PlanAddressee;
import vn.thiduaso.award.messaging.PlanIssued;
import vn.thiduaso.award.repository.AwardPlanRepository;
import vn.thiduaso.platform.api.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

/** The plans awards are based on: recorded from {@code PlanIssued}, read within the caller's scope. */
@ApplicationScoped
public class AwardPlanService {

    private final AwardPlanRepository plans;

    public AwardPlanService(AwardPlanRepository plans) {
        this.plans = plans;
    }

    @Transactional
    public PageResponse<AwardPlanSummary> list(CallerScope caller, String q, int page, int size) {
        PanacheQuery<AwardPlan> query = plans.visible(caller.scopePath(), q).page(Page.of(page, size));
        List<AwardPlan> found = query.list();
        Map<UUID, Integer> counts = plans.addresseeCounts(found.stream().map(p -> p.planId).toList());
        return new PageResponse<>(found.stream().map(p -> AwardPlanSummary.of(p, counts.getOrDefault(p.planId, 0))).toList(),
                page, size, query.count());
    }

    @Transactional
    public AwardPlanDetail get(CallerScope caller, UUID planId) {
        AwardPlan plan = plans.findByIdOptional(planId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch"));
        boolean visible = caller.covers(plan.issuingUnitPath)
                || plan.addressees.stream().anyMatch(a -> caller.covers(a.unitPath));
        if (!visible) {
            throw new ForbiddenException("Kế hoạch này nằm ngoài phạm vi của bạn");
        }
        return AwardPlanDetail.of(plan);
    }

    /**
     * Upsert from {@code PlanIssued}: the first event creates the plan, a later one replaces its
     * content, an event older than the stored content is ignored. Runs inside the inbox transaction.
     */
    @Transactional
    public void recordIssued(UUID eventId, Instant occurredAt, PlanIssued issued) {
        requireValid(issued);
        Instant now = Instant.now();
        AwardPlan plan = plans.findById(issued.planId());
        boolean created = plan == null;
        if (created) {
            plan = new AwardPlan();
            plan.planId = issued.planId();
            plan.firstSeenEventId = eventId;
            plan.createdAt = now;
        } else if (!plan.acceptsEventFrom(occurredAt)) {
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
        plan.lastEventId = eventId;
        plan.lastEventAt = occurredAt;
        plan.updatedAt = now;
        if (created) {
            plans.persist(plan);
        }
        Log.infof("%s plan %s (%s) from event %s with %d addressees", created ? "Recorded" : "Updated", plan.planId,
                plan.issuingUnitPath, eventId, plan.addressees.size());
    }

    /** A payload without these cannot be scoped or shown: it fails and goes to the dead-letter topic. */
    private static void requireValid(PlanIssued issued) {
        List<String> missing = new ArrayList<>();
        if (issued.planId() == null) {
            missing.add("planId");
        }
        if (issued.title() == null || issued.title().isBlank()) {
            missing.add("title");
        }
        if (issued.issuingUnitId() == null) {
            missing.add("issuingUnitId");
        }
        if (issued.issuingUnitPath() == null || !issued.issuingUnitPath().startsWith("/")) {
            missing.add("issuingUnitPath");
        }
        if (issued.addressees() != null) {
            for (int i = 0; i < issued.addressees().size(); i++) {
                PlanIssued.UnitRef a = issued.addressees().get(i);
                if (a == null || a.unitId() == null || a.unitPath() == null || !a.unitPath().startsWith("/")) {
                    missing.add("addressees[" + i + "]");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("PlanIssued payload lacks or has invalid " + missing);
        }
    }

    /** The addressees in the plan's order, each unit once. */
    private static List<PlanAddressee> addressees(PlanIssued issued) {
        List<PlanAddressee> result = new ArrayList<>();
        if (issued.addressees() == null) {
            return result;
        }
        Set<UUID> seen = new HashSet<>();
        for (PlanIssued.UnitRef a : issued.addressees()) {
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
