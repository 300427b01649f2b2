package vn.thiduaso.award.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import vn.thiduaso.award.domain.AwardForm;
import vn.thiduaso.award.domain.AwardMethod;
import vn.thiduaso.award.domain.AwardPlan;
import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.AwardRuleSet;
import vn.thiduaso.award.domain.DirectoryUnit;
import vn.thiduaso.award.domain.RoundOccasion;
import vn.thiduaso.award.domain.RoundStatus;
import vn.thiduaso.award.messaging.AwardRoundEvents;
import vn.thiduaso.award.messaging.AwardRoundEvents.NominatorUnit;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.award.repository.AwardPlanRepository;
import vn.thiduaso.award.repository.AwardRoundRepository;
import vn.thiduaso.award.repository.AwardRuleRepository;
import vn.thiduaso.award.repository.AwardRuleSetRepository;
import vn.thiduaso.award.repository.DirectoryUnitRepository;
import vn.thiduaso.award.repository.Paged;
import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.award.service.AccessPolicy.Target;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.StaleVersionException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.security.UnitPaths;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * Đợt khen thưởng: opened by the office from a plan's award forms and occasion, or ad hoc; changed and
 * closed by it. Every write announces the round (AwardRoundOpened / AwardRoundChanged) in the same
 * transaction, so notification-service keeps the nominators' deadlines.
 */
@ApplicationScoped
public class AwardRoundService {

    static final String NOT_FOUND = "Không tìm thấy đợt khen thưởng";

    /** A form as the round offers it, with the rule in force today (null when no rule covers it). */
    public record RoundForm(String code, String name, String level, int rank, AwardRule rule) {
    }

    public record RoundDetail(AwardRound round, List<RoundForm> forms, List<NominatorUnit> nominatorUnits,
            boolean canNominate) {
    }

    /** What the office sends to open a round; {@code planId} null for an ad hoc round. */
    public record NewRound(UUID planId, UUID communeId, RoundOccasion occasion, int year, String title,
            Instant nominationDeadline, LocalDate councilDate, LocalDate decisionDate, List<String> formCodes,
            List<UUID> nominatorUnitIds) {
    }

    public record RoundChange(long version, String title, Instant nominationDeadline, LocalDate councilDate,
            LocalDate decisionDate, List<String> formCodes, List<UUID> nominatorUnitIds) {
    }

    private final AwardRoundRepository rounds;
    private final AwardPlanRepository plans;
    private final AwardFormRepository forms;
    private final AwardRuleSetRepository ruleSets;
    private final AwardRuleRepository rules;
    private final DirectoryUnitRepository units;
    private final AwardRoundEvents events;
    private final AccessPolicy policy;
    private final Clock clock;

    public AwardRoundService(AwardRoundRepository rounds, AwardPlanRepository plans, AwardFormRepository forms,
            AwardRuleSetRepository ruleSets, AwardRuleRepository rules, DirectoryUnitRepository units,
            AwardRoundEvents events, AccessPolicy policy, Clock clock) {
        this.rounds = rounds;
        this.plans = plans;
        this.forms = forms;
        this.ruleSets = ruleSets;
        this.rules = rules;
        this.units = units;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public PageResponse<RoundDetail> list(CallerScope caller, RoundStatus status, Integer year, int page, int size) {
        policy.requireRole(caller, Action.READ_ROUND);
        boolean official = caller.isAdmin() || caller.hasRole(Roles.OFFICE) || caller.hasRole(Roles.LEADER)
                || caller.hasRole(Roles.COUNCIL) || caller.hasRole(Roles.BOARD);
        UUID nominator = official ? null : caller.unitId();
        Paged<AwardRound> found = rounds.visible(caller.scopePath(), nominator, status, year, page, size);
        return new PageResponse<>(found.items().stream().map(r -> detail(caller, r)).toList(), page, size,
                found.total());
    }

    @Transactional
    public RoundDetail get(CallerScope caller, UUID id) {
        AwardRound round = rounds.findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        List<NominatorUnit> nominators = nominators(round);
        if (!policy.allows(AccessPolicy.Caller.of(caller), Action.READ_ROUND, target(round, nominators))) {
            throw new NotFoundException(NOT_FOUND);
        }
        return detail(caller, round, nominators);
    }

    @Transactional
    public RoundDetail open(CallerScope caller, NewRound request) {
        policy.requireRole(caller, Action.MANAGE_ROUND);
        AwardRound round = new AwardRound();
        round.id = UUID.randomUUID();
        round.occasion = request.occasion();
        round.year = request.year();
        AwardPlan plan = null;
        if (request.occasion() == RoundOccasion.AD_HOC) {
            DirectoryUnit commune = commune(caller, request.communeId());
            round.communeId = commune.id;
            round.communePath = commune.path;
            round.communeName = commune.name;
            round.method = AwardMethod.AD_HOC;
            if (request.title() == null || request.title().isBlank()) {
                throw new InvalidFieldException("title", "Đợt khen thưởng đột xuất cần tên đợt");
            }
            if (request.formCodes() == null || request.formCodes().isEmpty()) {
                throw new InvalidFieldException("formCodes", "Đợt khen thưởng đột xuất cần chọn hình thức khen thưởng");
            }
        } else {
            if (request.planId() == null) {
                throw new InvalidFieldException("planId", "Cần chọn kế hoạch làm căn cứ (hoặc chọn dịp đột xuất)");
            }
            plan = plans.findByIdOptional(request.planId())
                    .orElseThrow(() -> new InvalidFieldException("planId", "Không tìm thấy kế hoạch đã ban hành"));
            if (!policy.allows(AccessPolicy.Caller.of(caller), Action.MANAGE_ROUND, Target.unit(plan.issuingUnitPath))) {
                throw new InvalidFieldException("planId", "Kế hoạch không do xã/phường của bạn ban hành");
            }
            if (plan.closedAt != null) {
                throw new ConflictException("Kế hoạch đã kết thúc; không mở đợt khen thưởng mới từ kế hoạch này");
            }
            round.planId = plan.planId;
            round.communeId = plan.issuingUnitId;
            round.communePath = plan.issuingUnitPath;
            round.communeName = plan.issuingUnitName;
            round.movementTitle = plan.title;
            round.method = request.occasion() == RoundOccasion.ANNUAL ? AwardMethod.REGULAR : AwardMethod.THEMATIC;
            if (rounds.ofPlan(plan.planId, request.occasion(), request.year()).isPresent()) {
                throw new ConflictException("Đã có đợt khen thưởng " + occasionLabel(request.occasion()) + " năm "
                        + request.year() + " của kế hoạch này");
            }
        }
        policy.require(caller, Action.MANAGE_ROUND, Target.unit(round.communePath));
        List<String> formCodes = request.formCodes() != null && !request.formCodes().isEmpty() ? request.formCodes()
                : defaultForms(plan, request.occasion());
        round.formCodes = new ArrayList<>(checkedForms(formCodes));
        round.title = request.title() != null && !request.title().isBlank() ? request.title().strip()
                : "Khen thưởng " + occasionLabel(request.occasion()) + " năm " + request.year() + " — " + plan.title;
        applyDates(round, request.nominationDeadline(), request.councilDate(), request.decisionDate(), true);
        round.nominatorUnitIds = checkedNominators(round, plan, request.nominatorUnitIds());
        round.status = RoundStatus.OPEN;
        round.createdAt = Instant.now(clock);
        round.createdBy = caller.username();
        round.updatedAt = round.createdAt;
        rounds.persist(round);
        flush(round);
        List<NominatorUnit> nominators = nominators(round);
        events.opened(round, nominators);
        return detail(caller, round, nominators);
    }

    @Transactional
    public RoundDetail update(CallerScope caller, UUID id, RoundChange change) {
        AwardRound round = managed(caller, id);
        if (change.version() != round.version) {
            throw new StaleVersionException(round.version);
        }
        if (round.status == RoundStatus.CLOSED) {
            throw new ConflictException("Đợt khen thưởng đã đóng; không sửa được");
        }
        AwardPlan plan = round.planId == null ? null : plans.findById(round.planId);
        if (change.title() != null && !change.title().isBlank()) {
            round.title = change.title().strip();
        }
        if (change.formCodes() != null) {
            if (change.formCodes().isEmpty()) {
                throw new InvalidFieldException("formCodes", "Cần ít nhất một hình thức khen thưởng");
            }
            round.formCodes.clear();
            round.formCodes.addAll(checkedForms(change.formCodes()));
        }
        applyDates(round, change.nominationDeadline(), change.councilDate(), change.decisionDate(),
                change.nominationDeadline() != null && !change.nominationDeadline().equals(round.nominationDeadline));
        round.nominatorUnitIds = checkedNominators(round, plan, change.nominatorUnitIds());
        round.updatedAt = Instant.now(clock);
        flush(round);
        List<NominatorUnit> nominators = nominators(round);
        events.changed(round, nominators);
        return detail(caller, round, nominators);
    }

    @Transactional
    public RoundDetail close(CallerScope caller, UUID id, Long version) {
        AwardRound round = managed(caller, id);
        if (version != null && version != round.version) {
            throw new StaleVersionException(round.version);
        }
        if (round.status == RoundStatus.CLOSED) {
            throw new ConflictException("Đợt khen thưởng đã đóng");
        }
        round.status = RoundStatus.CLOSED;
        round.updatedAt = Instant.now(clock);
        flush(round);
        List<NominatorUnit> nominators = nominators(round);
        events.changed(round, nominators);
        return detail(caller, round, nominators);
    }

    /** The units that may nominate: the listed ones, else the plan's addressees, else (ad hoc) the commune's direct units. */
    public List<NominatorUnit> nominators(AwardRound round) {
        if (round.nominatorUnitIds != null) {
            Map<UUID, NominatorUnit> known = new HashMap<>();
            if (round.planId != null) {
                AwardPlan plan = plans.findById(round.planId);
                if (plan != null) {
                    plan.addressees.forEach(a -> known.put(a.unitId, new NominatorUnit(a.unitId, a.unitPath, a.unitName)));
                }
            }
            units.byIds(round.nominatorUnitIds).forEach(u -> known.put(u.id, new NominatorUnit(u.id, u.path, u.name)));
            return round.nominatorUnitIds.stream().map(known::get).filter(u -> u != null).toList();
        }
        if (round.planId != null) {
            AwardPlan plan = plans.findById(round.planId);
            return plan == null ? List.of()
                    : plan.addressees.stream().map(a -> new NominatorUnit(a.unitId, a.unitPath, a.unitName)).toList();
        }
        return units.activeChildren(round.communeId).stream().map(u -> new NominatorUnit(u.id, u.path, u.name)).toList();
    }

    private AwardRound managed(CallerScope caller, UUID id) {
        policy.requireRole(caller, Action.MANAGE_ROUND);
        AwardRound round = rounds.findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        policy.requireOrHide(caller, Action.MANAGE_ROUND, Action.READ_ROUND, target(round, nominators(round)), NOT_FOUND);
        return round;
    }

    private static Target target(AwardRound round, List<NominatorUnit> nominators) {
        return new Target(round.communePath, nominators.stream().map(NominatorUnit::unitPath).toList());
    }

    /** The commune of an ad hoc round: the one named, else the office's own commune (its scope). */
    private DirectoryUnit commune(CallerScope caller, UUID communeId) {
        DirectoryUnit commune;
        if (communeId != null) {
            commune = units.findById(communeId);
            if (commune == null || !caller.covers(commune.path)) {
                throw new InvalidFieldException("communeId", "Không tìm thấy xã/phường trong phạm vi của bạn");
            }
        } else {
            commune = units.find("path", caller.scopePath()).firstResultOptional().orElse(null);
            if (commune == null || caller.isAdmin()) {
                throw new InvalidFieldException("communeId", "Cần chọn xã/phường của đợt khen thưởng");
            }
        }
        return commune;
    }

    private static List<String> defaultForms(AwardPlan plan, RoundOccasion occasion) {
        List<String> codes = plan.awardForms.stream().filter(f -> f.occasionList().contains(occasion.name()))
                .map(f -> f.code).toList();
        if (codes.isEmpty()) {
            throw new InvalidFieldException("formCodes", "Kế hoạch không có hình thức khen thưởng nào cho dịp "
                    + occasionLabel(occasion) + "; hãy chọn hình thức");
        }
        return codes;
    }

    private List<String> checkedForms(List<String> codes) {
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).strip();
            Optional<AwardForm> form = forms.findByCode(code);
            if (form.isEmpty() || !form.get().active) {
                throw new InvalidFieldException("formCodes[" + i + "]", "Không có hình thức khen thưởng đang áp dụng mã " + code);
            }
            result.add(code);
        }
        return List.copyOf(result);
    }

    private List<UUID> checkedNominators(AwardRound round, AwardPlan plan, List<UUID> ids) {
        if (ids == null) {
            return round.nominatorUnitIds;
        }
        Set<UUID> addressed = new java.util.HashSet<>();
        if (plan != null) {
            plan.addressees.stream().map(a -> a.unitId).forEach(addressed::add);
        }
        Map<UUID, DirectoryUnit> known = new HashMap<>();
        units.byIds(ids).forEach(u -> known.put(u.id, u));
        List<UUID> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            DirectoryUnit u = known.get(id);
            boolean inCommune = u != null && UnitPaths.covers(round.communePath, u.path);
            if (id == null || !(addressed.contains(id) || inCommune)) {
                throw new InvalidFieldException("nominatorUnitIds[" + i + "]",
                        "Đơn vị không thuộc xã/phường hoặc không được kế hoạch giao");
            }
            if (!result.contains(id)) {
                result.add(id);
            }
        }
        return result;
    }

    private void applyDates(AwardRound round, Instant deadline, LocalDate councilDate, LocalDate decisionDate,
            boolean deadlineChanged) {
        if (deadline != null) {
            if (deadlineChanged && !deadline.isAfter(Instant.now(clock))) {
                throw new InvalidFieldException("nominationDeadline", "Hạn gửi hồ sơ phải sau thời điểm hiện tại");
            }
            round.nominationDeadline = deadline;
        } else if (round.nominationDeadline == null) {
            throw new InvalidFieldException("nominationDeadline", "Cần hạn gửi hồ sơ đề nghị");
        }
        if (councilDate != null) {
            round.councilDate = councilDate;
        }
        if (decisionDate != null) {
            round.decisionDate = decisionDate;
        }
        LocalDate deadlineDay = VietnamTime.dateOf(round.nominationDeadline);
        if (round.councilDate != null && round.councilDate.isBefore(deadlineDay)) {
            throw new InvalidFieldException("councilDate", "Ngày họp hội đồng không được trước hạn gửi hồ sơ");
        }
        if (round.decisionDate != null && round.councilDate != null && round.decisionDate.isBefore(round.councilDate)) {
            throw new InvalidFieldException("decisionDate", "Ngày quyết định không được trước ngày họp hội đồng");
        }
    }

    private void flush(AwardRound round) {
        try {
            rounds.flush();
        } catch (ConstraintViolationException e) {
            throw new ConflictException("Đã có đợt khen thưởng " + occasionLabel(round.occasion) + " năm " + round.year
                    + " của kế hoạch này");
        }
    }

    private RoundDetail detail(CallerScope caller, AwardRound round) {
        return detail(caller, round, nominators(round));
    }

    private RoundDetail detail(CallerScope caller, AwardRound round, List<NominatorUnit> nominators) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
        AwardRuleSet inForce = ruleSets.inForceOn(today).orElse(null);
        Map<String, AwardRule> byForm = new HashMap<>();
        if (inForce != null) {
            rules.ofRuleSets(List.of(inForce.id)).forEach(r -> byForm.put(r.formCode, r));
        }
        List<RoundForm> offered = round.formCodes.stream().map(code -> {
            AwardForm f = forms.findByCode(code).orElse(null);
            return new RoundForm(code, f == null ? code : f.name, f == null ? null : f.level.name(),
                    f == null ? Integer.MAX_VALUE : f.rank, byForm.get(code));
        }).toList();
        boolean open = round.takesNominations(Instant.now(clock));
        boolean canNominate = open && (policy.allows(AccessPolicy.Caller.of(caller), Action.MANAGE_ROUND,
                Target.unit(round.communePath))
                || caller.hasRole(Roles.UNIT) && nominators.stream().anyMatch(n -> n.unitId().equals(caller.unitId())));
        return new RoundDetail(round, offered, nominators, canNominate);
    }

    static String occasionLabel(RoundOccasion occasion) {
        return switch (occasion) {
            case ANNUAL -> "hằng năm";
            case PRELIMINARY_REVIEW -> "sơ kết";
            case FINAL_REVIEW -> "tổng kết";
            case AD_HOC -> "đột xuất";
        };
    }
}
