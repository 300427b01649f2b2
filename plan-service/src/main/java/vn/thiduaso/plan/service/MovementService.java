package vn.thiduaso.plan.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.plan.domain.Movement;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.repository.MovementRepository;
import vn.thiduaso.plan.repository.UnitRepository;
import vn.thiduaso.plan.service.AccessPolicy.Action;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.Problem.FieldError;
import vn.thiduaso.platform.security.CallerScope;

/** Phong trào thi đua: reference data that plans implement. */
@ApplicationScoped
public class MovementService {

    /** Fields of a movement; on update a null field keeps its value. */
    public record MovementInput(String name, Movement.Level level, String documentNumber, LocalDate documentDate,
            String documentIssuer, String scope, Integer startYear, Integer endYear, Movement.Method method,
            List<Movement.Phase> phases, UUID parentMovementId, UUID ownerUnitId) {
    }

    private final MovementRepository movements;
    private final UnitRepository units;
    private final AccessPolicy policy;

    public MovementService(MovementRepository movements, UnitRepository units, AccessPolicy policy) {
        this.movements = movements;
        this.units = units;
        this.policy = policy;
    }

    @Transactional
    public PageResponse<Movement> list(String q, Movement.Level level, int page, int size) {
        PanacheQuery<Movement> query = movements.search(q, level).page(Page.of(page, size));
        return new PageResponse<>(query.list(), page, size, query.count());
    }

    @Transactional
    public Movement get(UUID id) {
        return movements.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy phong trào thi đua"));
    }

    @Transactional
    public Movement create(CallerScope caller, MovementInput in) {
        Movement m = new Movement();
        m.id = UUID.randomUUID();
        m.createdBy = caller.username();
        m.createdAt = Instant.now();
        apply(m, in);
        required(m);
        policy.requireMovement(caller, Action.CREATE_MOVEMENT, m.level, m.ownerUnitPath);
        movements.persist(m);
        return m;
    }

    @Transactional
    public Movement update(CallerScope caller, UUID id, long version, MovementInput in) {
        Movement m = get(id);
        policy.requireMovement(caller, Action.EDIT_MOVEMENT, m.level, m.ownerUnitPath);
        if (m.version != version) {
            throw new vn.thiduaso.platform.problem.StaleVersionException(m.version);
        }
        apply(m, in);
        required(m);
        policy.requireMovement(caller, Action.EDIT_MOVEMENT, m.level, m.ownerUnitPath);
        movements.flush();
        return m;
    }

    private void apply(Movement m, MovementInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.name() != null) {
            if (in.name().isBlank()) {
                errors.add(new FieldError("name", "Tên phong trào không được để trống"));
            }
            m.name = in.name().trim();
        }
        if (in.level() != null) {
            m.level = in.level();
        }
        if (in.documentNumber() != null) {
            m.documentNumber = in.documentNumber().trim();
        }
        if (in.documentDate() != null) {
            m.documentDate = in.documentDate();
        }
        if (in.documentIssuer() != null) {
            m.documentIssuer = in.documentIssuer().trim();
        }
        if (in.scope() != null) {
            m.scope = in.scope();
        }
        if (in.startYear() != null) {
            m.startYear = in.startYear();
        }
        if (in.endYear() != null) {
            m.endYear = in.endYear();
        }
        if (in.method() != null) {
            m.method = in.method();
        }
        if (in.phases() != null) {
            m.phases = new ArrayList<>(in.phases());
        }
        if (in.parentMovementId() != null) {
            if (movements.findById(in.parentMovementId()) == null || in.parentMovementId().equals(m.id)) {
                errors.add(new FieldError("parentMovementId", "Phong trào cấp trên không tồn tại"));
            }
            m.parentMovementId = in.parentMovementId();
        }
        if (in.ownerUnitId() != null) {
            Unit owner = units.findById(in.ownerUnitId());
            if (owner == null) {
                errors.add(new FieldError("ownerUnitId", "Đơn vị không tồn tại"));
            } else {
                m.ownerUnitId = owner.id;
                m.ownerUnitPath = owner.path;
            }
        }
        if (m.startYear != null && m.endYear != null && m.startYear > m.endYear) {
            errors.add(new FieldError("endYear", "Năm kết thúc không được trước năm bắt đầu"));
        }
        for (int i = 0; m.phases != null && i < m.phases.size(); i++) {
            Movement.Phase p = m.phases.get(i);
            if (p == null || p.name() == null || p.name().isBlank()) {
                errors.add(new FieldError("phases[" + i + "].name", "Tên giai đoạn không được để trống"));
            } else if (p.startYear() != null && p.endYear() != null && p.startYear() > p.endYear()) {
                errors.add(new FieldError("phases[" + i + "].endYear", "Năm kết thúc không được trước năm bắt đầu"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    private static void required(Movement m) {
        List<FieldError> errors = new ArrayList<>();
        if (m.name == null) {
            errors.add(new FieldError("name", "Tên phong trào không được để trống"));
        }
        if (m.level == null) {
            errors.add(new FieldError("level", "Cần chọn cấp phát động"));
        }
        if (m.level == Movement.Level.COMMUNE && m.ownerUnitId == null) {
            errors.add(new FieldError("ownerUnitId", "Phong trào cấp xã cần đơn vị phát động"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }
}
