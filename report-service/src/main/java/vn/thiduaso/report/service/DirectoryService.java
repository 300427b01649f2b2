package vn.thiduaso.report.service;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.thiduaso.report.domain.DirectoryUnit;
import vn.thiduaso.report.domain.UnitSnapshot;
import vn.thiduaso.report.repository.DirectoryUnitRepository;
import vn.thiduaso.report.repository.ReportRequirementRepository;
import vn.thiduaso.report.repository.ReportingPeriodRepository;
import vn.thiduaso.report.repository.ReportingPlanRepository;

/**
 * The unit read model. Periods and requirements copy unit names and paths (lists and scope checks
 * then need no join); {@link #unitUpserted} is the one place that keeps every copy in step with the
 * directory, so a merged or renamed commune (republished with its subtree) is scoped by its new path.
 */
@ApplicationScoped
public class DirectoryService {

    private final DirectoryUnitRepository units;
    private final ReportingPeriodRepository periods;
    private final ReportRequirementRepository requirements;
    private final ReportingPlanRepository plans;

    public DirectoryService(DirectoryUnitRepository units, ReportingPeriodRepository periods,
            ReportRequirementRepository requirements, ReportingPlanRepository plans) {
        this.units = units;
        this.periods = periods;
        this.requirements = requirements;
        this.plans = plans;
    }

    @Transactional
    public void unitUpserted(UUID id, String name, String kind, String path, boolean active, String headName,
            String email) {
        DirectoryUnit unit = units.findById(id);
        boolean isNew = unit == null;
        if (isNew) {
            unit = new DirectoryUnit();
            unit.id = id;
        }
        unit.name = name.strip();
        unit.kind = kind;
        unit.path = path;
        unit.active = active;
        unit.headName = blankToNull(headName, 200);
        unit.email = blankToNull(email, 254);
        unit.updatedAt = Instant.now();
        if (isNew) {
            units.persist(unit);
        }
        int changed = requirements.renameUnit(unit.id, unit.name, unit.path)
                + periods.renameRecipient(unit.id, unit.name, unit.path)
                + periods.moveIssuingUnit(unit.id, unit.path)
                + plans.moveIssuingUnit(unit.id, unit.path, unit.name);
        Log.debugf("Unit %s upserted (%s); %d copied references updated", unit.id, unit.path, changed);
    }

    private static String blankToNull(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

    /** The directory's current view of the given units, for those it knows. */
    @Transactional
    public Map<UUID, DirectoryUnit> known(Collection<UUID> ids) {
        return units.byIds(ids);
    }

    /** The directory's view of a unit when it knows it (it converges on the latest), else the event's. */
    public static UnitSnapshot current(Map<UUID, DirectoryUnit> known, UUID id, String path, String name) {
        DirectoryUnit unit = known.get(id);
        return unit != null ? unit.snapshot() : new UnitSnapshot(id, path, name.strip());
    }
}
