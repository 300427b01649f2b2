package vn.thiduaso.report.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import org.hibernate.Hibernate;

import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.repository.ReportRepository;
import vn.thiduaso.report.repository.ReportRequirementRepository;
import vn.thiduaso.report.service.AccessPolicy.Action;
import vn.thiduaso.report.service.AccessPolicy.Target;

/** A unit's report: creating its draft and reading it within scope. */
@ApplicationScoped
public class ReportService {

    static final String CREATE_OPERATION = "POST /api/v1/reports";

    private final ReportRepository reports;
    private final ReportRequirementRepository requirements;
    private final IdempotencyKeys idempotency;
    private final AccessPolicy policy;

    public ReportService(ReportRepository reports, ReportRequirementRepository requirements,
            IdempotencyKeys idempotency, AccessPolicy policy) {
        this.reports = reports;
        this.requirements = requirements;
        this.idempotency = idempotency;
        this.policy = policy;
    }

    /**
     * Creates the draft report of the requirement's unit. The unit itself, or the office/admin whose
     * scope covers it, may do so; there is one report per requirement (409 for a second).
     */
    @Transactional
    public Report create(CallerScope caller, UUID requirementId, String narrativeText, String idempotencyKey) {
        String narrative = narrativeText.strip();
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
        if (reports.existsForRequirement(requirement.id)) {
            throw new ConflictException("Đơn vị đã có báo cáo cho yêu cầu này");
        }
        // Microseconds: what PostgreSQL keeps, so a replayed or re-read report shows the same instant.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Report report = Report.draft(requirement, narrative, caller.username(), now);
        reports.persist(report);
        try {
            reports.flush();
        } catch (ConstraintViolationException e) {
            // Another request created the report between the check and this insert.
            throw new ConflictException("Đơn vị đã có báo cáo cho yêu cầu này");
        }
        claim.ifPresent(c -> idempotency.remember(c, report.id));
        Hibernate.initialize(requirement.period);
        return report;
    }

    @Transactional
    public Report get(CallerScope caller, UUID id) {
        Report report = reports.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy báo cáo"));
        policy.require(caller, Action.READ_REPORT, Target.unit(report.requirement.unitId, report.requirement.unitPath));
        // The resource maps the report with its requirement and period after this transaction.
        Hibernate.initialize(report.requirement);
        Hibernate.initialize(report.requirement.period);
        return report;
    }
}
