package vn.thiduaso.plan.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.plan.api.DirectoryDtos.CreateUnitRequest;
import vn.thiduaso.plan.api.DirectoryDtos.CreateUserRequest;
import vn.thiduaso.plan.api.DirectoryDtos.UnitView;
import vn.thiduaso.plan.api.DirectoryDtos.UserView;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.domain.UserAccount;
import vn.thiduaso.plan.messaging.DirectoryEvents;
import vn.thiduaso.plan.repository.UnitRepository;
import vn.thiduaso.plan.repository.UserRepository;
import vn.thiduaso.platform.api.PageResponse;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

/** Units and users; every change is published to the directory topics through the outbox. */
@ApplicationScoped
public class DirectoryService {

    private final UnitRepository units;
    private final UserRepository users;
    private final DirectoryEvents events;
    private final IdempotencyKeys idempotency;

    public DirectoryService(UnitRepository units, UserRepository users, DirectoryEvents events,
            IdempotencyKeys idempotency) {
        this.units = units;
        this.users = users;
        this.events = events;
        this.idempotency = idempotency;
    }

    @Transactional
    public PageResponse<UnitView> listUnits(CallerScope caller, UnitKind kind, String q, int page, int size) {
        PanacheQuery<Unit> query = units.inScope(caller.scopePath(), kind, q).page(Page.of(page, size));
        return new PageResponse<>(query.list().stream().map(UnitView::of).toList(), page, size, query.count());
    }

    @Transactional
    public UnitView getUnit(CallerScope caller, UUID id) {
        Unit unit = units.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy đơn vị"));
        caller.requireCovers(unit.path);
        return UnitView.of(unit);
    }

    @Transactional
    public UnitView createUnit(CallerScope caller, CreateUnitRequest request, String idempotencyKey) {
        Optional<IdempotencyKeys.Claim> claim = idempotency.claim(caller, "POST /api/v1/units", idempotencyKey,
                request.toString());
        if (claim.isPresent() && claim.get().replayOf() != null) {
            return getUnit(caller, claim.get().replayOf());
        }
        Unit parent = units.findByIdOptional(request.parentId())
                .orElseThrow(() -> new InvalidFieldException("parentId", "Đơn vị cấp trên không tồn tại"));
        caller.requireCovers(parent.path);
        Unit unit = newUnit(parent, request.code(), request.name(), request.kind());
        claim.ifPresent(c -> idempotency.remember(c, unit.id));
        return UnitView.of(unit);
    }

    /** Creates a unit below {@code parent} (or a root unit when parent is null) and publishes it. */
    @Transactional
    public Unit newUnit(Unit parent, String code, String name, UnitKind kind) {
        String path = (parent == null ? "" : parent.path) + "/" + code;
        if (units.findByPath(path).isPresent()) {
            throw new ConflictException("Đã có đơn vị với mã này ở cùng cấp: " + path);
        }
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.code = code;
        unit.name = name.trim();
        unit.kind = kind;
        unit.path = path;
        unit.parentId = parent == null ? null : parent.id;
        unit.createdAt = Instant.now();
        units.persist(unit);
        events.unitUpserted(unit);
        return unit;
    }

    @Transactional
    public PageResponse<UserView> listUsers(CallerScope caller, int page, int size) {
        PanacheQuery<UserAccount> query = users.inScope(caller.scopePath()).page(Page.of(page, size));
        return new PageResponse<>(query.list().stream().map(u -> UserView.of(u, units.findById(u.unitId))).toList(),
                page, size, query.count());
    }

    @Transactional
    public UserView getUser(CallerScope caller, UUID id) {
        UserAccount user = users.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy người dùng"));
        Unit unit = units.findById(user.unitId);
        if (!caller.isAdmin() && !id.equals(caller.userId())) {
            caller.requireCovers(unit.path);
        }
        return UserView.of(user, unit);
    }

    @Transactional
    public UserView createUser(CallerScope caller, CreateUserRequest request, String idempotencyKey) {
        // The password is part of the request but never of a stored fingerprint in clear: it is hashed with the rest.
        Optional<IdempotencyKeys.Claim> claim = idempotency.claim(caller, "POST /api/v1/users", idempotencyKey,
                request.username(), request.password(), request.fullName(), request.email(), request.role(),
                String.valueOf(request.unitId()));
        if (claim.isPresent() && claim.get().replayOf() != null) {
            return getUser(caller, claim.get().replayOf());
        }
        Unit unit = units.findByIdOptional(request.unitId())
                .orElseThrow(() -> new InvalidFieldException("unitId", "Đơn vị không tồn tại"));
        caller.requireCovers(unit.path);
        if (!caller.isAdmin() && (Roles.ADMIN.equals(request.role()) || Roles.BOARD.equals(request.role()))) {
            throw new io.quarkus.security.ForbiddenException("Chỉ quản trị hệ thống được tạo tài khoản vai trò này");
        }
        UserAccount user = newUser(unit, request.username(), request.password(), request.fullName(), request.email(),
                request.role());
        claim.ifPresent(c -> idempotency.remember(c, user.id));
        return UserView.of(user, unit);
    }

    @Transactional
    public UserAccount newUser(Unit unit, String username, String password, String fullName, String email, String role) {
        String name = username.trim().toLowerCase();
        if (users.findByUsername(name).isPresent()) {
            throw new ConflictException("Tên đăng nhập đã được sử dụng");
        }
        UserAccount user = new UserAccount();
        user.id = UUID.randomUUID();
        user.username = name;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.fullName = fullName.trim();
        user.email = email.trim();
        user.role = role;
        user.unitId = unit.id;
        user.createdAt = Instant.now();
        users.persist(user);
        events.userUpserted(user, unit);
        return user;
    }
}
