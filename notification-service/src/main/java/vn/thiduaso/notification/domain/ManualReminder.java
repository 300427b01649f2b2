package vn.thiduaso.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Nhắc thủ công: the office reminded one unit of one deadline (at most once per Vietnamese day). */
@Entity
@Table(name = "manual_reminder")
public class ManualReminder {

    @Id
    public UUID id;

    @Column(name = "deadline_id", nullable = false)
    public UUID deadlineId;

    @Column(name = "reminded_on", nullable = false)
    public LocalDate remindedOn;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(nullable = false)
    public int recipients;
}
