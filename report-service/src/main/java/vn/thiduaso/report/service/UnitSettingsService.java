package vn.thiduaso.report.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.domain.DirectoryUnit;
import vn.thiduaso.report.repository.DirectoryUnitRepository;
import vn.thiduaso.report.service.AccessPolicy.Action;
import vn.thiduaso.report.service.AccessPolicy.Target;

/** Cấu hình báo cáo of a unit: whether its report needs its leader's confirmation before it is sent. */
@ApplicationScoped
public class UnitSettingsService {

    private final DirectoryUnitRepository units;
    private final AccessPolicy policy;

    public UnitSettingsService(DirectoryUnitRepository units, AccessPolicy policy) {
        this.units = units;
        this.policy = policy;
    }

    /** Anyone whose scope covers the unit reads its setting (the unit's officer too: the SPA says who confirms). */
    @Transactional
    public DirectoryUnit get(CallerScope caller, UUID unitId) {
        DirectoryUnit unit = find(unitId);
        policy.require(caller, Action.READ_REPORT, Target.unit(unit.id, unit.path));
        return unit;
    }

    @Transactional
    public DirectoryUnit update(CallerScope caller, UUID unitId, boolean leaderConfirmationRequired) {
        DirectoryUnit unit = find(unitId);
        policy.require(caller, Action.MANAGE_SETTINGS, Target.unit(unit.id, unit.path));
        unit.leaderConfirmationRequired = leaderConfirmationRequired;
        return unit;
    }

    private DirectoryUnit find(UUID unitId) {
        return units.findByIdOptional(unitId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy đơn vị (chưa nhận được từ danh mục đơn vị)"));
    }
}
