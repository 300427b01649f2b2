package vn.thiduaso.notification.messaging;

import java.util.List;
import java.util.UUID;

/** Payloads of the directory topics that this service reads (docs/events.md). */
public final class DirectoryEvents {

    /** Payload of {@code UserUpserted} v1; never carries a password or its hash. */
    public record UserUpserted(UUID id, String username, String fullName, String email, List<String> roles,
            UUID unitId, String unitPath, Boolean active) {
    }

    private DirectoryEvents() {
    }
}
