package vn.thiduaso.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user as plan-service last described it (UserUpserted v1): the read model that tells who works
 * in which unit and where to mail them. Never holds credentials.
 */
@Entity
@Table(name = "directory_user")
public class DirectoryUser {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String username;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String email;

    /** JWT groups, comma-separated (a user has one role today). */
    @Column(nullable = false)
    public String roles;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "unit_path")
    public String unitPath;

    @Column(nullable = false)
    public boolean active;

    /** When the event this row reflects occurred; an older event never overwrites a newer one. */
    @Column(name = "source_at", nullable = false)
    public Instant sourceAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Whether announcements can be mailed to this user at all. */
    public boolean mailable() {
        return active && unitId != null && unitPath != null && email != null && !email.isBlank();
    }
}
