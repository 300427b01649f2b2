package vn.thiduaso.award.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Mức lương cơ sở in force from a date; a decided award's cash is a coefficient of it on the decision date. */
@Entity
@Table(name = "base_salary")
public class BaseSalary {

    @Id
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "amount_vnd", nullable = false)
    public long amountVnd;

    @Column(name = "legal_basis")
    public String legalBasis;
}
