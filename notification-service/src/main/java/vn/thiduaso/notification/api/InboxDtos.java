package vn.thiduaso.notification.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thiduaso.notification.domain.InboxItem;

/** Response records of /api/v1/inbox. */
public final class InboxDtos {

    public record InboxItemView(UUID id, @Schema(implementation = vn.thiduaso.notification.domain.EmailKind.class) String kind,
            String title, String body, String link, UUID deadlineId, Instant createdAt, Instant readAt, boolean read) {

        public static InboxItemView of(InboxItem i) {
            return new InboxItemView(i.id, i.kind.name(), i.title, i.body, i.link, i.deadlineId, i.createdAt, i.readAt,
                    i.readAt != null);
        }
    }

    public record Count(long count) {
    }

    private InboxDtos() {
    }
}
