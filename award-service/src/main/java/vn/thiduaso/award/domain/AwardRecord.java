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
 * One decided award (tra cứu khen thưởng): from a signed commune decision, the board's acceptance or
 * imported history. Eligibility checks and the honours board read these rows; an annulled award keeps
 * its row with the reason and the decision reference, and leaves the honours board.
 */
@Entity
@Table(name = "award_record")
public class AwardRecord {

    /** Where the record came from. */
    public enum Source {
        NOMINATION, BOARD, IMPORTED
    }

    @Id
    public UUID id;

    @Column(name = "commune_id")
    public UUID communeId;

    @Column(name = "commune_path", nullable = false)
    public String communePath;

    @Column(name = "unit_id")
    public UUID unitId;

    /** The nominee's unit (collective) or the nominating unit: reads are scoped by it. */
    @Column(name = "unit_path", nullable = false)
    public String unitPath;

    @Column(name = "unit_name")
    public String unitName;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false)
    public NomineeKind nomineeKind;

    @Column(name = "nominee_name", nullable = false)
    public String nomineeName;

    @Column(name = "nominee_key", nullable = false)
    public String nomineeKey;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "position_title")
    public String positionTitle;

    @Column(name = "form_code", nullable = false)
    public String formCode;

    @Column(name = "form_name", nullable = false)
    public String formName;

    /** The form's rank in the catalogue at the time (smaller is higher). */
    @Column(name = "form_rank", nullable = false)
    public int formRank;

    @Column(nullable = false)
    public int year;

    @Column(name = "movement_title")
    public String movementTitle;

    @Enumerated(EnumType.STRING)
    public AwardMethod method;

    @Column(columnDefinition = "text")
    public String achievement;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "deciding_authority", nullable = false)
    public DecidingAuthority decidingAuthority;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "nomination_id")
    public UUID nominationId;

    @Column(name = "cash_amount_vnd")
    public Long cashAmountVnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(name = "annulled_at")
    public Instant annulledAt;

    @Column(name = "annul_reason", columnDefinition = "text")
    public String annulReason;

    @Column(name = "annul_decision_ref")
    public String annulDecisionRef;

    @Column(name = "annulled_by")
    public String annulledBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * The record of an award decided for a nomination (by the commune chairman's decision or the board's),
     * scoped to the nominee's unit for a collective, else the nominating unit.
     */
    public static AwardRecord decided(Nomination n, AwardRound round, AwardForm form, DecidingAuthority authority,
            String decisionNumber, java.time.LocalDate decisionDate, Long cashAmountVnd, Source source, UUID decisionId,
            Instant now, String unitPath, String unitName) {
        AwardRecord r = new AwardRecord();
        r.id = UUID.randomUUID();
        r.communeId = round.communeId;
        r.communePath = round.communePath;
        r.unitId = n.nomineeUnitId != null ? n.nomineeUnitId : n.nominatingUnitId;
        r.unitPath = unitPath != null ? unitPath : n.nominatingUnitPath;
        r.unitName = unitName != null ? unitName : n.nominatingUnitName;
        r.nomineeKind = n.nomineeKind;
        r.nomineeName = n.nomineeName;
        r.nomineeKey = n.nomineeKey;
        r.dateOfBirth = n.nominee == null ? null : n.nominee.dateOfBirth();
        r.positionTitle = n.nominee == null ? null : n.nominee.position();
        r.formCode = form.code;
        r.formName = form.name;
        r.formRank = form.rank;
        r.year = round.year;
        r.movementTitle = round.movementTitle;
        r.method = round.method;
        r.achievement = n.achievements;
        r.decisionNumber = decisionNumber;
        r.decisionDate = decisionDate;
        r.decidingAuthority = authority;
        r.decisionId = decisionId;
        r.nominationId = n.id;
        r.cashAmountVnd = cashAmountVnd;
        r.source = source;
        r.createdAt = now;
        return r;
    }

    public boolean annulled() {
        return annulledAt != null;
    }
}
