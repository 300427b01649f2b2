package vn.thiduaso.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.notification.domain.EmailMessage;
import vn.thiduaso.notification.repository.EmailMessageRepository;
import vn.thiduaso.notification.service.AccessPolicy.Action;
import vn.thiduaso.notification.service.AccessPolicy.Target;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

/** The delivery log: which mail went to whom, when, and how its delivery went. */
@ApplicationScoped
public class NotificationService {

    private final EmailMessageRepository emails;
    private final AccessPolicy policy;

    public NotificationService(EmailMessageRepository emails, AccessPolicy policy) {
        this.emails = emails;
        this.policy = policy;
    }

    /** A unit's focal officer sees the mails addressed to them; other roles those of users in their scope. */
    @Transactional
    public PageResponse<EmailMessage> list(CallerScope caller, int page, int size) {
        policy.require(caller, Action.READ_NOTIFICATIONS, Target.NONE);
        PanacheQuery<EmailMessage> query = policy.allows(caller, Action.READ_SCOPE_NOTIFICATIONS, Target.NONE)
                ? emails.inScope(caller.scopePath())
                : emails.toUser(caller.userId());
        query.page(Page.of(page, size));
        return new PageResponse<>(query.list(), page, size, query.count());
    }
}
