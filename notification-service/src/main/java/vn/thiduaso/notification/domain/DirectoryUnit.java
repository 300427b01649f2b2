package vn.thiduaso.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit as plan-service last described it (UnitUpserted v1): its own mailbox and head, for escalations. */
@Entity
@Table(name = "directory_unit")
public class DirectoryUnit {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String path;

    public String kind;

    public String email;

    @Column(name = "head_name")
    public String headName;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean mailable() {
        return active && email != null && !email.isBlank();
    }
}
