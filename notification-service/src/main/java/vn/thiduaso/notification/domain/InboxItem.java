package vn.thiduaso.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Hộp thư trong ứng dụng: one notification for one user, whatever their e-mail choice. */
@Entity
@Table(name = "inbox_item")
public class InboxItem {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EmailKind kind;

    /** The mail's subject, in the user's first language. */
    @Column(nullable = false)
    public String title;

    /** One or two sentences: what happened and what to do. */
    @Column(nullable = false)
    public String body;

    /** Where in the SPA to act on it. */
    public String link;

    @Column(name = "deadline_id")
    public UUID deadlineId;

    /** What caused it (reminder row, event, manual reminder, deadline): once per user and source. */
    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** The user reads mail as a daily digest and this item was not in one yet. */
    @Column(name = "digest_pending", nullable = false)
    public boolean digestPending;
}
