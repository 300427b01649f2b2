package vn.thiduaso.award.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.platform.problem.ForbiddenException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.security.UnitPaths;

/**
 * Who may do what in award-service — the award-form catalogue and the plans awards are based on: the
 * one place every use case asks. The catalogue is national: every signed-in user reads it, only an
 * administrator maintains it. A plan is read by whoever's scope covers its issuing unit or one of
 * its addressees. Listings are filtered by the caller's scope path in the repository's query.
 */
@ApplicationScoped
public class AccessPolicy {

    public enum Action {
        /** Read the award-form catalogue (list, one form). */
        READ_FORMS,
        /** Add or change a form of the catalogue. */
        MANAGE_FORMS,
        /** Read one plan (with its addressees, award forms and milestones). */
        READ_PLAN,
        /** Post a round's passed nominations publicly (công khai): the commune's office. */
        POST_NOMINATIONS,
        /** Read a commune's postings with their objections: office, leader, council of the commune. */
        READ_POSTINGS,
        /** Record how an objection was resolved: the commune's office. */
        RESOLVE_OBJECTION,
        /** Draft or edit a commune award decision: the commune's office. */
        DRAFT_DECISION,
        /** Read a commune's decisions and print them: office, leader, council of the commune. */
        READ_DECISIONS,
        /** Sign a commune award decision: a leader of the commune. */
        SIGN_DECISION,
        /** Annul a decided award: a leader or the office of its commune. */
        ANNUL_AWARD,
        /** Read or move the award clock (test stacks only): an administrator. */
        CONTROL_CLOCK
    }

    /** The caller as the policy sees it: roles and the subtree they may act on. */
    public record Caller(Set<String> roles, String scopePath) {

        public static Caller of(CallerScope scope) {
            return new Caller(scope.roles(), scope.scopePath());
        }

        boolean has(String... any) {
            for (String r : any) {
                if (roles.contains(r)) {
                    return true;
                }
            }
            return false;
        }

        boolean covers(String path) {
            return path != null && UnitPaths.covers(scopePath, path);
        }
    }

    /** What is acted on: a plan's issuing unit and addressees; {@link #CATALOGUE} for the award forms. */
    public record Target(String issuingUnitPath, List<String> addresseePaths) {

        /** The award-form catalogue belongs to no unit. */
        public static final Target CATALOGUE = new Target(null, List.of());

        /** A commune's posting, objection, decision or award record: its commune path. */
        public static Target commune(String communePath) {
            return new Target(communePath, List.of());
        }
    }

    public boolean allows(Caller c, Action action, Target target) {
        return switch (action) {
            case READ_FORMS -> true;
            case MANAGE_FORMS -> c.has(Roles.ADMIN);
            case READ_PLAN -> c.covers(target.issuingUnitPath()) || target.addresseePaths().stream().anyMatch(c::covers);
            case CONTROL_CLOCK -> roleMay(c, action);
            case POST_NOMINATIONS, READ_POSTINGS, RESOLVE_OBJECTION, DRAFT_DECISION, READ_DECISIONS, SIGN_DECISION,
                    ANNUL_AWARD -> roleMay(c, action) && c.covers(target.issuingUnitPath());
        };
    }

    /**
     * Whether the caller's role may ever do a commune action (posting, objections, decisions, annulment,
     * the clock), whatever the unit: no → 403; yes but the commune is outside the scope → 404.
     */
    public boolean roleMay(Caller c, Action action) {
        return switch (action) {
            case POST_NOMINATIONS, RESOLVE_OBJECTION, DRAFT_DECISION -> c.has(Roles.OFFICE);
            case READ_POSTINGS, READ_DECISIONS -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.COUNCIL);
            case SIGN_DECISION -> c.has(Roles.LEADER);
            case ANNUL_AWARD -> c.has(Roles.LEADER, Roles.OFFICE);
            case CONTROL_CLOCK -> c.has(Roles.ADMIN);
            case READ_FORMS, MANAGE_FORMS, READ_PLAN -> true;
        };
    }

    /**
     * For the commune actions: 403 when the caller's role may never do it, 404 (as if it did not exist)
     * when the commune at {@code communePath} is outside the caller's scope.
     */
    public void requireInCommune(CallerScope caller, Action action, String communePath, String notFound) {
        Caller c = Caller.of(caller);
        if (!roleMay(c, action)) {
            throw new ForbiddenException(message(action));
        }
        if (!allows(c, action, Target.commune(communePath))) {
            throw new NotFoundException(notFound);
        }
    }

    /** For an action checked before any commune is known (a listing, the clock): 403 for a wrong role. */
    public void requireRole(CallerScope caller, Action action) {
        if (!roleMay(Caller.of(caller), action)) {
            throw new ForbiddenException(message(action));
        }
    }

    public void require(CallerScope caller, Action action, Target target) {
        if (!allows(Caller.of(caller), action, target)) {
            throw new ForbiddenException(message(action));
        }
    }

    private static String message(Action action) {
        return switch (action) {
            case READ_FORMS -> "Bạn không được xem danh mục hình thức khen thưởng";
            case MANAGE_FORMS -> "Chỉ quản trị hệ thống được thêm, sửa hình thức khen thưởng";
            case READ_PLAN -> "Kế hoạch này nằm ngoài phạm vi của bạn";
            case POST_NOMINATIONS -> "Chỉ Phòng Văn hóa - Xã hội của xã được công khai danh sách đề nghị khen thưởng";
            case READ_POSTINGS -> "Vai trò của bạn không được xem các đợt công khai và ý kiến phản ánh";
            case RESOLVE_OBJECTION -> "Chỉ Phòng Văn hóa - Xã hội của xã được ghi kết quả xử lý ý kiến phản ánh";
            case DRAFT_DECISION -> "Chỉ Phòng Văn hóa - Xã hội của xã được soạn quyết định khen thưởng";
            case READ_DECISIONS -> "Vai trò của bạn không được xem quyết định khen thưởng";
            case SIGN_DECISION -> "Chỉ lãnh đạo UBND xã được ký quyết định khen thưởng";
            case ANNUL_AWARD -> "Chỉ lãnh đạo UBND xã hoặc Phòng Văn hóa - Xã hội được hủy khen thưởng";
            case CONTROL_CLOCK -> "Chỉ quản trị hệ thống được chỉnh đồng hồ khen thưởng";
        };
    }
}
