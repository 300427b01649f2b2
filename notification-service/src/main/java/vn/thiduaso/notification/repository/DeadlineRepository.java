package vn.thiduaso.notification.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.notification.domain.Deadline;
import vn.thiduaso.notification.domain.DeadlineStatus;
import vn.thiduaso.notification.domain.EmailKind;
import vn.thiduaso.platform.security.UnitPaths;

@ApplicationScoped
public class DeadlineRepository implements PanacheRepositoryBase<Deadline, UUID> {

    public Optional<Deadline> findByPeriodAndUnit(UUID periodId, UUID unitId) {
        return find("periodId = ?1 and unitId = ?2 and userId is null", periodId, unitId).firstResultOptional();
    }

    public List<Deadline> ofPeriod(UUID periodId) {
        return list("periodId", periodId);
    }

    public List<Deadline> openOfUnit(UUID unitId) {
        return list("unitId = ?1 and status = ?2", unitId, DeadlineStatus.OPEN);
    }

    /** Open deadlines whose reports go to the unit (its office users are told of escalations). */
    public List<Deadline> openWithRecipient(UUID recipientUnitId) {
        return list("recipientUnitId = ?1 and status = ?2", recipientUnitId, DeadlineStatus.OPEN);
    }

    /** Units with open deadlines not yet past their reminder horizon (a calendar edit re-plans them), in a fixed order. */
    public List<UUID> unitsWithOpenDueAfter(Instant after) {
        return getEntityManager().createQuery(
                "select distinct d.unitId from Deadline d where d.status = :open and d.dueAt > :after order by d.unitId",
                UUID.class).setParameter("open", DeadlineStatus.OPEN).setParameter("after", after).getResultList();
    }

    /** Deadlines of the feed owner's scope that still concern someone (not withdrawn), soonest first. */
    public List<Deadline> forCalendar(String scope, int limit) {
        return find("(unitPath = :scope or unitPath like :descendants) and status <> :withdrawn and userId is null",
                Sort.by("dueAt").and("unitName").and("id"),
                Parameters.with("scope", scope).and("descendants", UnitPaths.descendantsPattern(scope))
                        .and("withdrawn", DeadlineStatus.WITHDRAWN))
                .range(0, limit - 1).list();
    }

    /** The deadline of a council member's ballot in a session. */
    public Optional<Deadline> findBallot(UUID sessionId, UUID userId) {
        return find("periodId = ?1 and userId = ?2", sessionId, userId).firstResultOptional();
    }

    /** A unit was renamed or moved: its copies in deadlines (as reporter and as recipient) follow. */
    public int renameUnit(UUID unitId, String name, String path) {
        return update("unitName = ?2, unitPath = ?3 where unitId = ?1", unitId, name, path)
                + update("recipientUnitName = ?2, recipientUnitPath = ?3 where recipientUnitId = ?1", unitId, name, path);
    }

    /** The path of a unit as the deadlines know it (this service keeps no unit directory). */
    public Optional<String> unitPathOf(UUID unitId) {
        return find("unitId", unitId).firstResultOptional().map(d -> d.unitPath);
    }

    /** Deadlines of units at or below {@code scope}, optionally of one unit and within due dates, soonest first. */
    public PanacheQuery<Deadline> inScope(String scope, UUID unitId, LocalDate from, LocalDate to) {
        // a council member's ballot deadline is personal: not in the units' deadline lists
        StringBuilder where = new StringBuilder("(unitPath = :scope or unitPath like :descendants) and userId is null");
        Parameters params = Parameters.with("scope", scope).and("descendants", UnitPaths.descendantsPattern(scope));
        if (unitId != null) {
            where.append(" and unitId = :unitId");
            params.and("unitId", unitId);
        }
        if (from != null) {
            where.append(" and dueDate >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and dueDate <= :to");
            params.and("to", to);
        }
        return find(where.toString(), Sort.by("dueAt").and("unitName").and("id"), params);
    }

    /**
     * Open deadlines of a unit falling in ({@code after}, {@code until}] that the user has no mail of
     * {@code kind} about yet.
     */
    public List<Deadline> notYetMailed(UUID unitId, UUID userId, EmailKind kind, Instant after, Instant until) {
        return list("""
                from Deadline d
                where d.unitId = :unitId and d.status = :open and d.dueAt > :after and d.dueAt <= :until
                and (d.userId is null or d.userId = :userId)
                and not exists (select 1 from EmailMessage m
                    where m.deadlineId = d.id and m.recipientUserId = :userId and m.kind = :kind)""",
                Sort.by("dueAt"),
                Parameters.with("unitId", unitId).and("open", DeadlineStatus.OPEN).and("after", after)
                        .and("until", until).and("userId", userId).and("kind", kind));
    }
}
