package vn.thiduaso.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Nhắc hạn đã lên lịch: one step of a deadline's ladder for one recipient, unique per (deadline,
 * cycle, step, recipient). Written SCHEDULED when the ladder is planned; the scheduler claims it
 * when {@link #fireAt} has come and leaves it in exactly one final status.
 */
@Entity
@Table(name = "scheduled_reminder")
public class ScheduledReminder {

    public enum Status {
        /** Waiting for its time. */
        SCHEDULED,
        /** Its mail (or digest entry) and inbox item were written. */
        SENT,
        /** Not sent: a later step of the same ladder for the same recipient was due too (a clock jump or a long stop). */
        SUPERSEDED,
        /** Not sent: the recipient no longer qualifies (left the unit, deactivated, no mailbox). */
        SKIPPED,
        /** Not sent: the deadline was submitted, accepted, withdrawn or given a new ladder. */
        CANCELLED
    }

    public enum RecipientKind {
        /** A user of the directory (inbox and e-mail). */
        USER,
        /** A unit's own mailbox (its head), e-mail only. */
        UNIT
    }

    @Id
    public UUID id;

    @Column(name = "deadline_id", nullable = false)
    public UUID deadlineId;

    @Column(nullable = false)
    public int cycle;

    /** BEFORE_14, BEFORE_7, …, DUE, OVERDUE_1, OVERDUE_4, …, ESCALATION_3, … (see {@link ReminderLadder}). */
    @Column(nullable = false)
    public String step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EmailKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    public RecipientKind recipientKind;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    /** The Vietnamese day the step falls on (after moving off non-working days). */
    @Column(name = "step_date", nullable = false)
    public LocalDate stepDate;

    @Column(name = "fire_at", nullable = false)
    public Instant fireAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "processed_at")
    public Instant processedAt;

    public void finish(Status result, String why, Instant at) {
        status = result;
        note = why == null ? null : why.length() > 500 ? why.substring(0, 500) : why;
        processedAt = at;
    }
}
