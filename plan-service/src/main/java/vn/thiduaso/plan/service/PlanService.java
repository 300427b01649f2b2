package vn.thiduaso.plan.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.plan.api.PlanDtos.AddresseeView;
import vn.thiduaso.plan.api.PlanDtos.CreatePlanRequest;
import vn.thiduaso.plan.api.PlanDtos.IssuePlanRequest;
import vn.thiduaso.plan.api.PlanDtos.ObligationRequest;
import vn.thiduaso.plan.api.PlanDtos.ObligationView;
import vn.thiduaso.plan.api.PlanDtos.PlanDetail;
import vn.thiduaso.plan.api.PlanDtos.PlanSummary;
import vn.thiduaso.plan.api.PlanDtos.UnitRef;
import vn.thiduaso.plan.domain.Addressee;
import vn.thiduaso.plan.domain.Plan;
import vn.thiduaso.plan.domain.PlanStatus;
import vn.thiduaso.plan.domain.ReportingObligation;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.messaging.PlanEvents;
import vn.thiduaso.plan.repository.PlanRepository;
import vn.thiduaso.plan.repository.UnitRepository;
import vn.thiduaso.platform.api.PageResponse;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.Problem.FieldError;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

/** Drafting and issuing plans; issuing writes {@code PlanIssued} to the outbox in the same transaction. */
@ApplicationScoped
public class PlanService {

    static final String CREATE = "POST /api/v1/plans";

    private final PlanRepository plans;
    private final UnitRepository units;
    private final PlanEvents events;
    private final IdempotencyKeys idempotency;

    public PlanService(PlanRepository plans, UnitRepository units, PlanEvents events, IdempotencyKeys idempotency) {
        this.plans = plans;
        this.units = units;
        this.events = events;
        this.idempotency = idempotency;
    }

    @Transactional
    public PageResponse<PlanSummary> list(CallerScope caller, PlanStatus status, String q, int page, int size) {
        PanacheQuery<Plan> query = plans.visible(caller.scopePath(), seesDrafts(caller), status, q)
                .page(Page.of(page, size));
        List<Plan> found = query.list();
        Map<UUID, Unit> unitsById = load(found.stream().map(p -> p.issuingUnitId).toList());
        return new PageResponse<>(found.stream().map(p -> summary(p, unitsById)).toList(), page, size, query.count());
    }

    @Transactional
    public PlanDetail get(CallerScope caller, UUID id) {
        Plan plan = visiblePlan(caller, id);
        return detail(plan);
    }

    /** Drafts a plan; a retry with the same {@code Idempotency-Key} returns the first draft. */
    @Transactional
    public PlanDetail create(CallerScope caller, CreatePlanRequest request, String idempotencyKey) {
        Optional<IdempotencyKeys.Claim> claim = idempotency.claim(caller, CREATE, idempotencyKey, request.toString());
        if (claim.isPresent() && claim.get().replayOf() != null) {
            return get(caller, claim.get().replayOf());
        }
        PlanDetail created = create(caller, request);
        claim.ifPresent(c -> idempotency.remember(c, created.id()));
        return created;
    }

    @Transactional
    public PlanDetail create(CallerScope caller, CreatePlanRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Unit issuer = units.findById(request.issuingUnitId());
        if (issuer == null) {
            throw new InvalidFieldException("issuingUnitId", "Đơn vị ban hành không tồn tại");
        }
        caller.requireCovers(issuer.path);
        Set<UUID> distinct = new HashSet<>(request.addresseeUnitIds());
        if (distinct.size() != request.addresseeUnitIds().size()) {
            errors.add(new FieldError("addresseeUnitIds", "Một đơn vị được chọn nhiều lần"));
        }
        Map<UUID, Unit> byId = load(request.addresseeUnitIds());
        for (int i = 0; i < request.addresseeUnitIds().size(); i++) {
            Unit u = byId.get(request.addresseeUnitIds().get(i));
            if (u == null) {
                errors.add(new FieldError("addresseeUnitIds[" + i + "]", "Đơn vị không tồn tại"));
            } else if (!caller.covers(u.path)) {
                errors.add(new FieldError("addresseeUnitIds[" + i + "]", "Đơn vị nằm ngoài phạm vi của bạn"));
            }
        }
        for (int i = 0; i < request.reportingObligations().size(); i++) {
            UUID recipient = request.reportingObligations().get(i).recipientUnitId();
            Unit u = units.findById(recipient);
            if (u == null || !caller.covers(u.path)) {
                errors.add(new FieldError("reportingObligations[" + i + "].recipientUnitId",
                        "Đơn vị nhận báo cáo không tồn tại hoặc nằm ngoài phạm vi của bạn"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }

        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.title = request.title().trim();
        plan.number = blankToNull(request.number());
        plan.summary = blankToNull(request.summary());
        plan.issuingUnitId = issuer.id;
        plan.issuingUnitPath = issuer.path;
        plan.signerName = blankToNull(request.signerName());
        plan.signerTitle = blankToNull(request.signerTitle());
        plan.createdBy = caller.username();
        plan.createdAt = Instant.now();
        for (UUID unitId : request.addresseeUnitIds()) {
            plan.addressees.add(new Addressee(unitId, byId.get(unitId).path));
        }
        int position = 0;
        for (ObligationRequest o : request.reportingObligations()) {
            ReportingObligation obligation = new ReportingObligation();
            obligation.id = UUID.randomUUID();
            obligation.plan = plan;
            obligation.position = position++;
            obligation.title = o.title().trim();
            obligation.recipientUnitId = o.recipientUnitId();
            obligation.dueDay = o.dueDay();
            obligation.dueMonth = o.dueMonth();
            obligation.firstYear = o.firstYear();
            obligation.lastYear = o.lastYear();
            plan.reportingObligations.add(obligation);
        }
        plans.persist(plan);
        return detail(plan);
    }

    /** Ban hành: the leader signs; the event goes out with the change or not at all. */
    @Transactional
    public PlanDetail issue(CallerScope caller, UUID id, IssuePlanRequest request) {
        Plan plan = plans.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch"));
        caller.requireCovers(plan.issuingUnitPath);
        if (request.version() != plan.version) {
            throw new ConflictException("Kế hoạch đã được thay đổi (phiên bản " + plan.version + "); hãy tải lại");
        }
        plan.issue(request.number(), caller.username(), Instant.now());
        plans.flush();
        Map<UUID, Unit> related = relatedUnits(plan);
        events.planIssued(plan, related);
        return detail(plan);
    }

    private Plan visiblePlan(CallerScope caller, UUID id) {
        Plan plan = plans.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch"));
        boolean issuerInScope = caller.covers(plan.issuingUnitPath);
        boolean addressedInScope = plan.status == PlanStatus.ISSUED
                && plan.addressees.stream().anyMatch(a -> caller.covers(a.unitPath));
        boolean draftAllowed = plan.status == PlanStatus.ISSUED || seesDrafts(caller);
        if (!((issuerInScope && draftAllowed) || addressedInScope)) {
            throw new io.quarkus.security.ForbiddenException("Kế hoạch này nằm ngoài phạm vi của bạn");
        }
        return plan;
    }

    /** Drafts are the commune's internal work: units and the board see a plan once it is issued. */
    private static boolean seesDrafts(CallerScope caller) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.OFFICE) || caller.hasRole(Roles.LEADER)
                || caller.hasRole(Roles.COUNCIL);
    }

    private PlanDetail detail(Plan plan) {
        Map<UUID, Unit> related = relatedUnits(plan);
        return new PlanDetail(plan.id, plan.number, plan.title, plan.status.name(), ref(related.get(plan.issuingUnitId)),
                plan.issuedAt, plan.createdAt, plan.version, plan.summary, plan.signerName, plan.signerTitle,
                plan.createdBy, plan.issuedBy,
                plan.addressees.stream()
                        .map(a -> new AddresseeView(a.unitId, related.get(a.unitId).name, a.unitPath))
                        .toList(),
                plan.reportingObligations.stream()
                        .map(o -> new ObligationView(o.id, o.title, ref(related.get(o.recipientUnitId)), o.dueDay,
                                o.dueMonth, o.firstYear, o.lastYear))
                        .toList());
    }

    private Map<UUID, Unit> relatedUnits(Plan plan) {
        List<UUID> ids = new ArrayList<>();
        ids.add(plan.issuingUnitId);
        plan.addressees.forEach(a -> ids.add(a.unitId));
        plan.reportingObligations.forEach(o -> ids.add(o.recipientUnitId));
        return load(ids);
    }

    private Map<UUID, Unit> load(List<UUID> ids) {
        Map<UUID, Unit> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            units.list("id in ?1", new HashSet<>(ids)).forEach(u -> byId.put(u.id, u));
        }
        return byId;
    }

    private static PlanSummary summary(Plan p, Map<UUID, Unit> units) {
        return new PlanSummary(p.id, p.number, p.title, p.status.name(), ref(units.get(p.issuingUnitId)), p.issuedAt,
                p.createdAt, p.version);
    }

    private static UnitRef ref(Unit u) {
        return u == null ? null : new UnitRef(u.id, u.name, u.path);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
