package vn.thiduaso.award.repository;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.BaseSalary;

/** Mức lương cơ sở by the date it took effect. */
@ApplicationScoped
public class BaseSalaryRepository implements PanacheRepositoryBase<BaseSalary, LocalDate> {

    /** The base salary in force on a date. */
    public Optional<BaseSalary> inForceOn(LocalDate date) {
        return find("effectiveFrom <= ?1", Sort.descending("effectiveFrom"), date).firstResultOptional();
    }
}
