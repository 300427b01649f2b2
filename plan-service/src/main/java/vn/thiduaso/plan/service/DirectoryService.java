package vn.thiduaso.plan.service;

import static vn.thiduaso.plan.service.AccessPolicy.require;
import static vn.thiduaso.plan.service.AccessPolicy.requireInScope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.domain.UserAccount;
import vn.thiduaso.plan.messaging.DirectoryEvents;
import vn.thiduaso.plan.repository.AccountSecurityRepository;
import vn.thiduaso.plan.repository.UnitRepository;
import vn.thiduaso.plan.repository.UserRepository;
import vn.thiduaso.plan.service.DirectoryCommands.LockWithUser;
import vn.thiduaso.plan.service.DirectoryCommands.NewUnit;
import vn.thiduaso.plan.service.DirectoryCommands.NewUser;
import vn.thiduaso.plan.service.DirectoryCommands.UnitChanges;
import vn.thiduaso.plan.service.DirectoryCommands.UnitNode;
import vn.thiduaso.plan.service.DirectoryCommands.UserChanges;
import vn.thiduaso.plan.service.DirectoryCommands.UserWithUnit;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.audit.AuditTrail;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.security.UnitPaths;

/** Units and users; every change is published to the directory topics through the outbox. */
@ApplicationScoped
public class DirectoryService {

    private static final String UNIT_NOT_FOUND = "Không tìm thấy đơn vị";
    private static final String OUT_OF_SCOPE = "Đơn vị này nằm ngoài phạm vi của bạn hoặc vai trò của bạn không được thao tác";

    private final UnitRepository units;
    private final UserRepository users;
    private final AccountSecurityRepository security;
    private final DirectoryEvents events;
    private final IdempotencyKeys idempotency;
    private final AccessPolicy policy;
    private final PasswordPolicy passwords;
    private final AuditTrail audit;

    public DirectoryService(UnitRepository units, UserRepository users, AccountSecurityRepository security,
            DirectoryEvents events, IdempotencyKeys idempotency, AccessPolicy policy, PasswordPolicy passwords,
            AuditTrail audit) {
        this.units = units;
        this.users = users;
        this.security = security;
        this.events = events;
        this.idempotency = idempotency;
        this.policy = policy;
        this.passwords = passwords;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- units

    @Transactional
    public PageResponse<Unit> listUnits(CallerScope caller, UnitKind kind, String q, UUID parentId, Boolean active,
            int page, int size) {
        PanacheQuery<Unit> query = units.inScope(caller.scopePath(), kind, q, parentId, active).page(Page.of(page, size));
        return new PageResponse<>(query.list(), page, size, query.count());
    }

    @Transactional
    public PageResponse<Unit> listUnits(CallerScope caller, UnitKind kind, String q, int page, int size) {
        return listUnits(caller, kind, q, null, null, page, size);
    }

    @Transactional
    public Unit getUnit(CallerScope caller, UUID id) {
        Unit unit = unit(id);
        requireInScope(caller, unit.path, UNIT_NOT_FOUND);
        require(policy.canReadUnit(caller, unit.path), OUT_OF_SCOPE);
        return unit;
    }

    /** The subtree at {@code rootId} (default: the caller's scope; for an administrator every root). */
    @Transactional
    public List<UnitNode> tree(CallerScope caller, UUID rootId) {
        List<Unit> roots;
        if (rootId != null) {
            roots = List.of(getUnit(caller, rootId));
        } else if (UnitPaths.ROOT.equals(caller.scopePath())) {
            roots = units.list("parentId is null", io.quarkus.panache.common.Sort.by("path"));
        } else {
            roots = units.findByPath(caller.scopePath()).map(List::of).orElse(List.of());
        }
        List<UnitNode> nodes = new ArrayList<>();
        for (Unit root : roots) {
            List<Unit> all = units.subtree(root);
            Map<UUID, List<Unit>> byParent = all.stream().filter(u -> u.parentId != null)
                    .collect(Collectors.groupingBy(u -> u.parentId));
            nodes.add(node(root, byParent));
        }
        return nodes;
    }

    private static UnitNode node(Unit unit, Map<UUID, List<Unit>> byParent) {
        return new UnitNode(unit, byParent.getOrDefault(unit.id, List.of()).stream().map(u -> node(u, byParent)).toList());
    }

    @Transactional
    public Unit createUnit(CallerScope caller, NewUnit request, String idempotencyKey) {
        Optional<IdempotencyKeys.Claim> claim = idempotency.claim(caller, "POST /api/v1/units", idempotencyKey,
                request.toString());
        if (claim.isPresent() && claim.get().replayOf() != null) {
            return getUnit(caller, claim.get().replayOf());
        }
        Unit parent = units.findByIdOptional(request.parentId())
                .orElseThrow(() -> new InvalidFieldException("parentId", "Đơn vị cấp trên không tồn tại"));
        require(policy.canCreateUnitUnder(caller, parent.path), OUT_OF_SCOPE);
        if (!parent.active) {
            throw new InvalidFieldException("parentId", "Đơn vị cấp trên đã ngừng hoạt động");
        }
        Unit unit = buildUnit(parent, request.code(), request.name(), request.kind(), u -> {
            u.headName = blankToNull(request.headName());
            u.headTitle = blankToNull(request.headTitle());
            u.email = blankToNull(request.email());
            u.phone = blankToNull(request.phone());
        });
        events.unitUpserted(unit);
        claim.ifPresent(c -> idempotency.remember(c, unit.id));
        return unit;
    }

    /** Creates a unit below {@code parent} (or a root unit when parent is null) and publishes it. */
    @Transactional
    public Unit newUnit(Unit parent, String code, String name, UnitKind kind) {
        return newUnit(parent, code, name, kind, u -> {
        });
    }

    /** As {@link #newUnit(Unit, String, String, UnitKind)}, with the head of unit and contacts set by {@code details}. */
    @Transactional
    public Unit newUnit(Unit parent, String code, String name, UnitKind kind, java.util.function.Consumer<Unit> details) {
        Unit unit = buildUnit(parent, code, name, kind, details);
        events.unitUpserted(unit);
        return unit;
    }

    private Unit buildUnit(Unit parent, String code, String name, UnitKind kind,
            java.util.function.Consumer<Unit> details) {
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
        details.accept(unit);
        units.persist(unit);
        return unit;
    }

    @Transactional
    public Unit updateUnit(CallerScope caller, UUID id, UnitChanges changes) {
        Unit unit = unit(id);
        requireInScope(caller, unit.path, UNIT_NOT_FOUND);
        require(policy.canEditUnit(caller, unit.path), OUT_OF_SCOPE);
        checkVersion(unit.version, changes.version());
        if (changes.code() != null && !changes.code().equals(unit.code)) {
            require(policy.canRestructureUnit(caller, unit.path),
                    "Bạn không được đổi mã của đơn vị đứng đầu phạm vi của mình");
            String parentPath = unit.parentId == null ? "" : unit(unit.parentId).path;
            relocate(unit, parentPath + "/" + changes.code(), "code");
            unit.code = changes.code();
        }
        if (changes.name() != null) {
            unit.name = changes.name().trim();
        }
        if (changes.kind() != null) {
            unit.kind = changes.kind();
        }
        if (changes.headName() != null) {
            unit.headName = blankToNull(changes.headName());
        }
        if (changes.headTitle() != null) {
            unit.headTitle = blankToNull(changes.headTitle());
        }
        if (changes.email() != null) {
            unit.email = blankToNull(changes.email());
        }
        if (changes.phone() != null) {
            unit.phone = blankToNull(changes.phone());
        }
        units.flush();
        republishSubtree(unit);
        return unit;
    }

    /** Puts the unit (and its subtree) under {@code newParentId}. */
    @Transactional
    public Unit moveUnit(CallerScope caller, UUID id, UUID newParentId, Long version) {
        Unit unit = unit(id);
        requireInScope(caller, unit.path, UNIT_NOT_FOUND);
        require(policy.canRestructureUnit(caller, unit.path), OUT_OF_SCOPE);
        checkVersion(unit.version, version);
        Unit parent = units.findByIdOptional(newParentId)
                .orElseThrow(() -> new InvalidFieldException("newParentId", "Đơn vị cấp trên mới không tồn tại"));
        require(policy.canCreateUnitUnder(caller, parent.path), OUT_OF_SCOPE);
        if (UnitPaths.covers(unit.path, parent.path)) {
            throw new InvalidFieldException("newParentId", "Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó");
        }
        if (!parent.active) {
            throw new InvalidFieldException("newParentId", "Đơn vị cấp trên mới đã ngừng hoạt động");
        }
        if (parent.id.equals(unit.parentId)) {
            return unit;
        }
        relocate(unit, parent.path + "/" + unit.code, "newParentId");
        unit.parentId = parent.id;
        units.flush();
        republishSubtree(unit);
        return unit;
    }

    /** Children and users of the unit move to {@code intoUnitId}; the unit is deactivated. */
    @Transactional
    public Unit mergeUnit(CallerScope caller, UUID id, UUID intoUnitId, Long version) {
        Unit unit = unit(id);
        requireInScope(caller, unit.path, UNIT_NOT_FOUND);
        require(policy.canRestructureUnit(caller, unit.path), OUT_OF_SCOPE);
        checkVersion(unit.version, version);
        Unit target = units.findByIdOptional(intoUnitId)
                .orElseThrow(() -> new InvalidFieldException("intoUnitId", "Đơn vị nhận sáp nhập không tồn tại"));
        require(policy.canEditUnit(caller, target.path), OUT_OF_SCOPE);
        if (UnitPaths.covers(unit.path, target.path)) {
            throw new InvalidFieldException("intoUnitId", "Không thể sáp nhập đơn vị vào chính nó hoặc đơn vị cấp dưới của nó");
        }
        if (!target.active) {
            throw new InvalidFieldException("intoUnitId", "Đơn vị nhận sáp nhập đã ngừng hoạt động");
        }
        audit.stampCurrentCaller();
        for (Unit child : units.children(unit.id)) {
            relocate(child, target.path + "/" + child.code, "intoUnitId");
            child.parentId = target.id;
            units.flush();
            republishSubtree(child);
        }
        for (UserAccount user : users.ofUnit(unit.id)) {
            user.unitId = target.id;
            events.userUpserted(user, target);
        }
        unit.active = false;
        units.flush();
        events.unitUpserted(unit);
        return unit;
    }

    @Transactional
    public Unit setUnitActive(CallerScope caller, UUID id, boolean active) {
        Unit unit = unit(id);
        requireInScope(caller, unit.path, UNIT_NOT_FOUND);
        require(policy.canRestructureUnit(caller, unit.path), OUT_OF_SCOPE);
        if (unit.active == active) {
            return unit;
        }
        if (!active && units.children(unit.id).stream().anyMatch(c -> c.active)) {
            throw new ConflictException("Đơn vị còn đơn vị cấp dưới đang hoạt động; hãy chuyển hoặc ngừng các đơn vị đó trước");
        }
        if (active && unit.parentId != null && !unit(unit.parentId).active) {
            throw new ConflictException("Đơn vị cấp trên đang ngừng hoạt động");
        }
        unit.active = active;
        units.flush();
        events.unitUpserted(unit);
        return unit;
    }

    /** Rewrites the path of {@code unit} and its subtree to start with {@code newPath}, and every copy of it. */
    private void relocate(Unit unit, String newPath, String field) {
        if (units.findByPath(newPath).isPresent()) {
            throw new InvalidFieldException(field, "Đã có đơn vị với mã này ở cùng cấp: " + newPath);
        }
        audit.stampCurrentCaller();
        String oldPath = unit.path;
        for (Unit u : units.subtree(unit)) {
            u.path = newPath + u.path.substring(oldPath.length());
        }
        units.rewritePathCopies(oldPath, newPath);
    }

    private void republishSubtree(Unit unit) {
        Map<UUID, Unit> subtree = units.subtree(unit).stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
        for (Unit u : subtree.values()) {
            events.unitUpserted(u);
        }
        for (UserAccount user : users.list("unitId in ?1", subtree.keySet())) {
            events.userUpserted(user, subtree.get(user.unitId));
        }
    }

    private Unit unit(UUID id) {
        return units.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy đơn vị"));
    }

    // ---------------------------------------------------------------- users

    @Transactional
    public PageResponse<UserWithUnit> listUsers(CallerScope caller, UUID unitId, String role, String q, Boolean active,
            int page, int size) {
        require(policy.canListUsers(caller), "Vai trò của bạn không được xem danh sách người dùng");
        PanacheQuery<UserAccount> query = users.inScope(caller.scopePath(), unitId, role, q, active)
                .page(Page.of(page, size));
        return new PageResponse<>(query.list().stream().map(u -> new UserWithUnit(u, units.findById(u.unitId))).toList(),
                page, size, query.count());
    }

    @Transactional
    public UserWithUnit getUser(CallerScope caller, UUID id) {
        UserAccount user = user(id);
        Unit unit = units.findById(user.unitId);
        policy.requireUserInScope(caller, unit.path, id.equals(caller.userId()));
        require(policy.canReadUser(caller, unit.path, id.equals(caller.userId())), OUT_OF_SCOPE);
        return new UserWithUnit(user, unit);
    }

    @Transactional
    public UserWithUnit createUser(CallerScope caller, NewUser request, String idempotencyKey) {
        // The password is part of the request but never of a stored fingerprint in clear: it is hashed with the rest.
        Optional<IdempotencyKeys.Claim> claim = idempotency.claim(caller, "POST /api/v1/users", idempotencyKey,
                request.username(), request.temporaryPassword(), request.fullName(), request.email(),
                String.join(",", request.roles()), String.valueOf(request.unitId()));
        if (claim.isPresent() && claim.get().replayOf() != null) {
            return getUser(caller, claim.get().replayOf());
        }
        require(policy.canListUsers(caller), "Vai trò của bạn không được tạo tài khoản");
        // a unit outside the caller's commune answers like one that does not exist
        Unit unit = units.findByIdOptional(request.unitId()).filter(u -> caller.covers(u.path))
                .orElseThrow(() -> new InvalidFieldException("unitId", "Đơn vị không tồn tại"));
        List<String> roles = distinct(request.roles());
        policy.requireGrantable(caller, unit.path, roles);
        if (!unit.active) {
            throw new InvalidFieldException("unitId", "Đơn vị đã ngừng hoạt động");
        }
        passwords.check("temporaryPassword", request.temporaryPassword(), request.username());
        UserAccount user = newUser(unit, request.username(), request.temporaryPassword(), request.fullName(),
                request.email(), roles, true);
        claim.ifPresent(c -> idempotency.remember(c, user.id));
        return new UserWithUnit(user, unit);
    }

    @Transactional
    public UserAccount newUser(Unit unit, String username, String password, String fullName, String email, String role) {
        return newUser(unit, username, password, fullName, email, List.of(role), false);
    }

    @Transactional
    public UserAccount newUser(Unit unit, String username, String password, String fullName, String email,
            List<String> roles, boolean mustChangePassword) {
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
        user.roles = new ArrayList<>(roles);
        user.unitId = unit.id;
        user.mustChangePassword = mustChangePassword;
        user.createdAt = Instant.now();
        users.persist(user);
        events.userUpserted(user, unit);
        return user;
    }

    @Transactional
    public UserWithUnit updateUser(CallerScope caller, UUID id, UserChanges changes) {
        UserAccount user = user(id);
        Unit unit = units.findById(user.unitId);
        policy.requireUserInScope(caller, unit.path, false);
        require(policy.canManageUser(caller, unit.path, user.roles), OUT_OF_SCOPE);
        checkVersion(user.version, changes.version());
        Unit newUnit = unit;
        if (changes.unitId() != null && !changes.unitId().equals(user.unitId)) {
            newUnit = units.findByIdOptional(changes.unitId()).filter(u -> caller.covers(u.path))
                    .orElseThrow(() -> new InvalidFieldException("unitId", "Đơn vị không tồn tại"));
            if (!newUnit.active) {
                throw new InvalidFieldException("unitId", "Đơn vị đã ngừng hoạt động");
            }
        }
        List<String> roles = changes.roles() == null ? user.roles : distinct(changes.roles());
        policy.requireGrantable(caller, newUnit.path, roles);
        if (caller.isAdmin() && id.equals(caller.userId()) && !roles.contains(Roles.ADMIN)) {
            throw new InvalidFieldException("roles", "Không thể tự bỏ vai trò quản trị của chính mình");
        }
        if (changes.fullName() != null) {
            user.fullName = changes.fullName().trim();
        }
        if (changes.email() != null) {
            user.email = changes.email().trim();
        }
        user.roles = new ArrayList<>(roles);
        user.unitId = newUnit.id;
        users.flush();
        events.userUpserted(user, newUnit);
        return new UserWithUnit(user, newUnit);
    }

    @Transactional
    public UserWithUnit setUserActive(CallerScope caller, UUID id, boolean active) {
        UserAccount user = managedUser(caller, id);
        Unit unit = units.findById(user.unitId);
        if (id.equals(caller.userId()) && !active) {
            throw new ConflictException("Không thể tự ngừng tài khoản của chính mình");
        }
        if (user.active != active) {
            user.active = active;
            if (!active) {
                security.revokeAllOf(user.id, Instant.now(), "deactivated");
            }
            users.flush();
            events.userUpserted(user, unit);
        }
        return new UserWithUnit(user, unit);
    }

    /** A new temporary password: the user must change it at the next sign-in; every session ends. */
    @Transactional
    public UserWithUnit resetPassword(CallerScope caller, UUID id, String temporaryPassword) {
        UserAccount user = managedUser(caller, id);
        passwords.check("temporaryPassword", temporaryPassword, user.username);
        user.passwordHash = BcryptUtil.bcryptHash(temporaryPassword);
        user.mustChangePassword = true;
        security.revokeAllOf(user.id, Instant.now(), "password-reset");
        users.flush();
        Unit unit = units.findById(user.unitId);
        events.userUpserted(user, unit);
        return new UserWithUnit(user, unit);
    }

    /** Lifts the current lock of the account (recorded with who lifted it). */
    @Transactional
    public UserWithUnit unlock(CallerScope caller, UUID id) {
        UserAccount user = managedUser(caller, id);
        Instant now = Instant.now();
        security.latestLock(user.id).filter(l -> l.activeAt(now)).ifPresent(lock -> {
            lock.liftedAt = now;
            lock.liftedBy = caller.username();
        });
        // failures before the unlock no longer count towards a new lock
        return new UserWithUnit(user, units.findById(user.unitId));
    }

    @Transactional
    public List<LockWithUser> locks(CallerScope caller, int limit) {
        require(policy.canListUsers(caller), "Vai trò của bạn không được xem danh sách khoá tài khoản");
        Instant now = Instant.now();
        return security.locksInScope(caller.scopePath(), limit).stream()
                .map(l -> new LockWithUser(l, users.findById(l.userId), l.activeAt(now))).toList();
    }

    private UserAccount managedUser(CallerScope caller, UUID id) {
        UserAccount user = user(id);
        Unit unit = units.findById(user.unitId);
        policy.requireUserInScope(caller, unit.path, false);
        require(policy.canManageUser(caller, unit.path, user.roles), OUT_OF_SCOPE);
        return user;
    }

    private UserAccount user(UUID id) {
        return users.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy người dùng"));
    }

    // ---------------------------------------------------------------- helpers

    static void checkVersion(long current, Long expected) {
        if (expected != null && expected != current) {
            throw new ConflictException("Dữ liệu đã được người khác thay đổi (phiên bản hiện tại " + current
                    + "); hãy tải lại rồi thử lại");
        }
    }

    private static List<String> distinct(List<String> roles) {
        return List.copyOf(new LinkedHashSet<>(roles));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
