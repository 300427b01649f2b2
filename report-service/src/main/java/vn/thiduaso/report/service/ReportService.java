package vn.thiduaso.report.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;
import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.Problem;
import vn.thiduaso.platform.problem.StaleVersionException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.time.VietnamTime;
import vn.thiduaso.report.config.ReportConfig;
import vn.thiduaso.report.domain.ContentSection;
import vn.thiduaso.report.domain.DirectoryUnit;
import vn.thiduaso.report.domain.PlanContentItem;
import vn.thiduaso.report.domain.PlanTarget;
import vn.thiduaso.report.domain.ProposedAward;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportAttachment;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportStatus;
import vn.thiduaso.report.domain.ReportingDeadline;
import vn.thiduaso.report.domain.ReportingPeriod;
import vn.thiduaso.report.domain.ReportingPlan;
import vn.thiduaso.report.domain.SelfAssessmentGrade;
import vn.thiduaso.report.domain.TargetValue;
import vn.thiduaso.report.messaging.ReportEvents;
import vn.thiduaso.report.repository.DirectoryUnitRepository;
import vn.thiduaso.report.repository.ReportAttachmentRepository;
import vn.thiduaso.report.repository.ReportRepository;
import vn.thiduaso.report.repository.ReportRequirementRepository;
import vn.thiduaso.report.repository.ReportingPlanRepository;
import vn.thiduaso.report.service.AccessPolicy.Action;
import vn.thiduaso.report.service.AccessPolicy.Target;

/**
 * A unit's report through its lifecycle: the draft (autosaved with optimistic locking), submission
 * (with the leader's confirmation when the unit requires it), the office's return, acceptance and
 * reopening. Every step is in the report's history and, from submission on, an event on
 * {@code reports} in the same transaction.
 */
@ApplicationScoped
public class ReportService {

    static final String CREATE_OPERATION = "POST /api/v1/reports";

    /** What the unit writes, as the resource hands it over (indexes are the request's, for error paths). */
    public record Draft(String summary, List<SectionInput> contents, List<TargetInput> targets, String difficulties,
            String proposals, SelfAssessmentGrade grade, String selfAssessment, List<AwardInput> proposedAwards) {
    }

    public record SectionInput(UUID contentId, String text) {
    }

    public record TargetInput(UUID targetId, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            String note) {
    }

    public record AwardInput(String awardFormCode, String nominee, String reason) {
    }

    /** A report with what its view needs: the plan it is written against, attachments, the caller's rights. */
    public record ReportDetails(Report report, ReportingPlan plan, List<ReportAttachment> attachments,
            boolean editable) {
    }

    private final ReportRepository reports;
    private final ReportRequirementRepository requirements;
    private final ReportingPlanRepository plans;
    private final DirectoryUnitRepository units;
    private final ReportAttachmentRepository attachments;
    private final IdempotencyKeys idempotency;
    private final AccessPolicy policy;
    private final ReportEvents events;
    private final WorkingCalendarService calendar;
    private final ReportConfig config;

    public ReportService(ReportRepository reports, ReportRequirementRepository requirements,
            ReportingPlanRepository plans, DirectoryUnitRepository units, ReportAttachmentRepository attachments,
            IdempotencyKeys idempotency, AccessPolicy policy, ReportEvents events, WorkingCalendarService calendar,
            ReportConfig config) {
        this.reports = reports;
        this.requirements = requirements;
        this.plans = plans;
        this.units = units;
        this.attachments = attachments;
        this.idempotency = idempotency;
        this.policy = policy;
        this.events = events;
        this.calendar = calendar;
        this.config = config;
    }

    /**
     * Creates the draft report of the requirement's unit. The unit itself, or the office/admin whose
     * scope covers it, may do so; there is one report per requirement (409 for a second). A
     * withdrawn requirement is a 409; a period whose plan is closed takes no new report (400 on
     * {@code requirementId}).
     */
    @Transactional
    public ReportDetails create(CallerScope caller, UUID requirementId, String narrativeText, String idempotencyKey) {
        String narrative = narrativeText == null ? "" : narrativeText.strip();
        Optional<IdempotencyKeys.Claim> claim = idempotency.claim(caller, CREATE_OPERATION, idempotencyKey,
                requirementId.toString(), narrative);
        if (claim.isPresent() && claim.get().replayOf() != null) {
            return get(caller, claim.get().replayOf());
        }
        ReportRequirement requirement = requirements.findByIdOptional(requirementId)
                .orElseThrow(() -> new InvalidFieldException("requirementId", "Yêu cầu báo cáo không tồn tại"));
        policy.require(caller, Action.CREATE_REPORT, Target.unit(requirement.unitId, requirement.unitPath));
        if (!requirement.active()) {
            throw new ConflictException("Đơn vị không còn phải báo cáo theo yêu cầu này (kế hoạch đã được điều chỉnh)");
        }
        ReportingPlan plan = plans.findById(requirement.period.planId);
        if (plan != null && plan.closed()) {
            throw new InvalidFieldException("requirementId", "Kế hoạch của kỳ báo cáo này đã kết thúc, không nhận báo cáo mới");
        }
        if (reports.existsForRequirement(requirement.id)) {
            throw new ConflictException("Đơn vị đã có báo cáo cho yêu cầu này");
        }
        Report report = Report.draft(requirement, narrative, caller.username(), now());
        reports.persist(report);
        try {
            reports.flush();
        } catch (ConstraintViolationException e) {
            // Another request created the report between the check and this insert.
            throw new ConflictException("Đơn vị đã có báo cáo cho yêu cầu này");
        }
        claim.ifPresent(c -> idempotency.remember(c, report.id));
        return details(caller, report);
    }

    @Transactional
    public ReportDetails get(CallerScope caller, UUID id) {
        Report report = find(id);
        policy.require(caller, Action.READ_REPORT, unitOf(report));
        return details(caller, report);
    }

    /**
     * Replaces what the unit wrote (autosave): only in DRAFT or RETURNED, by the unit (or the office
     * or admin in scope). Every field error is reported at once with its request path; nothing is
     * stored unless all of it is valid.
     */
    @Transactional
    public ReportDetails update(CallerScope caller, UUID id, long version, Draft draft) {
        Report report = find(id);
        policy.require(caller, Action.UPDATE_REPORT, unitOf(report));
        requireVersion(report, version);
        report.requireEditable();
        requireOpen(report);
        ReportingPlan plan = plans.findById(report.requirement.period.planId);
        String group = DirectoryUnit.targetGroupOf(unitKind(report.requirement.unitId));
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ContentSection> sections = sections(draft.contents(), plan, errors);
        List<TargetValue> values = targetValues(draft.targets(), plan, group, report.requirement.period.year, errors);
        List<ProposedAward> awards = awards(draft.proposedAwards(), plan, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        report.replace(text(draft.summary()), sections, values, text(draft.difficulties()), text(draft.proposals()),
                draft.grade(), text(draft.selfAssessment()), awards, caller.username(), now());
        reports.flush();
        return details(caller, report);
    }

    /**
     * Gửi: DRAFT/RETURNED → SUBMITTED (ReportSubmitted), or AWAITING_CONFIRMATION when the unit's
     * leader must confirm first. 409 when already sent or accepted, when the requirement was
     * withdrawn or the plan closed.
     */
    @Transactional
    public ReportDetails submit(CallerScope caller, UUID id, long version) {
        Report report = find(id);
        policy.require(caller, Action.SUBMIT_REPORT, unitOf(report));
        requireVersion(report, version);
        requireOpen(report);
        DirectoryUnit unit = units.findById(report.requirement.unitId);
        report.submit(caller.username(), now(), unit != null && unit.leaderConfirmationRequired);
        if (report.status == ReportStatus.SUBMITTED) {
            events.reportSubmitted(report);
        }
        reports.flush();
        return details(caller, report);
    }

    /** Lãnh đạo xác nhận: AWAITING_CONFIRMATION → SUBMITTED, lateness measured now (ReportSubmitted). */
    @Transactional
    public ReportDetails confirm(CallerScope caller, UUID id, long version) {
        Report report = find(id);
        policy.require(caller, Action.CONFIRM_REPORT, unitOf(report));
        requireVersion(report, version);
        requireOpen(report);
        report.confirm(caller.username(), now());
        events.reportSubmitted(report);
        reports.flush();
        return details(caller, report);
    }

    /**
     * Trả lại (office of the period's commune): SUBMITTED → RETURNED with the reason; the unit's new
     * deadline is {@code dueDate}, or {@code thiduaso.report.return-working-days} working days from today.
     */
    @Transactional
    public ReportDetails returnToUnit(CallerScope caller, UUID id, long version, String reason, LocalDate dueDate) {
        Report report = find(id);
        policy.require(caller, Action.REVIEW_REPORT, communeOf(report));
        requireVersion(report, version);
        ReportingDeadline deadline = newDeadline(dueDate);
        Instant at = now();
        report.returnToUnit(caller.username(), at, reason.strip(), deadline);
        events.reportReturned(report, reason.strip(), at, caller.username());
        reports.flush();
        return details(caller, report);
    }

    /** Tiếp nhận: SUBMITTED → ACCEPTED (locked), ReportAccepted. */
    @Transactional
    public ReportDetails accept(CallerScope caller, UUID id, long version, String note) {
        Report report = find(id);
        policy.require(caller, Action.REVIEW_REPORT, communeOf(report));
        requireVersion(report, version);
        report.accept(caller.username(), now(), note == null || note.isBlank() ? null : note.strip());
        events.reportAccepted(report);
        reports.flush();
        return details(caller, report);
    }

    /** Mở lại: ACCEPTED → RETURNED with the reason and a new deadline (as a return), ReportReopened. */
    @Transactional
    public ReportDetails reopen(CallerScope caller, UUID id, long version, String reason, LocalDate dueDate) {
        Report report = find(id);
        policy.require(caller, Action.REVIEW_REPORT, communeOf(report));
        requireVersion(report, version);
        ReportingDeadline deadline = newDeadline(dueDate);
        Instant at = now();
        report.reopen(caller.username(), at, reason.strip(), deadline);
        events.reportReopened(report, reason.strip(), at, caller.username());
        reports.flush();
        return details(caller, report);
    }

    /**
     * Reports waiting in the caller's communes (office, admin, leader): SUBMITTED by default (for
     * review), AWAITING_CONFIRMATION (for the leaders), or any other status; oldest submission first.
     */
    @Transactional
    public PageResponse<Report> reviewQueue(CallerScope caller, UUID periodId, ReportStatus status, int page, int size) {
        policy.require(caller, Action.READ_REVIEW_QUEUE, Target.none());
        PanacheQuery<Report> query = reports.reviewQueue(caller.scopePath(), periodId,
                status != null ? status : ReportStatus.SUBMITTED).page(Page.of(page, size));
        List<Report> found = query.list();
        found.forEach(r -> Hibernate.initialize(r.requirement.period));
        return new PageResponse<>(found, page, size, query.count());
    }

    /** The deadline after a return: the date given (after today), else N working days from today. */
    ReportingDeadline newDeadline(LocalDate dueDate) {
        LocalDate today = VietnamTime.today();
        if (dueDate != null) {
            if (!dueDate.isAfter(today)) {
                throw new InvalidFieldException("dueDate", "Hạn mới phải sau ngày hôm nay");
            }
            return ReportingDeadline.on(dueDate);
        }
        return ReportingDeadline.on(calendar.calendar().plusWorkingDays(today, config.returnWorkingDays()).plusDays(1));
    }

    private ReportDetails details(CallerScope caller, Report report) {
        Hibernate.initialize(report.requirement.period);
        Hibernate.initialize(report.contents);
        Hibernate.initialize(report.targetValues);
        Hibernate.initialize(report.proposedAwards);
        Hibernate.initialize(report.history);
        ReportingPlan plan = plans.findById(report.requirement.period.planId);
        boolean editable = report.editable() && report.requirement.active() && (plan == null || !plan.closed())
                && policy.allows(caller, Action.UPDATE_REPORT, unitOf(report));
        return new ReportDetails(report, plan, attachments.ofReport(report.id), editable);
    }

    private Report find(UUID id) {
        return reports.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy báo cáo"));
    }

    private static void requireVersion(Report report, long version) {
        if (report.version != version) {
            throw new StaleVersionException(report.version);
        }
    }

    /** A withdrawn requirement or a closed plan takes no more changes to the unit's report. */
    private void requireOpen(Report report) {
        if (!report.requirement.active()) {
            throw new ConflictException("Đơn vị không còn phải báo cáo theo yêu cầu này (kế hoạch đã được điều chỉnh)");
        }
        ReportingPlan plan = plans.findById(report.requirement.period.planId);
        if (plan != null && plan.closed()) {
            throw new ConflictException("Kế hoạch của kỳ báo cáo này đã kết thúc");
        }
    }

    static Target unitOf(Report report) {
        return Target.unit(report.requirement.unitId, report.requirement.unitPath);
    }

    static Target communeOf(Report report) {
        return Target.commune(report.requirement.period.issuingUnitPath);
    }

    private String unitKind(UUID unitId) {
        DirectoryUnit unit = units.findById(unitId);
        return unit == null ? null : unit.kind;
    }

    private static List<ContentSection> sections(List<SectionInput> inputs, ReportingPlan plan,
            List<Problem.FieldError> errors) {
        List<ContentSection> sections = new ArrayList<>();
        if (inputs == null) {
            return sections;
        }
        Set<UUID> known = new HashSet<>();
        if (plan != null) {
            plan.flatContents().stream().map(PlanContentItem::id).forEach(known::add);
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            SectionInput in = inputs.get(i);
            String field = "contents[" + i + "].contentId";
            if (!known.contains(in.contentId())) {
                errors.add(new Problem.FieldError(field, "Không có nội dung này trong kế hoạch"));
            } else if (!seen.add(in.contentId())) {
                errors.add(new Problem.FieldError(field, "Nội dung này đã có ở một mục khác"));
            } else {
                sections.add(new ContentSection(in.contentId(), text(in.text())));
            }
        }
        return sections;
    }

    private static List<TargetValue> targetValues(List<TargetInput> inputs, ReportingPlan plan, String group,
            int year, List<Problem.FieldError> errors) {
        List<TargetValue> values = new ArrayList<>();
        if (inputs == null) {
            return values;
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            TargetInput in = inputs.get(i);
            String prefix = "targets[" + i + "].";
            Optional<PlanTarget> target = plan == null ? Optional.empty()
                    : plan.target(in.targetId()).filter(t -> t.appliesTo(group));
            if (target.isEmpty()) {
                errors.add(new Problem.FieldError(prefix + "targetId", "Chỉ tiêu này không có trong kế hoạch cho đơn vị"));
                continue;
            }
            if (!seen.add(in.targetId())) {
                errors.add(new Problem.FieldError(prefix + "targetId", "Chỉ tiêu này đã có ở một dòng khác"));
                continue;
            }
            PlanTarget t = target.get();
            BigDecimal value = scaled(in.value());
            BigDecimal numerator = null;
            BigDecimal denominator = null;
            if (t.percentage()) {
                numerator = scaled(in.numerator());
                denominator = scaled(in.denominator());
                if (numerator != null && denominator != null && numerator.compareTo(denominator) > 0) {
                    errors.add(new Problem.FieldError(prefix + "numerator", "Tử số không được lớn hơn mẫu số"));
                    continue;
                }
                if (numerator != null || denominator != null) {
                    // The percentage is computed from the parts; a value sent with them is ignored.
                    value = TargetValue.percentage(numerator, denominator);
                }
            }
            values.add(new TargetValue(t.id(), t.code(), year, value, numerator, denominator,
                    in.note() == null || in.note().isBlank() ? null : in.note().strip()));
        }
        return values;
    }

    private static List<ProposedAward> awards(List<AwardInput> inputs, ReportingPlan plan,
            List<Problem.FieldError> errors) {
        List<ProposedAward> awards = new ArrayList<>();
        if (inputs == null) {
            return awards;
        }
        for (int i = 0; i < inputs.size(); i++) {
            AwardInput in = inputs.get(i);
            if (plan == null || !plan.offersAwardForm(in.awardFormCode())) {
                errors.add(new Problem.FieldError("proposedAwards[" + i + "].awardFormCode",
                        "Kế hoạch không có hình thức khen thưởng này"));
                continue;
            }
            awards.add(new ProposedAward(in.awardFormCode(), in.nominee().strip(), text(in.reason())));
        }
        return awards;
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v == null ? null : v.setScale(4, RoundingMode.HALF_UP);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    /** Microseconds: what PostgreSQL keeps, so a re-read report shows the same instant. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
