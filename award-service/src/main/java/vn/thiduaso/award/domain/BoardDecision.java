package vn.thiduaso.award.domain;

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
 * The board's answer to a forwarded dossier (accepted with its decision, or refused), as received
 * through the board API: its id is the receipt the board keeps. One per nomination.
 */
@Entity
@Table(name = "board_decision")
public class BoardDecision {

    public enum Outcome {
        ACCEPTED, REFUSED
    }

    @Id
    public UUID id;

    @Column(name = "nomination_id", nullable = false)
    public UUID nominationId;

    @Column(name = "board_unit_path", nullable = false)
    public String boardUnitPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "deciding_body")
    public String decidingBody;

    @Column(columnDefinition = "text")
    public String note;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
