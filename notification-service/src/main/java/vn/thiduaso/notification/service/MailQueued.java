package vn.thiduaso.notification.service;

import java.util.UUID;

/**
 * Fired (CDI event) when a transaction writes a PENDING mail; the sender observes it after the
 * commit and delivers at once instead of waiting for its next poll.
 */
public record MailQueued(UUID emailId) {
}
