package vn.thiduaso.award.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit as plan-service publishes it (UnitUpserted v1): names, kinds and paths of nominators and nominees. */
@Entity
@Table(name = "directory_unit")
public class DirectoryUnit {

    @Id
    public UUID id;

    public String code;

    @Column(nullable = false)
    public String name;

    public String kind;

    @Column(nullable = false)
    public String path;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "head_name")
    public String headName;

    public String email;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
