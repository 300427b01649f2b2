package vn.thiduaso.award.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A version of the award rules, in force from {@link #effectiveFrom} until the next one: the 2022 Law
 * with Nghị định 98/2023/NĐ-CP, then Nghị định 152/2025/NĐ-CP. A dossier keeps the version it was
 * checked under.
 */
@Entity
@Table(name = "award_rule_set")
public class AwardRuleSet {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "legal_basis", columnDefinition = "text")
    public String legalBasis;

    @Column(name = "effective_from", nullable = false, unique = true)
    public LocalDate effectiveFrom;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
