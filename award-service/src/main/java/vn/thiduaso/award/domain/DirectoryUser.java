package vn.thiduaso.award.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user as plan-service publishes it (UserUpserted v1): council members, officers and signers by name. */
@Entity
@Table(name = "directory_user")
public class DirectoryUser {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String username;

    @Column(name = "full_name")
    public String fullName;

    public String email;

    /** Comma-separated role names, primary first. */
    @Column(nullable = false)
    public String roles;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "unit_path")
    public String unitPath;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<String> roleList() {
        return roles == null || roles.isBlank() ? List.of() : Arrays.asList(roles.split(","));
    }
}
