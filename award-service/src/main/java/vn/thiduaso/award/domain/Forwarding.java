package vn.thiduaso.award.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * Tờ trình đề nghị khen thưởng: the dossiers of higher forms a commune sends to its city/province
 * board (Ban Thi đua - Khen thưởng), which decides them and answers through the board API.
 */
@Entity
@Table(name = "forwarding")
public class Forwarding {

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(name = "commune_id", nullable = false)
    public UUID communeId;

    @Column(name = "commune_path", nullable = false)
    public String communePath;

    /** The nearest CITY or PROVINCE ancestor of the commune: its board decides. */
    @Column(name = "board_unit_id", nullable = false)
    public UUID boardUnitId;

    @Column(name = "board_unit_path", nullable = false)
    public String boardUnitPath;

    /** The tờ trình's number, e.g. "25/TTr-UBND". */
    @Column(name = "letter_number")
    public String letterNumber;

    @Column(columnDefinition = "text")
    public String note;

    @Column(name = "forwarded_at", nullable = false)
    public Instant forwardedAt;

    @Column(name = "forwarded_by", nullable = false)
    public String forwardedBy;

    /** The dossiers sent, in the order of the list. A dossier is forwarded once. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forwarding_item", joinColumns = @JoinColumn(name = "forwarding_id"))
    @OrderColumn(name = "position")
    @Column(name = "nomination_id", nullable = false)
    public List<UUID> nominationIds = new ArrayList<>();
}
