package vn.thiduaso.award.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.repository.NominationRepository;
import vn.thiduaso.platform.problem.ForbiddenException;
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
        READ_PLAN
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
    }

    public boolean allows(Caller c, Action action, Target target) {
        return switch (action) {
            case READ_FORMS -> true;
            case MANAGE_FORMS -> c.has(Roles.ADMIN);
            case READ_PLAN -> c.covers(target.issuingUnitPath()) || target.addresseePaths().stream().anyMatch(c::covers);
        };
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
        if (!allows(Caller.of(caller), action, dossier)) {
            throw new ForbiddenException(switch (action) {
                case CREATE -> "Chỉ đơn vị (cho chính mình) hoặc Phòng Văn hóa - Xã hội của xã được lập hồ sơ đề nghị";
                case READ -> "Hồ sơ này nằm ngoài phạm vi của bạn";
                case EDIT -> "Chỉ đơn vị đề nghị hoặc Phòng Văn hóa - Xã hội được sửa, gửi, thu hồi hoặc rút hồ sơ";
                case PROCESS -> "Chỉ Phòng Văn hóa - Xã hội của xã được tiếp nhận, thẩm định, trả lại hồ sơ";
            });
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
        };
    }
}
