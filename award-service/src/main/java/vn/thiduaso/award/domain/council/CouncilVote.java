package vn.thiduaso.award.domain.council;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * Phiếu biểu quyết: one member's choice on one nomination (one per member and nomination). With a
 * secret ballot the choice is counted but never shown next to the voter.
 */
@Entity
@Table(name = "council_vote")
@IdClass(CouncilVote.Key.class)
public class CouncilVote {

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID sessionId;
        public UUID nominationId;
        public UUID userId;

        public Key() {
        }

        public Key(UUID sessionId, UUID nominationId, UUID userId) {
            this.sessionId = sessionId;
            this.nominationId = nominationId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(nominationId, k.nominationId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, nominationId, userId);
        }
    }


    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Id
    @Column(name = "nomination_id")
    public UUID nominationId;

    @Id
    @Column(name = "user_id")
    public UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BallotChoice choice;

    @Column(name = "cast_at", nullable = false)
    public Instant castAt;
}
