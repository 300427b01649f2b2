package vn.thiduaso.report.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.report.domain.WorkingCalendarYear;

@ApplicationScoped
public class WorkingCalendarRepository implements PanacheRepositoryBase<WorkingCalendarYear, Integer> {
}
