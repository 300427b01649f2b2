package vn.thiduaso.plan.service;

import static vn.thiduaso.plan.service.AccessPolicy.require;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.audit.AuditTrail;
import vn.thiduaso.platform.security.CallerScope;

/** Reads the audit log of the caller's scope: everything for the administrator, the commune for the office. */
@ApplicationScoped
public class AuditService {

    private final AuditTrail trail;
    private final AccessPolicy policy;

    public AuditService(AuditTrail trail, AccessPolicy policy) {
        this.trail = trail;
        this.policy = policy;
    }

    public PageResponse<AuditTrail.Entry> search(CallerScope caller, AuditTrail.Filter filter, int page, int size) {
        require(policy.canReadAudit(caller, caller.scopePath()), "Vai trò của bạn không được xem nhật ký thay đổi");
        return trail.search(caller.scopePath(), filter, page, size);
    }
}
