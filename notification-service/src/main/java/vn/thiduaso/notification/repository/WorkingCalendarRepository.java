package vn.thiduaso.notification.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.thiduaso.notification.domain.WorkingCalendarDay;
import vn.thiduaso.notification.domain.WorkingCalendarYear;

/** The editable working-day calendar: a row per year and its exception days. */
@ApplicationScoped
public class WorkingCalendarRepository {

    private final EntityManager em;

    public WorkingCalendarRepository(EntityManager em) {
        this.em = em;
    }

    public WorkingCalendarYear year(int year) {
        return em.find(WorkingCalendarYear.class, year);
    }

    public List<WorkingCalendarDay> days(int year) {
        return em.createQuery("from WorkingCalendarDay d where d.year = :year order by d.day", WorkingCalendarDay.class)
                .setParameter("year", year).getResultList();
    }

    public List<WorkingCalendarDay> allDays() {
        return em.createQuery("from WorkingCalendarDay d order by d.day", WorkingCalendarDay.class).getResultList();
    }

    /** Inserts the year row unless present; true when this call inserted it (then its days may be seeded). */
    public boolean insertYearIfAbsent(int year, String source, java.time.Instant at) {
        return em.createNativeQuery("""
                insert into working_calendar_year (year, source, edited, changed_at, changed_by, version)
                values (:year, :source, false, :at, 'system', 0)
                on conflict (year) do nothing""")
                .setParameter("year", year).setParameter("source", source).setParameter("at", at)
                .executeUpdate() == 1;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public int deleteDays(int year) {
        return em.createQuery("delete from WorkingCalendarDay d where d.year = :year").setParameter("year", year)
                .executeUpdate();
    }

    public void flush() {
        em.flush();
    }
}
