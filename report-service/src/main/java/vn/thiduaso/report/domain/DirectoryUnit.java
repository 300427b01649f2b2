package vn.thiduaso.report.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Read model of one unit of plan-service's directory (topic {@code directory.units}): the current
 * name and path, used to name units and to keep copied paths (the basis of scope checks) current.
 */
@Entity
@Table(name = "directory_unit")
public class DirectoryUnit {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** Kept as text: a kind added by plan-service later must not break this read model. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String path;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public UnitSnapshot snapshot() {
        return new UnitSnapshot(id, path, name);
    }
}
