package vn.thiduaso.award.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One hop of a dossier (sổ theo dõi xử lý hồ sơ): who, when, from which status to which, to whom, why. */
@Entity
@Table(name = "nomination_log")
public class NominationLog {

    @Id
    public UUID id;

    @Column(name = "nomination_id", nullable = false)
    public UUID nominationId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public NominationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public NominationStatus toStatus;

    @Column(name = "to_party")
    public String toParty;

    @Column(columnDefinition = "text")
    public String note;

    static NominationLog of(UUID nominationId, Instant at, String actor, NominationAction action, NominationStatus from,
            NominationStatus to, String toParty, String note) {
        NominationLog l = new NominationLog();
        l.id = UUID.randomUUID();
        l.nominationId = nominationId;
        l.at = at;
        l.actor = actor;
        l.action = action;
        l.fromStatus = from;
        l.toStatus = to;
        l.toParty = toParty;
        l.note = note;
        return l;
    }
}
