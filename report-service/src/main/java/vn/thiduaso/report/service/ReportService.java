package vn.thiduaso.report.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.security.ForbiddenException;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.report.api.ReportDtos.CreateReportRequest;
import vn.thiduaso.report.api.ReportDtos.ReportView;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.repository.ReportRepository;
import vn.thiduaso.report.repository.ReportRequirementRepository;

/** A unit's report: creating its draft and reading it within scope. */
@ApplicationScoped
public class ReportService {

    static final String CREATE_OPERATION = "POST /api/v1/reports";

    private final ReportRepository reports;
    private final ReportRequirementRepository requirements;
    private final IdempotencyKeys idempotency;

    public ReportService(ReportRepository reports, ReportRequirementRepository requirements,
            IdempotencyKeys idempotency) {
        this.reports = reports;
        this.requirements = requirements;
        this.idempotency = idempotency;
    }

    /**
     * Creates the draft report of the requirement's unit. The unit itself, or the office/admin whose
     * scope covers it, may do so; there is one report per requirement (409 for a second).
     */
    @Transactional
    public ReportView create(CallerScope caller, CreateReportRequest request, String idempotencyKey) {
        String narrative = request.narrative().strip();
        Optional<IdempotencyKeys.Claim> claim = idempotency.claim(caller, CREATE_OPERATION, idempotencyKey,
                request.requirementId().toString(), narrative);
        if (claim.isPresent() && claim.get().replayOf() != null) {
            return get(caller, claim.get().replayOf());
        }
        ReportRequirement requirement = requirements.findByIdOptional(request.requirementId())
                .orElseThrow(() -> new InvalidFieldException("requirementId", "Yêu cầu báo cáo không tồn tại"));
        requireMayReportFor(caller, requirement);
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
        return ReportView.of(report);
    }

    @Transactional
    public ReportView get(CallerScope caller, UUID id) {
        Report report = reports.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy báo cáo"));
        caller.requireCovers(report.requirement.unitPath);
        return ReportView.of(report);
    }

    private static void requireMayReportFor(CallerScope caller, ReportRequirement requirement) {
        if (caller.isAdmin() || caller.hasRole(Roles.OFFICE)) {
            caller.requireCovers(requirement.unitPath);
            return;
        }
        if (caller.hasRole(Roles.UNIT) && requirement.unitId.equals(caller.unitId())) {
            return;
        }
        throw new ForbiddenException("Bạn chỉ được lập báo cáo cho đơn vị của mình");
    }
}
