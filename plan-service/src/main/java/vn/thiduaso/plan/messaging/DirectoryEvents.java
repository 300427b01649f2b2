package vn.thiduaso.plan.messaging;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.UserAccount;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;

/** Publishes the directory (units, users) on compacted topics so other services keep read models. */
@ApplicationScoped
public class DirectoryEvents {

    /** Payload of {@code UnitUpserted} v1 (active, headName, headTitle, email, phone: additive, optional). */
    public record UnitUpserted(UUID id, String code, String name, String kind, String path, UUID parentId,
            boolean active, String headName, String headTitle, String email, String phone) {
    }

    /** Payload of {@code UserUpserted} v1: never a password or its hash. */
    public record UserUpserted(UUID id, String username, String fullName, String email, List<String> roles,
            UUID unitId, String unitPath, boolean active) {
    }

    private final Outbox outbox;

    public DirectoryEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void unitUpserted(Unit unit) {
        outbox.publish(Topics.DIRECTORY_UNITS, EventTypes.UNIT_UPSERTED, 1, unit.id.toString(), unit.path,
                new UnitUpserted(unit.id, unit.code, unit.name, unit.kind.name(), unit.path, unit.parentId,
                        unit.active, unit.headName, unit.headTitle, unit.email, unit.phone));
    }

    public void userUpserted(UserAccount user, Unit unit) {
        outbox.publish(Topics.DIRECTORY_USERS, EventTypes.USER_UPSERTED, 1, user.id.toString(), unit.path,
                new UserUpserted(user.id, user.username, user.fullName, user.email, List.copyOf(user.roles), unit.id,
                        unit.path, user.active));
    }
}
