package vn.thiduaso.award.domain.council;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A member of one session's council (a council user of the commune), their seat and attendance. */
@Entity
@Table(name = "council_member")
@IdClass(CouncilMember.Key.class)
public class CouncilMember {

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID sessionId;
        public UUID userId;

        public Key() {
        }

        public Key(UUID sessionId, UUID userId) {
            this.sessionId = sessionId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, userId);
        }
    }


    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Id
    @Column(name = "user_id")
    public UUID userId;

    @Column(nullable = false)
    public String username;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "unit_id")
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Seat seat;

    @Column(nullable = false)
    public boolean present;

    /** The name shown in lists and minutes (the username when the directory has no full name). */
    public String displayName() {
        return fullName == null || fullName.isBlank() ? username : fullName;
    }
}
