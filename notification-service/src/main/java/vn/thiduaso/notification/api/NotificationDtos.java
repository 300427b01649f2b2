package vn.thiduaso.notification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

import vn.thiduaso.notification.domain.EmailMessage;

/** Response records of /api/v1/notifications (the delivery log). */
public final class NotificationDtos {

    public record NotificationView(UUID id, @Schema(implementation = vn.thiduaso.notification.domain.EmailKind.class) String kind, String recipient,
            String subject, @Schema(implementation = vn.thiduaso.notification.domain.EmailStatus.class) String status,
            int attempts, String lastError, Instant createdAt, Instant sentAt, UUID deadlineId) {

        public static NotificationView of(EmailMessage m) {
            return new NotificationView(m.id, m.kind.name(), m.recipientAddress, m.subject, m.status.name(),
                    m.attempts, m.lastError, m.createdAt, m.sentAt, m.deadlineId);
        }
    }

    private NotificationDtos() {
    }
}
