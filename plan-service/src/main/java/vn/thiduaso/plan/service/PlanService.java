package vn.thiduaso.plan.service;

import java.time.Instant;
import java.time.LocalDate;
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

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.plan.domain.Addressee;
import vn.thiduaso.plan.domain.Movement;
import vn.thiduaso.plan.domain.Plan;
import vn.thiduaso.plan.domain.PlanDiff;
import vn.thiduaso.plan.domain.PlanRules;
import vn.thiduaso.plan.domain.PlanStatus;
import vn.thiduaso.plan.domain.PlanVersion;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.content.PlanContent;
import vn.thiduaso.plan.domain.content.PlanContents;
import vn.thiduaso.plan.messaging.PlanEvents;
import vn.thiduaso.plan.repository.AwardFormCodeRepository;
import vn.thiduaso.plan.repository.MovementRepository;
import vn.thiduaso.plan.repository.PlanNumberCounters;
import vn.thiduaso.plan.repository.PlanRepository;
import vn.thiduaso.plan.repository.PlanVersionRepository;
import vn.thiduaso.plan.repository.UnitRepository;
import vn.thiduaso.plan.service.AccessPolicy.Action;
import vn.thiduaso.plan.service.AccessPolicy.PlanTarget;
import vn.thiduaso.plan.service.PlanInputs.PlanInput;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.Problem.FieldError;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * Drafting, editing, issuing, amending and closing plans. Every use case asks {@link AccessPolicy};
 * the parts are checked by {@link PlanRules}; events go to the outbox in the same transaction.
 */
@ApplicationScoped
public class PlanService {

    static final String CREATE = "POST /api/v1/plans";
    public static final String NUMBER_SUFFIX = "/KH-UBND";

    /** A plan with the version shown and everything needed to name its units and movements. */
    public record PlanView(Plan plan, PlanVersion version, Map<UUID, Unit> units, List<Movement> movements) {
    }

    public record PlanSummaryView(Plan plan, Unit issuingUnit, List<Movement> movements) {
    }

    /** One line of {@code GET /plans/{id}/versions}. */
    public record VersionInfo(int planVersion, String status, Instant createdAt, String createdBy, Instant issuedAt,
            LocalDate issuedOn, String issuedBy, String amendmentReason) {
    }

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final UnitRepository units;
    private final MovementRepository movements;
    private final AwardFormCodeRepository awardForms;
    private final PlanNumberCounters counters;
    private final PlanEvents events;
    private final IdempotencyKeys idempotency;
    private final AccessPolicy policy;
    private final PlanInputs inputs;

    public PlanService(PlanRepository plans, PlanVersionRepository versions, UnitRepository units,
            MovementRepository movements, AwardFormCodeRepository awardForms, PlanNumberCounters counters,
            PlanEvents events, IdempotencyKeys idempotency, AccessPolicy policy, PlanInputs inputs) {
        this.plans = plans;
        this.versions = versions;
        this.units = units;
        this.movements = movements;
        this.awardForms = awardForms;
        this.counters = counters;
        this.events = events;
        this.idempotency = idempotency;
        this.policy = policy;
        this.inputs = inputs;
    }

    @Transactional
    public PageResponse<PlanSummaryView> list(CallerScope caller, PlanRepository.Filter filter, UUID issuingUnitId,
            int page, int size) {
        String subtree = null;
        if (issuingUnitId != null) {
            Unit u = units.findById(issuingUnitId);
            if (u == null) {
                throw new InvalidFieldException("issuingUnitId", "Đơn vị không tồn tại");
            }
            subtree = u.path;
        }
        PlanRepository.Filter f = new PlanRepository.Filter(filter.status(), filter.movementId(), subtree,
                filter.year(), filter.q(), filter.sort());
        PanacheQuery<Plan> query = plans.visible(caller.scopePath(), policy.seesDrafts(caller), f).page(Page.of(page, size));
        List<Plan> found = query.list();
        Map<UUID, Unit> byId = load(found.stream().map(p -> p.issuingUnitId).toList());
        Map<UUID, Movement> movementsById = movementsOf(found.stream().flatMap(p -> p.movementIds.stream()).toList());
        return new PageResponse<>(found.stream()
                .map(p -> new PlanSummaryView(p, byId.get(p.issuingUnitId),
                        p.movementIds.stream().map(movementsById::get).filter(m -> m != null).toList()))
                .toList(), page, size, query.count());
    }

    /** The current version, or for a caller who may not see drafts the version in force. */
    @Transactional
    public PlanView get(CallerScope caller, UUID id) {
        Plan plan = readable(caller, id);
        PlanVersion shown = versions.of(plan.id, plan.currentVersion).orElseThrow();
        if (!shown.issued() && !policy.allows(AccessPolicy.Caller.of(caller), Action.READ_DRAFTS, target(plan))) {
            shown = versions.latestIssued(plan.id).orElseThrow();
        }
        return view(plan, shown);
    }

    @Transactional
    public List<VersionInfo> versions(CallerScope caller, UUID id) {
        Plan plan = readable(caller, id);
        boolean drafts = policy.allows(AccessPolicy.Caller.of(caller), Action.READ_DRAFTS, target(plan));
        return versions.all(plan.id).stream().filter(v -> drafts || v.issued())
                .map(v -> new VersionInfo(v.planVersion, v.issued() ? PlanStatus.ISSUED.name() : plan.status.name(),
                        v.createdAt, v.createdBy, v.issuedAt, v.issuedOn, v.issuedBy, v.amendmentReason))
                .toList();
    }

    @Transactional
    public PlanView version(CallerScope caller, UUID id, int n) {
        Plan plan = readable(caller, id);
        PlanVersion v = versions.of(plan.id, n).orElseThrow(() -> new NotFoundException("Không có phiên bản " + n));
        if (!v.issued() && !policy.allows(AccessPolicy.Caller.of(caller), Action.READ_DRAFTS, target(plan))) {
            throw new NotFoundException("Không có phiên bản " + n);
        }
        return view(plan, v);
    }

    /** Drafts a plan; a retry with the same {@code Idempotency-Key} returns the first draft. */
    @Transactional
    public PlanView create(CallerScope caller, ObjectNode body, String idempotencyKey) {
        Optional<IdempotencyKeys.Claim> claim = idempotency.claim(caller, CREATE, idempotencyKey, body.toString());
        if (claim.isPresent() && claim.get().replayOf() != null) {
            return get(caller, claim.get().replayOf());
        }
        PlanView created = create(caller, inputs.read(body));
        claim.ifPresent(c -> idempotency.remember(c, created.plan().id));
        return created;
    }

    @Transactional
    public PlanView create(CallerScope caller, PlanInput input) {
        if (input.issuingUnitId() == null) {
            throw new InvalidFieldException("issuingUnitId", "Cần chọn đơn vị ban hành");
        }
        Unit issuer = units.findById(input.issuingUnitId());
        if (issuer == null) {
            throw new InvalidFieldException("issuingUnitId", "Đơn vị ban hành không tồn tại");
        }
        policy.require(caller, Action.CREATE, new PlanTarget(issuer.path, null, List.of(), input.parentPlanId() != null));
        return insert(caller, input, issuer);
    }

    /** Kế hoạch của đơn vị: a draft of the addressed unit answering an issued parent plan, prefilled from it. */
    @Transactional
    public PlanView createUnitPlan(CallerScope caller, UUID parentId, UUID unitId) {
        Plan parent = readable(caller, parentId);
        UUID id = unitId != null ? unitId : caller.unitId();
        Unit unit = id == null ? null : units.findById(id);
        if (unit == null) {
            throw new InvalidFieldException("unitId", "Đơn vị không tồn tại");
        }
        policy.requireUnitPlan(caller, target(parent), unit.path);
        if (plans.count("parentPlanId = ?1 and issuingUnitId = ?2", parent.id, unit.id) > 0) {
            throw new vn.thiduaso.platform.problem.ConflictException("Đơn vị đã có kế hoạch thực hiện kế hoạch này");
        }
        PlanVersion source = versions.latestIssued(parent.id).orElseThrow();
        Unit issuer = units.findById(parent.issuingUnitId);
        return insert(caller, new PlanInput("Kế hoạch thực hiện " + source.title, null, unit.id, parent.id,
                UnitPlans.prefill(parent, source, issuer)), unit);
    }

    private PlanView insert(CallerScope caller, PlanInput input, Unit issuer) {
        PlanContent content = PlanContents.normalize(input.content());
        validate(caller, input, content);

        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.issuingUnitId = issuer.id;
        plan.issuingUnitPath = issuer.path;
        plan.parentPlanId = input.parentPlanId();
        plan.createdBy = caller.username();
        plan.createdAt = Instant.now();
        plan.currentVersion = 1;
        PlanVersion v = new PlanVersion();
        v.id = UUID.randomUUID();
        v.planId = plan.id;
        v.planVersion = 1;
        v.createdBy = plan.createdBy;
        v.createdAt = plan.createdAt;
        write(v, input, content);
        index(plan, v);
        plans.persist(plan);
        versions.persist(v);
        return view(plan, v);
    }

    /** Partial update of the draft: a part given replaces that part whole. */
    @Transactional
    public PlanView patch(CallerScope caller, UUID id, long version, ObjectNode patch) {
        Plan plan = find(id);
        policy.require(caller, Action.EDIT, target(plan));
        plan.requireEditable();
        plan.requireVersion(version);
        PlanVersion v = versions.of(plan.id, plan.currentVersion).orElseThrow();
        PlanInput merged = inputs.merge(new PlanInput(v.title, v.summary, plan.issuingUnitId, plan.parentPlanId, v.content), patch);
        PlanContent content = PlanContents.normalize(merged.content());
        validate(caller, merged, content);
        write(v, merged, content);
        plan.parentPlanId = merged.parentPlanId();
        if (plan.status == PlanStatus.DRAFT) {
            index(plan, v);
        }
        // Touching the plan row moves its optimistic version on even when only the version row changed.
        plan.updatedAt = Instant.now();
        plans.flush();
        return view(plan, v);
    }

    /**
     * Ban hành: the draft version is frozen; the first issue assigns the next gap-free number of the
     * issuing unit for the year of {@code issuedOn}; an amendment keeps its number.
     */
    @Transactional
    public PlanView issue(CallerScope caller, UUID id, long version, LocalDate issuedOn, String place) {
        Plan plan = find(id);
        policy.require(caller, Action.ISSUE, target(plan));
        plan.requireVersion(version);
        plan.requireEditable();
        PlanVersion v = versions.of(plan.id, plan.currentVersion).orElseThrow();
        if (place != null && !place.isBlank()) {
            v.content = PlanInputs.withPlace(v.content, place.trim());
        }
        List<FieldError> errors = new ArrayList<>(PlanRules.validateIssue(v.content));
        errors.addAll(PlanRules.validateDraft(v.title, v.summary, v.content, references(caller)));
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        LocalDate on = issuedOn != null ? issuedOn : VietnamTime.today();
        boolean amendment = plan.number != null && plan.status == PlanStatus.AMENDING;
        String number = plan.number != null ? plan.number : counters.next(plan.issuingUnitId, on.getYear()) + NUMBER_SUFFIX;
        Instant now = Instant.now();
        plan.issue(number, caller.username(), now, on);
        v.number = number;
        v.issuedAt = now;
        v.issuedBy = caller.username();
        v.issuedOn = on;
        index(plan, v);
        plans.flush();
        Map<UUID, Unit> related = relatedUnits(plan, v.content);
        if (amendment) {
            PlanVersion previous = versions.find("planId = ?1 and planVersion < ?2 and issuedAt is not null",
                    io.quarkus.panache.common.Sort.descending("planVersion"), plan.id, v.planVersion).firstResult();
            List<String> changed = PlanDiff.changedParts(Map.of("title", previous.title), previous.content,
                    Map.of("title", v.title), v.content);
            events.planAmended(plan, v, related, changed);
        } else {
            events.planIssued(plan, v, related);
            if (plan.parentPlanId != null) {
                events.unitPlanIssued(plan, v, related.get(plan.issuingUnitId));
            }
        }
        return view(plan, v);
    }

    /** Điều chỉnh: a new draft version copied from the issued one; the issued one stays in force until re-issued. */
    @Transactional
    public PlanView amend(CallerScope caller, UUID id, long version, String reason) {
        Plan plan = find(id);
        policy.require(caller, Action.AMEND, target(plan));
        plan.requireVersion(version);
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "Cần nêu lý do điều chỉnh");
        }
        if (reason.length() > PlanRules.MAX_TEXT) {
            throw new InvalidFieldException("reason", "Tối đa " + PlanRules.MAX_TEXT + " ký tự");
        }
        PlanVersion issued = versions.of(plan.id, plan.currentVersion).orElseThrow();
        plan.startAmendment();
        PlanVersion draft = new PlanVersion();
        draft.id = UUID.randomUUID();
        draft.planId = plan.id;
        draft.planVersion = plan.currentVersion;
        draft.title = issued.title;
        draft.summary = issued.summary;
        draft.content = issued.content;
        draft.number = plan.number;
        draft.createdBy = caller.username();
        draft.createdAt = Instant.now();
        draft.amendmentReason = reason.trim();
        versions.persist(draft);
        plans.flush();
        return view(plan, draft);
    }

    /** Kết thúc: nothing new opens from the plan. */
    @Transactional
    public PlanView close(CallerScope caller, UUID id, long version, String reason) {
        Plan plan = find(id);
        policy.require(caller, Action.CLOSE, target(plan));
        plan.requireVersion(version);
        if (reason != null && reason.length() > PlanRules.MAX_TEXT) {
            throw new InvalidFieldException("reason", "Tối đa " + PlanRules.MAX_TEXT + " ký tự");
        }
        plan.close(caller.username(), Instant.now(), reason == null || reason.isBlank() ? null : reason.trim());
        plans.flush();
        events.planClosed(plan);
        return view(plan, versions.of(plan.id, plan.currentVersion).orElseThrow());
    }

    /** Cascade: for each addressee of an issued plan, whether it has issued its own plan, late, as a draft, or not at all. */
    @Transactional
    public List<UnitPlans.UnitPlanState> unitPlans(CallerScope caller, UUID parentId) {
        Plan parent = readable(caller, parentId);
        policy.require(caller, Action.TRACK_UNIT_PLANS, target(parent));
        PlanVersion source = versions.latestIssued(parent.id)
                .orElseThrow(() -> new vn.thiduaso.platform.problem.ConflictException("Kế hoạch chưa được ban hành"));
        Map<UUID, Unit> byId = load(source.content.addresseeUnitIds());
        Map<UUID, Plan> children = new HashMap<>();
        plans.list("parentPlanId", parent.id).forEach(p -> children.put(p.issuingUnitId, p));
        return source.content.addresseeUnitIds().stream()
                .map(id -> UnitPlans.state(byId.get(id), children.get(id), source.content.unitPlansRequired(),
                        VietnamTime.today()))
                .toList();
    }

    /** A unit plan against its parent: contents left out, targets set lower, deadlines set later. */
    @Transactional
    public UnitPlans.Check check(CallerScope caller, UUID unitPlanId) {
        Plan child = readable(caller, unitPlanId);
        if (child.parentPlanId == null) {
            throw new vn.thiduaso.platform.problem.ConflictException("Kế hoạch này không thực hiện kế hoạch cấp trên nào");
        }
        Plan parent = find(child.parentPlanId);
        boolean parentSide = policy.allows(AccessPolicy.Caller.of(caller), Action.TRACK_UNIT_PLANS, target(parent));
        boolean ownUnit = caller.covers(child.issuingUnitPath);
        if (!parentSide && !ownUnit) {
            throw new vn.thiduaso.platform.problem.ForbiddenException("Bạn không được đối chiếu kế hoạch này");
        }
        PlanVersion parentVersion = versions.latestIssued(parent.id).orElseThrow();
        PlanVersion childVersion = versions.of(child.id, child.currentVersion).orElseThrow();
        return UnitPlans.check(parentVersion.content, childVersion.content);
    }

    private void validate(CallerScope caller, PlanInput input, PlanContent content) {
        PlanRules.References refs = references(caller);
        List<FieldError> errors = new ArrayList<>(PlanRules.validateDraft(input.title(), input.summary(), content, refs));
        if (input.parentPlanId() != null && !refs.planVisible(input.parentPlanId())) {
            errors.add(new FieldError("parentPlanId", "Kế hoạch cấp trên không tồn tại hoặc bạn không được xem"));
        }
        for (int i = 0; i < content.movementIds().size(); i++) {
            if (movements.findById(content.movementIds().get(i)) == null) {
                errors.add(new FieldError("movementIds[" + i + "]", "Phong trào thi đua không tồn tại"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    private PlanRules.References references(CallerScope caller) {
        Map<UUID, Optional<Unit>> cache = new HashMap<>();
        return new PlanRules.References() {
            @Override
            public String unitPath(UUID unitId) {
                return cache.computeIfAbsent(unitId, k -> Optional.ofNullable(units.findById(k))).map(u -> u.path).orElse(null);
            }

            @Override
            public boolean inScope(String unitPath) {
                return caller.covers(unitPath);
            }

            @Override
            public boolean awardFormExists(String code) {
                return awardForms.activeCode(code);
            }

            @Override
            public boolean planVisible(UUID planId) {
                Plan p = plans.findById(planId);
                return p != null && policy.allows(AccessPolicy.Caller.of(caller), Action.READ, target(p));
            }
        };
    }

    private static void write(PlanVersion v, PlanInput input, PlanContent content) {
        v.title = input.title();
        v.summary = input.summary();
        v.content = content;
    }

    /** Copies what lists and scope checks need from the version to the plan row. */
    private void index(Plan plan, PlanVersion v) {
        plan.title = v.title;
        plan.startYear = v.content.startYear();
        plan.endYear = v.content.endYear();
        Map<UUID, Unit> byId = load(v.content.addresseeUnitIds());
        plan.addressees.clear();
        for (UUID unitId : v.content.addresseeUnitIds()) {
            plan.addressees.add(new Addressee(unitId, byId.get(unitId).path));
        }
        plan.movementIds.clear();
        plan.movementIds.addAll(v.content.movementIds());
    }

    private Plan find(UUID id) {
        return plans.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch"));
    }

    private Plan readable(CallerScope caller, UUID id) {
        Plan plan = find(id);
        policy.require(caller, Action.READ, target(plan));
        return plan;
    }

    static PlanTarget target(Plan plan) {
        return new PlanTarget(plan.issuingUnitPath, plan.status, plan.addressees.stream().map(a -> a.unitPath).toList(),
                plan.parentPlanId != null);
    }

    private PlanView view(Plan plan, PlanVersion v) {
        return new PlanView(plan, v, relatedUnits(plan, v.content),
                List.copyOf(movementsOf(v.content.movementIds()).values()));
    }

    private Map<UUID, Movement> movementsOf(List<UUID> ids) {
        Map<UUID, Movement> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            movements.list("id in ?1", new HashSet<>(ids)).forEach(m -> byId.put(m.id, m));
        }
        return byId;
    }

    private Map<UUID, Unit> relatedUnits(Plan plan, PlanContent c) {
        List<UUID> ids = new ArrayList<>();
        ids.add(plan.issuingUnitId);
        ids.addAll(c.addresseeUnitIds());
        c.assignments().forEach(a -> ids.add(a.unitId()));
        c.reportingObligations().forEach(o -> {
            ids.add(o.recipientUnitId());
            ids.addAll(o.reporters().unitIds());
            if (o.secondHop() != null && o.secondHop().recipientUnitId() != null) {
                ids.add(o.secondHop().recipientUnitId());
            }
        });
        return load(ids);
    }

    private Map<UUID, Unit> load(List<UUID> ids) {
        Map<UUID, Unit> byId = new HashMap<>();
        Set<UUID> distinct = new HashSet<>(ids);
        distinct.remove(null);
        if (!distinct.isEmpty()) {
            units.list("id in ?1", distinct).forEach(u -> byId.put(u.id, u));
        }
        return byId;
    }
}
