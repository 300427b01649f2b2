package vn.thiduaso.notification.service;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import vn.thiduaso.notification.config.NotificationConfig;
import vn.thiduaso.notification.domain.EmailMessage;
import vn.thiduaso.notification.repository.EmailMessageRepository;

/**
 * Delivers one pending mail per transaction: claim the row (FOR UPDATE SKIP LOCKED), hand it to the
 * SMTP server with the blocking mailer (bounded by {@code quarkus.mailer.timeout}), record SENT or the
 * error. A short transaction per mail keeps each lock within that timeout. If the commit after a
 * successful send were lost, the mail would go out again: at least once, never lost.
 */
@ApplicationScoped
public class EmailDelivery {

    private final EmailMessageRepository emails;
    private final Mailer mailer;
    private final NotificationConfig config;
    private final Clock clock;

    public EmailDelivery(EmailMessageRepository emails, Mailer mailer, NotificationConfig config, Clock clock) {
        this.emails = emails;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    /** Sends the next due mail; false when there was none. */
    @Transactional
    public boolean sendNext() {
        Optional<EmailMessage> next = emails.claimNextDue(clock.instant());
        if (next.isEmpty()) {
            return false;
        }
        EmailMessage message = next.get();
        try {
            Mail mail = Mail.withText(message.recipientAddress, message.subject, message.bodyText);
            if (message.bodyHtml != null) {
                mail.setHtml(message.bodyHtml);
            }
            mailer.send(mail);
            message.markSent(clock.instant());
            Log.infof("Mail %s (%s) sent to user %s", message.id, message.kind, message.recipientUserId);
        } catch (RuntimeException e) {
            message.markFailed(describe(e), clock.instant(), config.mail().maxAttempts(), config.mail().retryDelay());
            // The error text may contain the address: it goes to the delivery log, not to the log file.
            Log.warnf("Mail %s to user %s failed (attempt %d, now %s): %s", message.id, message.recipientUserId,
                    message.attempts, message.status, rootCause(e).getClass().getSimpleName());
        }
        return true;
    }

    private static String describe(Throwable e) {
        Throwable root = rootCause(e);
        String text = root.getMessage();
        return root.getClass().getSimpleName() + (text == null || text.isBlank() ? "" : ": " + text);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
