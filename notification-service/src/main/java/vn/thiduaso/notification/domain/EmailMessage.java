package vn.thiduaso.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One e-mail: written (PENDING) in the transaction that decides it is due, delivered later by the
 * scheduled sender, and kept as the delivery log. The rendered text is stored so the log shows
 * exactly what was sent.
 */
@Entity
@Table(name = "email_message")
public class EmailMessage {

    private static final int MAX_ERROR = 1000;

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EmailKind kind;

    @Column(name = "deadline_id")
    public UUID deadlineId;

    /**
     * What the mail is about beyond the deadline (the reminder row, the event, the manual reminder,
     * the digest): one mail per recipient and source. Null for announcements (one per deadline and user).
     */
    @Column(name = "source_id")
    public UUID sourceId;

    /** The user, or for a unit's own mailbox (escalations) the unit's id. */
    @Column(name = "recipient_user_id", nullable = false)
    public UUID recipientUserId;

    /** The recipient's unit when the mail was written: scopes the delivery log. */
    @Column(name = "recipient_unit_path", nullable = false)
    public String recipientUnitPath;

    @Column(name = "recipient_address", nullable = false)
    public String recipientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Language language;

    @Column(nullable = false)
    public String subject;

    @Column(name = "body_text", nullable = false, columnDefinition = "text")
    public String bodyText;

    @Column(name = "body_html", columnDefinition = "text")
    public String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EmailStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    public void markSent(Instant at) {
        attempts++;
        status = EmailStatus.SENT;
        sentAt = at;
        lastError = null;
    }

    /**
     * Records a failed try; retries later with a doubling delay, or gives up (FAILED) once
     * {@code maxAttempts} tries have failed.
     */
    public void markFailed(String error, Instant now, int maxAttempts, Duration firstDelay) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (attempts >= maxAttempts) {
            status = EmailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(firstDelay.multipliedBy(1L << Math.min(attempts - 1, 10)));
        }
    }

    public void skip(String reason) {
        status = EmailStatus.SKIPPED;
        lastError = reason;
    }
}
