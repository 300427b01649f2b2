package vn.thiduaso.award.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.award.domain.DirectoryUnit;
import vn.thiduaso.award.domain.EmulationRegistration;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.award.repository.DirectoryUnitRepository;
import vn.thiduaso.award.repository.EmulationRegistrationRepository;
import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.award.service.AccessPolicy.Target;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.StaleVersionException;
import vn.thiduaso.platform.security.CallerScope;

/** Đăng ký thi đua: at the start of a year a unit registers the titles it competes for (an input to eligibility). */
@ApplicationScoped
public class EmulationRegistrationService {

    static final String UNIT_NOT_FOUND = "Không tìm thấy đơn vị";

    /** The registration and whether this call created it. */
    public record Registered(EmulationRegistration registration, boolean created) {
    }

    private final EmulationRegistrationRepository registrations;
    private final DirectoryUnitRepository units;
    private final AwardFormRepository forms;
    private final AccessPolicy policy;
    private final Clock clock;

    public EmulationRegistrationService(EmulationRegistrationRepository registrations, DirectoryUnitRepository units,
            AwardFormRepository forms, AccessPolicy policy, Clock clock) {
        this.registrations = registrations;
        this.units = units;
        this.forms = forms;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public PageResponse<EmulationRegistration> list(CallerScope caller, Integer year, UUID unitId, int page, int size) {
        policy.requireRole(caller, Action.READ_REGISTRATION);
        PanacheQuery<EmulationRegistration> query = registrations.visible(caller.scopePath(), year, unitId)
                .page(Page.of(page, size));
        return new PageResponse<>(query.list(), page, size, query.count());
    }

    /** Creates or replaces a unit's registration of a year; {@code version} (when sent) must be current. */
    @Transactional
    public Registered register(CallerScope caller, UUID unitId, int year, List<String> formCodes, String note,
            Long version) {
        policy.requireRole(caller, Action.REGISTER_EMULATION);
        DirectoryUnit known = units.findById(unitId);
        String path = known != null ? known.path : unitId.equals(caller.unitId()) ? caller.unitPath() : null;
        if (path == null) {
            throw new NotFoundException(UNIT_NOT_FOUND);
        }
        policy.requireOrHide(caller, Action.REGISTER_EMULATION, Action.READ_REGISTRATION, Target.unit(path),
                UNIT_NOT_FOUND);
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < formCodes.size(); i++) {
            String code = formCodes.get(i) == null ? "" : formCodes.get(i).strip();
            if (forms.findByCode(code).filter(f -> f.active).isEmpty()) {
                throw new InvalidFieldException("formCodes[" + i + "]", "Không có hình thức khen thưởng đang áp dụng mã " + code);
            }
            codes.add(code);
        }
        EmulationRegistration r = registrations.of(unitId, year).orElse(null);
        boolean created = r == null;
        if (created) {
            r = new EmulationRegistration();
            r.id = UUID.randomUUID();
            r.unitId = unitId;
            r.year = year;
        } else if (version != null && version != r.version) {
            throw new StaleVersionException(r.version);
        }
        Instant now = Instant.now(clock);
        r.unitPath = path;
        r.unitName = known != null ? known.name : r.unitName;
        r.formCodes = new ArrayList<>(codes);
        r.note = note == null || note.isBlank() ? null : note.strip();
        r.registeredAt = now;
        r.registeredBy = caller.username();
        r.updatedAt = now;
        if (created) {
            registrations.persist(r);
        }
        registrations.flush();
        return new Registered(r, created);
    }
}
