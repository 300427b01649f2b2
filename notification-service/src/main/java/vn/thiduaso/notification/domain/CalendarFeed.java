package vn.thiduaso.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The secret of a user's iCalendar feed ({@code /api/v1/calendar/{token}.ics}): whoever has the URL
 * reads the deadlines of {@link #scopePath}. Kept in clear (it must be shown again in the
 * preferences); regenerating it makes the old URL answer 404.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "user_id")
    public UUID userId;

    @Column(nullable = false)
    public String token;

    /** The owner's scope when they last opened the calendar preference (their token's scopePath). */
    @Column(name = "scope_path", nullable = false)
    public String scopePath;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
