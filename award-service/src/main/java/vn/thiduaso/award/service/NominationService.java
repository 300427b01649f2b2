package vn.thiduaso.award.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import vn.thiduaso.award.domain.AcceptedReport;
import vn.thiduaso.award.domain.AwardForm;
import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.AwardRuleSet;
import vn.thiduaso.award.domain.DirectoryUnit;
import vn.thiduaso.award.domain.DirectoryUser;
import vn.thiduaso.award.domain.Eligibility;
import vn.thiduaso.award.domain.EligibilityCheck;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationAction;
import vn.thiduaso.award.domain.NominationAttachment;
import vn.thiduaso.award.domain.NominationLog;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.domain.Nominee;
import vn.thiduaso.award.domain.NomineeKeys;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.domain.RuleStandard;
import vn.thiduaso.award.domain.StandardAnswer;
import vn.thiduaso.award.messaging.NominationEvents.NominationReturned;
import vn.thiduaso.award.messaging.NominationEvents.NominationSubmitted;
import vn.thiduaso.award.repository.AcceptedReportRepository;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.award.repository.AwardRoundRepository;
import vn.thiduaso.award.repository.DirectoryUnitRepository;
import vn.thiduaso.award.repository.DirectoryUserRepository;
import vn.thiduaso.award.repository.NominationAttachmentRepository;
import vn.thiduaso.award.repository.NominationLogRepository;
import vn.thiduaso.award.repository.NominationRepository;
import vn.thiduaso.award.service.AccessPolicy.DossierAction;
import vn.thiduaso.award.service.AccessPolicy.Dossier;
import vn.thiduaso.award.service.eligibility.EligibilityService;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.Problem.FieldError;
import vn.thiduaso.platform.problem.StaleVersionException;
import vn.thiduaso.platform.problem.UnprocessableException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.security.UnitPaths;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * Hồ sơ đề nghị khen thưởng: create and autosave by the sender, the lifecycle (submit with eligibility
 * and the rule-set stamp, recall, withdraw; receive, assign, appraise, return, override by the office),
 * each move with its processing-log line and, for submit and return, its event through the outbox.
 */
@ApplicationScoped
public class NominationService {

    static final String LIVE_INDEX = "nomination_live_uq";

    private final NominationRepository nominations;
    private final NominationLogRepository logs;
    private final NominationAttachmentRepository attachments;
    private final AwardRoundRepository rounds;
    private final AwardFormRepository forms;
    private final AcceptedReportRepository reports;
    private final DirectoryUnitRepository units;
    private final DirectoryUserRepository users;
    private final EligibilityService eligibility;
    private final AccessPolicy policy;
    private final Outbox outbox;
    private final Clock clock;

    public NominationService(NominationRepository nominations, NominationLogRepository logs,
            NominationAttachmentRepository attachments, AwardRoundRepository rounds, AwardFormRepository forms,
            AcceptedReportRepository reports, DirectoryUnitRepository units, DirectoryUserRepository users,
            EligibilityService eligibility, AccessPolicy policy, Outbox outbox, Clock clock) {
        this.nominations = nominations;
        this.logs = logs;
        this.attachments = attachments;
        this.rounds = rounds;
        this.forms = forms;
        this.reports = reports;
        this.units = units;
        this.users = users;
        this.eligibility = eligibility;
        this.policy = policy;
        this.outbox = outbox;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------
    // Create, autosave, read
    // ------------------------------------------------------------------------------------------

    /** A new DRAFT for the nominating unit in an open round (the unit for itself, the office for a unit). */
    @Transactional
    public NominationDossier create(CallerScope caller, UUID roundId, NominationInput input) {
        AwardRound round = roundFor(caller, roundId);
        Prepared p = prepare(caller, round, input, "", new ArrayList<>(), NominationAction.CREATED);
        persistNew(p);
        return dossier(p.nomination(), round);
    }

    /**
     * Builds a validated DRAFT (not yet persisted) with its CREATED/IMPORTED log line pending; errors are
     * collected into {@code errors} with {@code prefix} when given, else thrown at once.
     */
    /** A validated dossier not yet stored, with its first log line. */
    record Prepared(Nomination nomination, NominationLog firstLine) {
    }

    Prepared prepare(CallerScope caller, AwardRound round, NominationInput input, String prefix,
            List<FieldError> collect, NominationAction action) {
        Instant now = clock.instant();
        if (!round.takesNominations(now)) {
            throw new ConflictException("Đợt khen thưởng đã đóng hoặc đã hết hạn nhận hồ sơ ("
                    + VietnamTime.date(round.nominationDeadline) + ")");
        }
        List<FieldError> errors = new ArrayList<>();
        UnitRef nominating = nominatingUnit(caller, round, input.nominatingUnitId(), prefix, errors);
        if (nominating == null) {
            return fail(prefix, collect, errors);
        }
        policy.require(caller, DossierAction.CREATE, Dossier.toCreate(nominating.path(), round.communePath));
        AwardRuleSet set = eligibility.ruleSetOn(VietnamTime.dateOf(now));
        AwardRule rule = validate(round, set, input, nominating, prefix, errors);
        if (!errors.isEmpty()) {
            return fail(prefix, collect, errors);
        }
        Nomination n = new Nomination();
        n.id = UUID.randomUUID();
        n.roundId = round.id;
        n.status = NominationStatus.DRAFT;
        n.nominatingUnitId = nominating.id();
        n.nominatingUnitPath = nominating.path();
        n.nominatingUnitName = nominating.name();
        n.communePath = round.communePath;
        n.createdAt = now;
        n.createdBy = caller.username();
        apply(n, input, rule);
        if (!prefix.isEmpty() && !nominations.liveInRound(round.id, n.formCode, n.nomineeKey, null).isEmpty()) {
            collect.add(new FieldError(prefix + "nominee", alreadyNominated(n)));
            return null;
        }
        refreshEligibility(n, round, now);
        return new Prepared(n, n.note(action, now, caller.username(), null,
                action == NominationAction.IMPORTED ? "Nhập từ tệp Excel" : null));
    }

    private static Prepared fail(String prefix, List<FieldError> collect, List<FieldError> errors) {
        if (prefix.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        collect.addAll(errors);
        return null;
    }

    /** Persists a prepared dossier and its first log line; a live duplicate (the unique index) is a 409 on nominee. */
    void persistNew(Prepared p) {
        Nomination n = p.nomination();
        if (!nominations.liveInRound(n.roundId, n.formCode, n.nomineeKey, null).isEmpty()) {
            throw ConflictException.onField("nominee", alreadyNominated(n));
        }
        try {
            nominations.persist(n);
            nominations.flush();
        } catch (ConstraintViolationException e) {
            throw duplicate(n, e);
        }
        logs.persist(p.firstLine());
    }

    private static RuntimeException duplicate(Nomination n, ConstraintViolationException e) {
        if (e.getConstraintName() != null && e.getConstraintName().contains(LIVE_INDEX)) {
            return ConflictException.onField("nominee", alreadyNominated(n));
        }
        return e;
    }

    private static String alreadyNominated(Nomination n) {
        return "Đã có hồ sơ đề nghị " + n.nomineeName + " cho hình thức này trong đợt khen thưởng";
    }

    /** Autosave of the whole dossier while the sender may edit it; re-runs and stores the eligibility. */
    @Transactional
    public NominationDossier update(CallerScope caller, UUID id, long version, NominationInput input) {
        Nomination n = readable(caller, id);
        policy.require(caller, DossierAction.EDIT, dossierOf(n));
        if (n.version != version) {
            throw new StaleVersionException(n.version);
        }
        requireEditable(n);
        AwardRound round = rounds.findById(n.roundId);
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        UnitRef nominating = new UnitRef(n.nominatingUnitId, n.nominatingUnitPath, n.nominatingUnitName);
        if (input.nominatingUnitId() != null && !input.nominatingUnitId().equals(n.nominatingUnitId)) {
            errors.add(new FieldError("nominatingUnitId", "Không đổi được đơn vị đề nghị của hồ sơ đã lập"));
        }
        AwardRule rule = validate(round, eligibility.ruleSetOn(VietnamTime.dateOf(now)), input, nominating, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        apply(n, input, rule);
        if (!nominations.liveInRound(n.roundId, n.formCode, n.nomineeKey, n.id).isEmpty()) {
            throw ConflictException.onField("nominee", alreadyNominated(n));
        }
        refreshEligibility(n, round, now);
        n.updatedAt = now;
        List<NominationLog> history = logs.ofNomination(n.id);
        NominationLog last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (last == null || last.action != NominationAction.EDITED || !last.actor.equals(caller.username())) {
            logs.persist(n.note(NominationAction.EDITED, now, caller.username(), null, null));
        }
        try {
            nominations.flush();
        } catch (ConstraintViolationException e) {
            throw duplicate(n, e);
        }
        return dossier(n, round);
    }

    @Transactional
    public NominationDossier get(CallerScope caller, UUID id) {
        Nomination n = readable(caller, id);
        return dossier(n, rounds.findById(n.roundId));
    }

    /** The eligibility as it would be checked now, nothing stored. */
    @Transactional
    public EligibilityService.Result liveEligibility(CallerScope caller, UUID id) {
        Nomination n = readable(caller, id);
        Instant now = clock.instant();
        return eligibility.check(n, rounds.findById(n.roundId), VietnamTime.dateOf(now), now);
    }

    @Transactional
    public List<NominationLog> log(CallerScope caller, UUID id) {
        readable(caller, id);
        return logs.ofNomination(id);
    }

    /** The dossiers the caller may see (unit: its own; commune roles: the commune; board: forwarded ones). */
    @Transactional
    public PageResponse<NominationDossier> list(CallerScope caller, NominationRepository.Filter filter, int page,
            int size) {
        boolean boardOnly = !caller.isAdmin() && caller.hasRole(Roles.BOARD)
                && !caller.hasRole(Roles.OFFICE) && !caller.hasRole(Roles.LEADER) && !caller.hasRole(Roles.COUNCIL);
        var query = nominations.visible(caller.scopePath(), boardOnly, filter);
        long total = query.count();
        List<Nomination> items = query.page(page, size).list();
        return new PageResponse<>(dossiers(items), page, size, total);
    }

    // ------------------------------------------------------------------------------------------
    // The sender's moves
    // ------------------------------------------------------------------------------------------

    /**
     * DRAFT / RECALLED / RETURNED → SUBMITTED: eligibility under the rule set in force today is stored
     * and stamped; failed checks refuse it (422 naming {@code eligibility.<CHECK>}) unless the office
     * recorded an override. A first submission (or after a recall) must be before the round's deadline.
     */
    @Transactional
    public NominationDossier submit(CallerScope caller, UUID id) {
        Nomination n = readable(caller, id);
        policy.require(caller, DossierAction.EDIT, dossierOf(n));
        AwardRound round = rounds.findById(n.roundId);
        Instant now = clock.instant();
        if (!n.status.canMoveTo(NominationStatus.SUBMITTED)) {
            throw new ConflictException("Hồ sơ đang ở trạng thái " + n.status + ", không gửi được");
        }
        if (n.status == NominationStatus.RETURNED ? round.status != vn.thiduaso.award.domain.RoundStatus.OPEN
                : !round.takesNominations(now)) {
            throw new ConflictException("Đợt khen thưởng đã đóng hoặc đã hết hạn nhận hồ sơ ("
                    + VietnamTime.date(round.nominationDeadline) + ")");
        }
        EligibilityService.Result result = refreshEligibility(n, round, now);
        if (!result.passed() && n.overrideReason == null) {
            List<FieldError> failed = result.failed().stream()
                    .map(c -> new FieldError("eligibility." + c.check(), c.message())).toList();
            throw new UnprocessableException("Hồ sơ chưa đủ điều kiện; cần khắc phục hoặc Phòng Văn hóa - Xã hội "
                    + "ghi nhận lý do cho phép gửi", failed);
        }
        if (result.ruleSet() != null) {
            n.ruleSetId = result.ruleSet().id;
            n.ruleSetCode = result.ruleSet().code;
        }
        n.submittedAt = now;
        n.submittedBy = caller.username();
        n.returnReason = null;
        logs.persist(n.moveTo(NominationStatus.SUBMITTED, NominationAction.SUBMITTED, now, caller.username(),
                officeOf(round), result.passed() ? null : "Gửi theo ghi nhận của Phòng: " + n.overrideReason));
        AwardForm form = forms.findByCode(n.formCode).orElse(null);
        outbox.publish(Topics.AWARDS, EventTypes.NOMINATION_SUBMITTED, 1, n.id.toString(), n.nominatingUnitPath,
                new NominationSubmitted(n.id, round.id, round.title, n.formCode, form == null ? n.formCode : form.name,
                        n.nomineeKind.name(), n.nomineeName, n.nominatingUnitId, n.nominatingUnitPath,
                        n.nominatingUnitName, n.communePath, now, caller.username(), result.passed(),
                        !result.passed()));
        return dossier(n, round);
    }

    /** Thu hồi: SUBMITTED → RECALLED, before the office took it in. */
    @Transactional
    public NominationDossier recall(CallerScope caller, UUID id) {
        Nomination n = readable(caller, id);
        policy.require(caller, DossierAction.EDIT, dossierOf(n));
        if (n.status != NominationStatus.SUBMITTED) {
            throw new ConflictException("Chỉ thu hồi được hồ sơ đã gửi mà Phòng chưa tiếp nhận (đang ở trạng thái "
                    + n.status + ")");
        }
        logs.persist(n.moveTo(NominationStatus.RECALLED, NominationAction.RECALLED, clock.instant(), caller.username(),
                n.nominatingUnitName, null));
        return dossier(n, rounds.findById(n.roundId));
    }

    /** Rút: the sender gives the dossier up for good. */
    @Transactional
    public NominationDossier withdraw(CallerScope caller, UUID id, String reason) {
        Nomination n = readable(caller, id);
        policy.require(caller, DossierAction.EDIT, dossierOf(n));
        requireText("reason", reason, "Cần lý do rút hồ sơ");
        logs.persist(n.moveTo(NominationStatus.WITHDRAWN, NominationAction.WITHDRAWN, clock.instant(),
                caller.username(), null, reason.strip()));
        return dossier(n, rounds.findById(n.roundId));
    }

    // ------------------------------------------------------------------------------------------
    // The office's moves
    // ------------------------------------------------------------------------------------------

    /** Tiếp nhận: SUBMITTED → RECEIVED. */
    @Transactional
    public NominationDossier receive(CallerScope caller, UUID id) {
        Nomination n = processable(caller, id);
        AwardRound round = rounds.findById(n.roundId);
        Instant now = clock.instant();
        logs.persist(n.moveTo(NominationStatus.RECEIVED, NominationAction.RECEIVED, now, caller.username(),
                officeOf(round), null));
        n.receivedAt = now;
        return dossier(n, round);
    }

    /** Giao cán bộ thụ lý: an office user of the commune (by username), while the office handles the dossier. */
    @Transactional
    public NominationDossier assign(CallerScope caller, UUID id, String officer) {
        Nomination n = processable(caller, id);
        requireText("officer", officer, "Cần chọn cán bộ thụ lý");
        DirectoryUser user = users.find("username", officer.strip()).firstResultOptional()
                .filter(u -> u.active && u.roleList().contains(Roles.OFFICE) && u.unitPath != null
                        && UnitPaths.covers(n.communePath, u.unitPath))
                .orElseThrow(() -> new InvalidFieldException("officer",
                        "Không có cán bộ Phòng Văn hóa - Xã hội của xã với tên đăng nhập này"));
        if (n.status != NominationStatus.RECEIVED && n.status != NominationStatus.APPRAISED) {
            throw new ConflictException("Chỉ giao hồ sơ đã tiếp nhận (đang ở trạng thái " + n.status + ")");
        }
        n.assignedOfficer = user.username;
        logs.persist(n.note(NominationAction.ASSIGNED, clock.instant(), caller.username(),
                user.fullName == null ? user.username : user.fullName + " (" + user.username + ")", null));
        return dossier(n, rounds.findById(n.roundId));
    }

    /** Thẩm định: RECEIVED / APPRAISED → APPRAISED with the result; a "not eligible" needs its reasons. */
    @Transactional
    public NominationDossier appraise(CallerScope caller, UUID id, boolean eligible, String note) {
        Nomination n = processable(caller, id);
        if (!eligible) {
            requireText("note", note, "Cần nêu lý do khi thẩm định không đủ điều kiện");
        }
        Instant now = clock.instant();
        String text = note == null || note.isBlank() ? null : note.strip();
        logs.persist(n.moveTo(NominationStatus.APPRAISED, NominationAction.APPRAISED, now, caller.username(), null,
                (eligible ? "Đủ điều kiện" : "Không đủ điều kiện") + (text == null ? "" : ": " + text)));
        n.appraisalEligible = eligible;
        n.appraisalNote = text;
        n.appraisedBy = caller.username();
        n.appraisedAt = now;
        return dossier(n, rounds.findById(n.roundId));
    }

    /** Trả lại: SUBMITTED / RECEIVED / APPRAISED → RETURNED with a reason; NominationReturned. */
    @Transactional
    public NominationDossier returnToUnit(CallerScope caller, UUID id, String reason) {
        Nomination n = processable(caller, id);
        requireText("reason", reason, "Cần lý do trả lại hồ sơ");
        AwardRound round = rounds.findById(n.roundId);
        Instant now = clock.instant();
        logs.persist(n.moveTo(NominationStatus.RETURNED, NominationAction.RETURNED, now, caller.username(),
                n.nominatingUnitName, reason.strip()));
        n.returnReason = reason.strip();
        outbox.publish(Topics.AWARDS, EventTypes.NOMINATION_RETURNED, 1, n.id.toString(), n.nominatingUnitPath,
                new NominationReturned(n.id, round.id, round.title, n.formCode, n.nomineeName, n.nominatingUnitId,
                        n.nominatingUnitPath, n.nominatingUnitName, n.communePath, n.returnReason, caller.username(),
                        now));
        return dossier(n, round);
    }

    /** The office lets failed checks through with a reason (recorded in the dossier and its log). */
    @Transactional
    public NominationDossier override(CallerScope caller, UUID id, String reason) {
        Nomination n = processable(caller, id);
        requireText("reason", reason, "Cần lý do cho phép vượt điều kiện");
        if (!n.status.live() || n.status.ordinal() > NominationStatus.APPRAISED.ordinal()) {
            throw new ConflictException("Không ghi nhận vượt điều kiện cho hồ sơ ở trạng thái " + n.status);
        }
        AwardRound round = rounds.findById(n.roundId);
        Instant now = clock.instant();
        EligibilityService.Result result = refreshEligibility(n, round, now);
        if (result.passed()) {
            throw new ConflictException("Hồ sơ đã đủ điều kiện, không cần ghi nhận vượt điều kiện");
        }
        n.overrideReason = reason.strip();
        n.overrideBy = caller.username();
        n.overrideAt = now;
        String failed = result.failed().stream().map(EligibilityCheck::check).distinct()
                .collect(Collectors.joining(", "));
        logs.persist(n.note(NominationAction.ELIGIBILITY_OVERRIDDEN, now, caller.username(), null,
                n.overrideReason + " (điều kiện chưa đạt: " + failed + ")"));
        return dossier(n, round);
    }

    // ------------------------------------------------------------------------------------------
    // Helpers shared with attachments and import
    // ------------------------------------------------------------------------------------------

    /** The dossier when the caller may read it; outside the caller's reach it does not exist (404). */
    Nomination readable(CallerScope caller, UUID id) {
        Nomination n = nominations.findByIdOptional(id).orElseThrow(NominationService::notFound);
        if (!policy.allows(AccessPolicy.Caller.of(caller), DossierAction.READ, dossierOf(n))) {
            throw notFound();
        }
        return n;
    }

    private Nomination processable(CallerScope caller, UUID id) {
        Nomination n = readable(caller, id);
        policy.require(caller, DossierAction.PROCESS, dossierOf(n));
        return n;
    }

    static NotFoundException notFound() {
        return new NotFoundException("Không tìm thấy hồ sơ đề nghị khen thưởng");
    }

    static Dossier dossierOf(Nomination n) {
        return new Dossier(n.nominatingUnitPath, n.communePath, n.status);
    }

    static void requireEditable(Nomination n) {
        if (!n.status.editableBySender()) {
            throw new ConflictException("Hồ sơ đang ở trạng thái " + n.status + ", không còn sửa được");
        }
    }

    /** The round when the caller's unit or commune may see it; any other round does not exist for them. */
    AwardRound roundFor(CallerScope caller, UUID roundId) {
        if (roundId == null) {
            throw new InvalidFieldException("roundId", "Cần chọn đợt khen thưởng");
        }
        AwardRound round = rounds.findByIdOptional(roundId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy đợt khen thưởng"));
        boolean reach = caller.covers(round.communePath)
                || caller.unitPath() != null && UnitPaths.covers(round.communePath, caller.unitPath());
        if (!reach) {
            throw new NotFoundException("Không tìm thấy đợt khen thưởng");
        }
        return round;
    }

    private EligibilityService.Result refreshEligibility(Nomination n, AwardRound round, Instant now) {
        EligibilityService.Result result = eligibility.check(n, round, VietnamTime.dateOf(now), now);
        n.eligibility = new ArrayList<>(result.checks());
        n.eligibilityPassed = result.passed();
        n.eligibilityCheckedAt = now;
        return result;
    }

    private record UnitRef(UUID id, String path, String name) {
    }

    private UnitRef nominatingUnit(CallerScope caller, AwardRound round, UUID requested, String prefix,
            List<FieldError> errors) {
        UnitRef ref;
        if (requested == null || requested.equals(caller.unitId())) {
            if (caller.unitId() == null || caller.unitPath() == null) {
                errors.add(new FieldError(prefix + "nominatingUnitId", "Cần chọn đơn vị đề nghị"));
                return null;
            }
            DirectoryUnit u = units.findById(caller.unitId());
            ref = new UnitRef(caller.unitId(), u != null ? u.path : caller.unitPath(), u != null ? u.name : null);
        } else {
            DirectoryUnit u = units.findById(requested);
            if (u == null || !u.active) {
                errors.add(new FieldError(prefix + "nominatingUnitId", "Không tìm thấy đơn vị đề nghị"));
                return null;
            }
            ref = new UnitRef(u.id, u.path, u.name);
        }
        if (!UnitPaths.covers(round.communePath, ref.path())) {
            errors.add(new FieldError(prefix + "nominatingUnitId", "Đơn vị không thuộc xã/phường của đợt khen thưởng"));
            return null;
        }
        if (round.nominatorUnitIds != null && !round.nominatorUnitIds.isEmpty()
                && !round.nominatorUnitIds.contains(ref.id())) {
            errors.add(new FieldError(prefix + "nominatingUnitId", "Đơn vị không được đề nghị trong đợt khen thưởng này"));
            return null;
        }
        return ref;
    }

    /** The field rules of a dossier's content; returns the form's rule in force (null when an error was added). */
    private AwardRule validate(AwardRound round, AwardRuleSet set, NominationInput in, UnitRef nominating,
            String prefix, List<FieldError> errors) {
        AwardRule rule = null;
        if (in.formCode() == null || in.formCode().isBlank()) {
            errors.add(new FieldError(prefix + "formCode", "Cần chọn hình thức khen thưởng"));
        } else if (!round.offers(in.formCode())) {
            errors.add(new FieldError(prefix + "formCode", "Đợt khen thưởng không xét hình thức " + in.formCode()));
        } else {
            rule = eligibility.ruleOf(set, in.formCode());
            if (rule == null) {
                errors.add(new FieldError(prefix + "formCode",
                        "Bộ quy định khen thưởng hiện hành chưa có quy định cho hình thức này"));
            }
        }
        if (in.nomineeKind() == null) {
            errors.add(new FieldError(prefix + "nomineeKind", "Cần chọn loại đối tượng"));
        } else if (rule != null && !rule.recipientKinds.contains(in.nomineeKind())) {
            errors.add(new FieldError(prefix + "nomineeKind", "Hình thức này không xét cho đối tượng "
                    + Eligibility.kindLabel(in.nomineeKind())));
        }
        if (in.nominee() == null) {
            errors.add(new FieldError(prefix + "nominee", "Cần thông tin đối tượng được đề nghị"));
        } else if (in.nomineeKind() != null) {
            nomineeFields(in.nomineeKind(), in.nominee(), prefix, errors);
        }
        if (rule != null) {
            Set<String> codes = rule.standards.stream().map(RuleStandard::code).collect(Collectors.toSet());
            for (int i = 0; i < in.standards().size(); i++) {
                StandardAnswer a = in.standards().get(i);
                if (a == null || a.code() == null || !codes.contains(a.code())) {
                    errors.add(new FieldError(prefix + "standards[" + i + "].code",
                            "Tiêu chuẩn không có trong quy định của hình thức"));
                }
            }
        }
        UUID nomineeUnit = in.nominee() == null ? null : in.nominee().unitId();
        Map<UUID, AcceptedReport> found = reportsById(in.reportIds());
        for (int i = 0; i < in.reportIds().size(); i++) {
            AcceptedReport r = found.get(in.reportIds().get(i));
            if (r == null || !(r.unitId.equals(nominating.id()) || r.unitId.equals(nomineeUnit))) {
                errors.add(new FieldError(prefix + "reportIds[" + i + "]",
                        "Không phải báo cáo đã được tiếp nhận của đơn vị đề nghị hoặc của đối tượng"));
            }
        }
        return errors.isEmpty() ? rule : null;
    }

    private void nomineeFields(NomineeKind kind, Nominee n, String prefix, List<FieldError> errors) {
        String p = prefix + "nominee.";
        switch (kind) {
            case INDIVIDUAL -> {
                blank(n.fullName(), p + "fullName", "Cần họ và tên", errors);
                if (n.dateOfBirth() == null) {
                    errors.add(new FieldError(p + "dateOfBirth", "Cần ngày sinh"));
                } else if (!n.dateOfBirth().isBefore(LocalDate.now(clock))) {
                    errors.add(new FieldError(p + "dateOfBirth", "Ngày sinh phải trước hôm nay"));
                }
                blank(n.position(), p + "position", "Cần chức vụ hoặc nghề nghiệp", errors);
            }
            case COLLECTIVE -> {
                if (n.unitId() == null && (n.unitName() == null || n.unitName().isBlank())) {
                    errors.add(new FieldError(p + "unitName", "Cần tên tập thể (hoặc chọn đơn vị)"));
                }
            }
            case HOUSEHOLD -> {
                blank(n.householdHead(), p + "householdHead", "Cần họ tên chủ hộ", errors);
                blank(n.address(), p + "address", "Cần địa chỉ của hộ", errors);
            }
            case INITIATIVE -> {
                blank(n.initiativeTitle(), p + "initiativeTitle", "Cần tên sáng kiến", errors);
                blank(n.recognisingBody(), p + "recognisingBody", "Cần cơ quan công nhận sáng kiến", errors);
                if (n.recognisedOn() == null) {
                    errors.add(new FieldError(p + "recognisedOn", "Cần ngày công nhận sáng kiến"));
                }
                blank(n.authors(), p + "authors", "Cần tác giả của sáng kiến", errors);
            }
        }
    }

    private static void blank(String value, String field, String message, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, message));
        }
    }

    private static void requireText(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, message);
        }
    }

    /** Copies the sender's content onto the dossier (with the nominee's identity key and display name). */
    private void apply(Nomination n, NominationInput in, AwardRule rule) {
        Nominee nominee = in.nominee();
        // The unit's name from the directory when only its id was sent (a collective, or an individual's unit).
        if (nominee.unitId() != null
                && (nominee.unitName() == null || nominee.unitName().isBlank())) {
            DirectoryUnit u = units.findById(nominee.unitId());
            if (u != null) {
                nominee = new Nominee(nominee.fullName(), nominee.dateOfBirth(), nominee.gender(), nominee.position(),
                        u.id, u.name, nominee.householdHead(), nominee.address(), nominee.initiativeTitle(),
                        nominee.recognisingBody(), nominee.recognisedOn(), nominee.authors());
            }
        }
        n.formCode = in.formCode();
        n.nomineeKind = in.nomineeKind();
        n.nominee = nominee;
        n.nomineeUnitId = nominee.unitId();
        n.nomineeKey = NomineeKeys.of(in.nomineeKind(), nominee);
        n.nomineeName = NomineeKeys.displayName(in.nomineeKind(), nominee);
        n.achievements = in.achievements() == null || in.achievements().isBlank() ? null : in.achievements().strip();
        n.standards = new ArrayList<>(in.standards());
        n.reportIds = in.reportIds().stream().distinct().collect(Collectors.toCollection(ArrayList::new));
        n.updatedAt = clock.instant();
    }

    private Map<UUID, AcceptedReport> reportsById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return reports.list("reportId in ?1", new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(r -> r.reportId, Function.identity()));
    }

    private static String officeOf(AwardRound round) {
        return "Phòng Văn hóa - Xã hội, " + (round.communeName == null ? "xã/phường" : round.communeName);
    }

    NominationDossier dossier(Nomination n, AwardRound round) {
        nominations.flush();
        return dossiers(List.of(n), Map.of(round.id, round)).get(0);
    }

    private List<NominationDossier> dossiers(List<Nomination> items) {
        Set<UUID> roundIds = items.stream().map(n -> n.roundId).collect(Collectors.toSet());
        Map<UUID, AwardRound> byId = roundIds.isEmpty() ? Map.of()
                : rounds.list("id in ?1", roundIds).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        return dossiers(items, byId);
    }

    private List<NominationDossier> dossiers(List<Nomination> items, Map<UUID, AwardRound> roundsById) {
        Map<String, String> formNames = new HashMap<>();
        forms.listAll().forEach(f -> formNames.put(f.code, f.name));
        Set<UUID> reportIds = items.stream().flatMap(n -> n.reportIds.stream()).collect(Collectors.toSet());
        Map<UUID, AcceptedReport> reportRows = reportsById(reportIds);
        Map<UUID, List<NominationAttachment>> files = attachments
                .ofNominations(items.stream().map(n -> n.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.nominationId));
        return items.stream().map(n -> new NominationDossier(n, roundsById.get(n.roundId),
                formNames.getOrDefault(n.formCode, n.formCode),
                n.reportIds.stream().map(reportRows::get).filter(r -> r != null).toList(),
                files.getOrDefault(n.id, List.of()))).toList();
    }
}
