package vn.thiduaso.award.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.repository.NominationRepository;
import vn.thiduaso.award.domain.council.Seat;
import vn.thiduaso.platform.problem.ForbiddenException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.security.UnitPaths;

/**
 * Who may do what in award-service — the award-form catalogue, the plans awards are based on, rule
 * sets, rounds, emulation registration, clusters and award history: the one place every use case asks.
 * A role that may never do an action gets 403; a target outside what the caller may see reads as 404. The catalogue is national: every signed-in user reads it, only an
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
        /** Read the rule sets (every signed-in user). */
        READ_RULE_SETS,
        /** Add a rule set (a new version of the rules). */
        MANAGE_RULE_SETS,
        /** Read a round: the commune's officials and the board in scope; a unit that may nominate in it. */
        READ_ROUND,
        /** Open, change or close a round of a commune (the office). */
        MANAGE_ROUND,
        /** Read a unit's emulation registration. */
        READ_REGISTRATION,
        /** Register the titles a unit competes for (the unit itself, or the office for its commune's units). */
        REGISTER_EMULATION,
        /** Read a cluster: officials of its commune, or a member unit. */
        READ_CLUSTER,
        /** Sign the covenant or score the members: the office, or the head unit. */
        MANAGE_CLUSTER,
        /** Read award history (tra cứu) in scope. */
        READ_AWARD_RECORD,
        /** Import an award decided before the system (the office). */
        IMPORT_AWARD_RECORD,
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
        CONTROL_CLOCK,
        /** Forward posted dossiers of higher forms to the city/province board (target: the commune). */
        FORWARD,
        /** Read a forwarding and download its bundle (target: the commune, addressee: the board unit). */
        READ_FORWARDING,
        /** The board lists and reads the dossiers forwarded to it (target: the board unit). */
        BOARD_READ,
        /** The board posts its decision on a forwarded dossier (target: the board unit). */
        BOARD_DECIDE,
        /** Read a commune's reward fund (target: the commune). */
        READ_FUND,
        /** Add budget, payment and adjustment lines to a commune's fund (target: the commune). */
        MANAGE_FUND,
        /** Read the certificate layouts of a commune (target: the commune). */
        READ_CERTIFICATE_LAYOUTS,
        /** Set where a certificate's fields are printed (target: the commune). */
        MANAGE_CERTIFICATE_LAYOUT,
        /** Print certificates of decided awards (target: the award's commune). */
        PRINT_CERTIFICATE
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

    /**
     * What is acted on: a plan's issuing unit and addressees; a round's commune and its nominator units;
     * a cluster's commune and its member (read) or head (manage) units; a registration's or record's
     * unit; {@link #CATALOGUE} for the award forms and rule sets.
     */
    public record Target(String issuingUnitPath, List<String> addresseePaths) {

        /** The award-form catalogue (and the rule sets) belong to no unit. */
        public static final Target CATALOGUE = new Target(null, List.of());

        public static Target unit(String path) {
            return new Target(path, List.of());
        }

        /** A commune's posting, objection, decision or award record: its commune path. */
        public static Target commune(String communePath) {
            return new Target(communePath, List.of());
        }

        /** A forwarding: the sending commune, and the board unit it went to. */
        public static Target forwarding(String communePath, String boardUnitPath) {
            return new Target(communePath, List.of(boardUnitPath));
        }
    }

    private static final String[] OFFICIALS = { Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.COUNCIL, Roles.BOARD };

    public boolean allows(Caller c, Action action, Target target) {
        return switch (action) {
            case READ_FORMS -> true;
            case MANAGE_FORMS -> c.has(Roles.ADMIN);
            case READ_PLAN -> c.covers(target.issuingUnitPath()) || target.addresseePaths().stream().anyMatch(c::covers);
            case READ_RULE_SETS -> true;
            case MANAGE_RULE_SETS -> c.has(Roles.ADMIN);
            case READ_ROUND, READ_CLUSTER -> c.has(OFFICIALS) && c.covers(target.issuingUnitPath())
                    || c.has(Roles.UNIT) && target.addresseePaths().stream().anyMatch(c::covers);
            case MANAGE_ROUND, IMPORT_AWARD_RECORD -> c.has(Roles.ADMIN, Roles.OFFICE) && c.covers(target.issuingUnitPath());
            case READ_REGISTRATION, READ_AWARD_RECORD -> c.covers(target.issuingUnitPath());
            case REGISTER_EMULATION -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.UNIT) && c.covers(target.issuingUnitPath());
            case MANAGE_CLUSTER -> c.has(Roles.ADMIN, Roles.OFFICE) && c.covers(target.issuingUnitPath())
                    || c.has(Roles.UNIT) && target.addresseePaths().stream().anyMatch(c::covers);
            case CONTROL_CLOCK -> mayEver(c, action);
            case POST_NOMINATIONS, READ_POSTINGS, RESOLVE_OBJECTION, DRAFT_DECISION, READ_DECISIONS, SIGN_DECISION,
                    ANNUL_AWARD -> mayEver(c, action) && c.covers(target.issuingUnitPath());
            case READ_FORWARDING -> c.has(Roles.ADMIN) || c.has(Roles.OFFICE, Roles.LEADER) && c.covers(target.issuingUnitPath())
                    || c.has(Roles.BOARD) && target.addresseePaths().stream().anyMatch(c::covers);
            case FORWARD, BOARD_READ, BOARD_DECIDE, READ_FUND, MANAGE_FUND, READ_CERTIFICATE_LAYOUTS,
                    MANAGE_CERTIFICATE_LAYOUT, PRINT_CERTIFICATE -> mayEver(c, action) && c.covers(target.issuingUnitPath());
        };
    }

    /** Whether the caller's roles may ever do the action, whatever the target (else 403). */
    public boolean mayEver(Caller c, Action action) {
        return switch (action) {
            case READ_FORMS, READ_PLAN, READ_RULE_SETS, READ_ROUND, READ_CLUSTER, READ_REGISTRATION,
                    READ_AWARD_RECORD -> true;
            case MANAGE_FORMS, MANAGE_RULE_SETS -> c.has(Roles.ADMIN);
            case MANAGE_ROUND, IMPORT_AWARD_RECORD -> c.has(Roles.ADMIN, Roles.OFFICE);
            case REGISTER_EMULATION, MANAGE_CLUSTER -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.UNIT);
            case POST_NOMINATIONS, RESOLVE_OBJECTION, DRAFT_DECISION -> c.has(Roles.OFFICE);
            case READ_POSTINGS, READ_DECISIONS -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.COUNCIL);
            case SIGN_DECISION -> c.has(Roles.LEADER);
            case ANNUL_AWARD -> c.has(Roles.LEADER, Roles.OFFICE);
            case CONTROL_CLOCK -> c.has(Roles.ADMIN);
            case FORWARD, MANAGE_FUND, MANAGE_CERTIFICATE_LAYOUT -> c.has(Roles.OFFICE);
            case READ_FORWARDING -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.BOARD);
            case BOARD_READ, BOARD_DECIDE -> c.has(Roles.BOARD);
            case READ_FUND -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.BOARD);
            case READ_CERTIFICATE_LAYOUTS, PRINT_CERTIFICATE -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER);
        };
    }

    /** The same as {@link #mayEver}: the name the commune actions (posting, decisions) use. */
    public boolean roleMay(Caller c, Action action) {
        return mayEver(c, action);
    }

    /**
     * For the commune actions: 403 when the caller's role may never do it, 404 (as if it did not exist)
     * when the commune at {@code communePath} is outside the caller's scope.
     */
    public void requireInCommune(CallerScope caller, Action action, String communePath, String notFound) {
        Caller c = Caller.of(caller);
        if (!mayEver(c, action)) {
            throw new ForbiddenException(message(action));
        }
        if (!allows(c, action, Target.commune(communePath))) {
            throw new NotFoundException(notFound);
        }
    }

    /** 403 unless the caller's roles may ever do the action (checked before anything is looked up). */
    public void requireRole(CallerScope caller, Action action) {
        if (!mayEver(Caller.of(caller), action)) {
            throw new ForbiddenException(message(action));
        }
    }

    /**
     * For an existing target: 404 ({@code notFound}) when the caller may not even see it
     * ({@code readAction}), 403 when they see it but may not do {@code action}.
     */
    public void requireOrHide(CallerScope caller, Action action, Action readAction, Target target, String notFound) {
        Caller c = Caller.of(caller);
        if (!mayEver(c, action)) {
            throw new ForbiddenException(message(action));
        }
        if (!allows(c, readAction, target)) {
            throw new NotFoundException(notFound);
        }
        if (!allows(c, action, target)) {
            throw new ForbiddenException(message(action));
        }
    }

    /** What may be done with a dossier (hồ sơ đề nghị khen thưởng). */
    public enum DossierAction {
        /** Nominate for a unit: the unit for itself, the office for any unit of its commune. */
        CREATE,
        /** Read a dossier, its attachments and log: the nominating unit, the commune's office, leader and
         * council; the board once it was forwarded. */
        READ,
        /** The sender's moves: edit, attach, submit, recall, withdraw (the unit, or the office for it). */
        EDIT,
        /** The office's moves: receive, assign, appraise, return, override failed checks. */
        PROCESS
    }

    /** A dossier as the policy sees it: who nominated, the round's commune, where it stands. */
    public record Dossier(String nominatingUnitPath, String communePath, NominationStatus status) {

        /** A dossier not yet created: only the nominating unit and the commune are known. */
        public static Dossier toCreate(String nominatingUnitPath, String communePath) {
            return new Dossier(nominatingUnitPath, communePath, NominationStatus.DRAFT);
        }
    }

    public boolean allows(Caller c, DossierAction action, Dossier d) {
        boolean admin = c.has(Roles.ADMIN);
        boolean sender = c.has(Roles.UNIT) && c.covers(d.nominatingUnitPath());
        boolean office = c.has(Roles.OFFICE) && c.covers(d.communePath()) && c.covers(d.nominatingUnitPath());
        return switch (action) {
            case CREATE, EDIT -> admin || sender || office;
            case READ -> admin || sender || office
                    || c.has(Roles.LEADER, Roles.COUNCIL) && c.covers(d.communePath())
                    || c.has(Roles.BOARD) && c.covers(d.communePath())
                            && NominationRepository.BOARD_VISIBLE.contains(d.status());
            case PROCESS -> admin || office;
        };
    }

    /** 403 unless allowed. */
    public void require(CallerScope caller, DossierAction action, Dossier dossier) {
        Caller c = Caller.of(caller);
        // a dossier the caller may not even read is not confirmed to exist (a create names its unit in the body)
        if (action != DossierAction.CREATE && !allows(c, DossierAction.READ, dossier)) {
            throw new NotFoundException("Không tìm thấy hồ sơ đề nghị");
        }
        if (!allows(c, action, dossier)) {
            throw new ForbiddenException(switch (action) {
                case CREATE -> "Chỉ đơn vị (cho chính mình) hoặc Phòng Văn hóa - Xã hội của xã được lập hồ sơ đề nghị";
                case READ -> "Hồ sơ này nằm ngoài phạm vi của bạn";
                case EDIT -> "Chỉ đơn vị đề nghị hoặc Phòng Văn hóa - Xã hội được sửa, gửi, thu hồi hoặc rút hồ sơ";
                case PROCESS -> "Chỉ Phòng Văn hóa - Xã hội của xã được tiếp nhận, thẩm định, trả lại hồ sơ";
            });
        }
    }

    /** 404 (the thing is not shown to this caller) unless the action is allowed on the target. */
    public void requireInScope(CallerScope caller, Action action, Target target, String notFoundMessage) {
        if (!allows(Caller.of(caller), action, target)) {
            throw new NotFoundException(notFoundMessage);
        }
    }

    /**
     * 403 when the caller's role may never do the action or when it sees the target but may not act on
     * it; 404 when the target lies outside the caller's scope (its existence is not confirmed).
     */
    public void require(CallerScope caller, Action action, Target target) {
        Caller c = Caller.of(caller);
        if (!allows(c, action, target)) {
            boolean named = target.issuingUnitPath() != null || !target.addresseePaths().isEmpty();
            boolean inScope = c.covers(target.issuingUnitPath()) || target.addresseePaths().stream().anyMatch(c::covers);
            if (mayEver(c, action) && named && !inScope) {
                throw new NotFoundException(action == Action.READ_PLAN ? "Không tìm thấy kế hoạch" : "Không tìm thấy");
            }
            throw new ForbiddenException(message(action));
        }
    }

    // --- Council (Hội đồng Thi đua - Khen thưởng) ---------------------------------------------------

    /** What may be done with a council session; the target is the session's commune and the caller's seat in it. */
    public enum CouncilAction {
        /** Create a session with its members and agenda (the office of the round's commune). */
        CREATE_SESSION,
        /** Read a session, its agenda and, after the close, the tally and the minutes. */
        READ_SESSION,
        /** Record who is present (the office, the chair or the secretary). */
        RECORD_ATTENDANCE,
        /** Open the vote with its window, and close it (the chair). */
        CHAIR_SESSION,
        /** Cast ballots and declare recusals (a member of the session). */
        VOTE
    }

    /**
     * A council session as the policy sees it: the commune it belongs to and the caller's seat in it
     * ({@code null} when the caller is not a member).
     */
    public record CouncilTarget(String communePath, Seat callerSeat) {
    }

    /**
     * Office and leader read every session of their commune; a council user only those they sit on;
     * the chair opens and closes; members vote. Admins read (support) but never vote or chair.
     */
    public boolean allows(Caller c, CouncilAction action, CouncilTarget t) {
        if (!c.covers(t.communePath())) {
            return false;
        }
        boolean member = c.has(Roles.COUNCIL) && t.callerSeat() != null;
        return switch (action) {
            case CREATE_SESSION -> c.has(Roles.OFFICE);
            case READ_SESSION -> c.has(Roles.OFFICE, Roles.LEADER, Roles.ADMIN) || member;
            case RECORD_ATTENDANCE -> c.has(Roles.OFFICE)
                    || member && (t.callerSeat() == Seat.CHAIR || t.callerSeat() == Seat.SECRETARY);
            case CHAIR_SESSION -> member && t.callerSeat() == Seat.CHAIR;
            case VOTE -> member;
        };
    }

    public void require(CallerScope caller, CouncilAction action, CouncilTarget target) {
        Caller c = Caller.of(caller);
        // a session of a commune outside the caller's scope is not confirmed to exist
        if (action != CouncilAction.CREATE_SESSION && !c.covers(target.communePath())) {
            throw new NotFoundException("Không tìm thấy phiên họp Hội đồng");
        }
        if (!allows(c, action, target)) {
            throw new ForbiddenException(switch (action) {
                case CREATE_SESSION -> "Chỉ Phòng Văn hóa - Xã hội của xã được lập phiên họp Hội đồng";
                case READ_SESSION -> "Bạn không phải thành viên của phiên họp Hội đồng này";
                case RECORD_ATTENDANCE -> "Chỉ Phòng Văn hóa - Xã hội, Chủ tịch hoặc Thư ký Hội đồng được điểm danh";
                case CHAIR_SESSION -> "Chỉ Chủ tịch Hội đồng được mở và kết thúc biểu quyết";
                case VOTE -> "Chỉ thành viên của phiên họp Hội đồng được biểu quyết";
            });
        }
    }

    private static String message(Action action) {
        return switch (action) {
            case READ_FORMS -> "Bạn không được xem danh mục hình thức khen thưởng";
            case MANAGE_FORMS -> "Chỉ quản trị hệ thống được thêm, sửa hình thức khen thưởng";
            case READ_PLAN -> "Kế hoạch này nằm ngoài phạm vi của bạn";
            case READ_RULE_SETS -> "Bạn không được xem bộ quy tắc khen thưởng";
            case MANAGE_RULE_SETS -> "Chỉ quản trị hệ thống được thêm bộ quy tắc khen thưởng";
            case READ_ROUND -> "Đợt khen thưởng này nằm ngoài phạm vi của bạn";
            case MANAGE_ROUND -> "Chỉ bộ phận thi đua - khen thưởng của xã được mở, sửa, đóng đợt khen thưởng";
            case READ_REGISTRATION -> "Đăng ký thi đua này nằm ngoài phạm vi của bạn";
            case REGISTER_EMULATION -> "Chỉ đơn vị (cho chính mình) hoặc bộ phận thi đua - khen thưởng của xã được đăng ký thi đua";
            case READ_CLUSTER -> "Khối thi đua này nằm ngoài phạm vi của bạn";
            case MANAGE_CLUSTER -> "Chỉ bộ phận thi đua - khen thưởng của xã hoặc đơn vị trưởng khối được ký giao ước, chấm điểm";
            case READ_AWARD_RECORD -> "Khen thưởng này nằm ngoài phạm vi của bạn";
            case IMPORT_AWARD_RECORD -> "Chỉ bộ phận thi đua - khen thưởng của xã được nhập khen thưởng đã có";
            case POST_NOMINATIONS -> "Chỉ Phòng Văn hóa - Xã hội của xã được công khai danh sách đề nghị khen thưởng";
            case READ_POSTINGS -> "Vai trò của bạn không được xem các đợt công khai và ý kiến phản ánh";
            case RESOLVE_OBJECTION -> "Chỉ Phòng Văn hóa - Xã hội của xã được ghi kết quả xử lý ý kiến phản ánh";
            case DRAFT_DECISION -> "Chỉ Phòng Văn hóa - Xã hội của xã được soạn quyết định khen thưởng";
            case READ_DECISIONS -> "Vai trò của bạn không được xem quyết định khen thưởng";
            case SIGN_DECISION -> "Chỉ lãnh đạo UBND xã được ký quyết định khen thưởng";
            case ANNUL_AWARD -> "Chỉ lãnh đạo UBND xã hoặc Phòng Văn hóa - Xã hội được hủy khen thưởng";
            case CONTROL_CLOCK -> "Chỉ quản trị hệ thống được chỉnh đồng hồ khen thưởng";
            case FORWARD -> "Chỉ Phòng Văn hóa - Xã hội của xã được chuyển hồ sơ lên Ban Thi đua - Khen thưởng";
            case READ_FORWARDING -> "Bạn không được xem tờ trình chuyển hồ sơ";
            case BOARD_READ -> "Chỉ Ban Thi đua - Khen thưởng được xem hồ sơ chuyển lên";
            case BOARD_DECIDE -> "Chỉ Ban Thi đua - Khen thưởng được gửi quyết định về hồ sơ chuyển lên";
            case READ_FUND -> "Bạn không được xem quỹ thi đua, khen thưởng";
            case MANAGE_FUND -> "Chỉ Phòng Văn hóa - Xã hội được ghi sổ quỹ thi đua, khen thưởng";
            case READ_CERTIFICATE_LAYOUTS -> "Bạn không được xem mẫu in phôi";
            case MANAGE_CERTIFICATE_LAYOUT -> "Chỉ Phòng Văn hóa - Xã hội được đặt vị trí in phôi";
            case PRINT_CERTIFICATE -> "Bạn không được in giấy khen";
        };
    }
}
