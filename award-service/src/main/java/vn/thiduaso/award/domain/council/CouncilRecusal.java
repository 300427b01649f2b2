package vn.thiduaso.award.domain.council;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A member stands aside on one nomination for a declared conflict of interest (own unit, family). */
@Entity
@Table(name = "council_recusal")
@IdClass(CouncilRecusal.Key.class)
public class CouncilRecusal {

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

    @Column(nullable = false, columnDefinition = "text")
    public String reason;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;
}
