package vn.thiduaso.award.domain.council;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One nomination on a session's agenda; the counts and the outcome are written when the chair closes. */
@Entity
@Table(name = "council_agenda_item")
@IdClass(CouncilAgendaItem.Key.class)
public class CouncilAgendaItem {

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID sessionId;
        public UUID nominationId;

        public Key() {
        }

        public Key(UUID sessionId, UUID nominationId) {
            this.sessionId = sessionId;
            this.nominationId = nominationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(nominationId, k.nominationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, nominationId);
        }
    }


    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Id
    @Column(name = "nomination_id")
    public UUID nominationId;

    @Column(nullable = false)
    public int position;

    public Integer agree;
    public Integer disagree;
    public Integer abstain;
    public Integer recused;

    /** Null until the close (a nomination sits on one undecided agenda at a time: unique index). */
    public Boolean passed;

    public void record(Tally tally) {
        agree = tally.agree();
        disagree = tally.disagree();
        abstain = tally.abstain();
        recused = tally.recused();
        passed = tally.passed();
    }

    /** The stored outcome, or null before the close. */
    public Tally tally(int totalMembers) {
        if (passed == null) {
            return null;
        }
        return new Tally(agree, disagree, abstain, recused, totalMembers, passed);
    }
}
