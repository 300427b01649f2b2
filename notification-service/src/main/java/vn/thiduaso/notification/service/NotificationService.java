package vn.thiduaso.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.notification.domain.EmailMessage;
import vn.thiduaso.notification.repository.EmailMessageRepository;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

/** The delivery log: which mail went to whom, when, and how its delivery went. */
@ApplicationScoped
public class NotificationService {

    private final EmailMessageRepository emails;

    public NotificationService(EmailMessageRepository emails) {
        this.emails = emails;
    }

    /** A unit's focal officer sees the mails addressed to them; other roles those of users in their scope. */
    @Transactional
    public PageResponse<EmailMessage> list(CallerScope caller, int page, int size) {
        PanacheQuery<EmailMessage> query = caller.hasRole(Roles.UNIT) && !caller.isAdmin()
                ? emails.toUser(caller.userId())
                : emails.inScope(caller.scopePath());
        query.page(Page.of(page, size));
        return new PageResponse<>(query.list(), page, size, query.count());
    }
}
