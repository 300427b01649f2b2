package vn.thiduaso.report.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Read model of one unit of plan-service's directory (topic {@code directory.units}): the current
 * name, path, head and e-mail, used to name units and to keep copied paths (the basis of scope
 * checks) current; plus this service's own setting of the unit (leader confirmation).
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

    /** False once deactivated or merged into another unit. */
    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "head_name")
    public String headName;

    public String email;

    /** Cấu hình: the unit's report needs its leader's confirmation before it is sent (set in report-service). */
    @Column(name = "leader_confirmation_required", nullable = false)
    public boolean leaderConfirmationRequired;

    public UnitSnapshot snapshot() {
        return new UnitSnapshot(id, path, name);
    }

    /** The plan's target group ({@code targetGroup}) a unit of this kind reports for. */
    public String targetGroup() {
        return targetGroupOf(kind);
    }

    /**
     * Unit kind → the plan's target group: VILLAGE → VILLAGES, SCHOOL → SCHOOLS, ENTERPRISE →
     * ENTERPRISES_AND_COOPERATIVES, MASS_ORGANISATION → FRONT_AND_MASS_ORGANISATIONS, every other kind
     * (and an unknown unit) → OFFICES_AND_UNITS.
     */
    public static String targetGroupOf(String kind) {
        if (kind == null) {
            return "OFFICES_AND_UNITS";
        }
        return switch (kind) {
            case "VILLAGE" -> "VILLAGES";
            case "SCHOOL" -> "SCHOOLS";
            case "ENTERPRISE" -> "ENTERPRISES_AND_COOPERATIVES";
            case "MASS_ORGANISATION" -> "FRONT_AND_MASS_ORGANISATIONS";
            default -> "OFFICES_AND_UNITS";
        };
    }
}
