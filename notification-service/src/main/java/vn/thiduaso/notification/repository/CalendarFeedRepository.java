package vn.thiduaso.notification.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.notification.domain.CalendarFeed;

@ApplicationScoped
public class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeed, UUID> {

    public Optional<CalendarFeed> byToken(String token) {
        return find("token", token).firstResultOptional();
    }

    /** A unit was moved: feeds scoped to its old path follow it. */
    public int moveScope(String oldPath, String newPath) {
        return update("scopePath = ?2 where scopePath = ?1", oldPath, newPath);
    }
}
