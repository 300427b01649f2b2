package vn.thiduaso.notification.api;

import java.time.Instant;
import java.util.UUID;

import vn.thiduaso.notification.domain.EmailMessage;

/** Response records of /api/v1/notifications (the delivery log). */
public final class NotificationDtos {

    public record NotificationView(UUID id, String kind, String recipient, String subject, String status,
            int attempts, String lastError, Instant createdAt, Instant sentAt, UUID deadlineId) {

        public static NotificationView of(EmailMessage m) {
            return new NotificationView(m.id, m.kind.name(), m.recipientAddress, m.subject, m.status.name(),
                    m.attempts, m.lastError, m.createdAt, m.sentAt, m.deadlineId);
        }
    }

    private NotificationDtos() {
    }
}
