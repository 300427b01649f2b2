package vn.thiduaso.award.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.WorkingCalendarYear;

@ApplicationScoped
public class WorkingCalendarRepository implements PanacheRepositoryBase<WorkingCalendarYear, Integer> {
}
