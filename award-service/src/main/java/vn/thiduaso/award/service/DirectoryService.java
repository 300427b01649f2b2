package vn.thiduaso.award.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.thiduaso.award.domain.AcceptedReport;
import vn.thiduaso.award.domain.AwardCluster;
import vn.thiduaso.award.domain.DirectoryUnit;
import vn.thiduaso.award.domain.DirectoryUser;
import vn.thiduaso.award.messaging.DirectoryEvents.ClusterUpserted;
import vn.thiduaso.award.messaging.DirectoryEvents.ReportAccepted;
import vn.thiduaso.award.messaging.DirectoryEvents.UnitUpserted;
import vn.thiduaso.award.messaging.DirectoryEvents.UserUpserted;
import vn.thiduaso.award.repository.AcceptedReportRepository;
import vn.thiduaso.award.repository.AwardClusterRepository;
import vn.thiduaso.award.repository.DirectoryUnitRepository;
import vn.thiduaso.award.repository.DirectoryUserRepository;

/**
 * The read models award-service learns from other services' events: units, users, clusters and
 * accepted reports. Each handler is an upsert by id, so a replayed or repeated event changes nothing.
 */
@ApplicationScoped
public class DirectoryService {

    private final DirectoryUnitRepository units;
    private final DirectoryUserRepository users;
    private final AwardClusterRepository clusters;
    private final AcceptedReportRepository reports;

    public DirectoryService(DirectoryUnitRepository units, DirectoryUserRepository users,
            AwardClusterRepository clusters, AcceptedReportRepository reports) {
        this.units = units;
        this.users = users;
        this.clusters = clusters;
        this.reports = reports;
    }

    /** UnitUpserted: the unit row, then every copy of its path and name in award tables. */
    @Transactional
    public void unitUpserted(UnitUpserted event) {
        DirectoryUnit unit = units.findById(event.id());
        boolean created = unit == null;
        if (created) {
            unit = new DirectoryUnit();
            unit.id = event.id();
        }
        unit.code = event.code();
        unit.name = event.name().strip();
        unit.kind = event.kind();
        unit.path = event.path();
        unit.parentId = event.parentId();
        unit.active = event.active() == null || event.active();
        unit.headName = event.headName();
        unit.email = event.email();
        unit.updatedAt = Instant.now();
        if (created) {
            units.persist(unit);
        }
        int copies = units.refreshCopies(unit.id, unit.name, unit.path);
        Log.debugf("Unit %s is %s; %d copied reference(s) refreshed", unit.id, unit.path, copies);
    }

    @Transactional
    public void userUpserted(UserUpserted event) {
        DirectoryUser user = users.findById(event.id());
        boolean created = user == null;
        if (created) {
            user = new DirectoryUser();
            user.id = event.id();
        }
        user.username = event.username();
        user.fullName = event.fullName();
        user.email = event.email();
        user.roles = event.roles() == null ? "" : String.join(",", event.roles());
        user.unitId = event.unitId();
        user.unitPath = event.unitPath();
        user.active = event.active() == null || event.active();
        user.updatedAt = Instant.now();
        if (created) {
            users.persist(user);
        }
    }

    @Transactional
    public void clusterUpserted(ClusterUpserted event) {
        AwardCluster cluster = clusters.findById(event.id());
        boolean created = cluster == null;
        if (created) {
            cluster = new AwardCluster();
            cluster.id = event.id();
        }
        cluster.communeId = event.communeId();
        cluster.communePath = event.communePath();
        cluster.name = event.name().strip();
        cluster.year = event.year();
        cluster.headUnitId = event.headUnitId();
        cluster.deputyUnitId = event.deputyUnitId();
        cluster.memberUnitIds = new ArrayList<>(event.memberUnitIds() == null ? List.of() : event.memberUnitIds());
        cluster.updatedAt = Instant.now();
        if (created) {
            clusters.persist(cluster);
        } else {
            // a unit that left the cluster takes its score with it
            clusters.dropScoresOutside(cluster.id, cluster.memberUnitIds);
        }
    }

    @Transactional
    public void reportAccepted(ReportAccepted event, Instant occurredAt) {
        AcceptedReport report = reports.findById(event.reportId());
        boolean created = report == null;
        if (created) {
            report = new AcceptedReport();
            report.reportId = event.reportId();
        }
        report.periodId = event.periodId();
        report.planId = event.planId();
        report.year = event.year();
        report.unitId = event.unitId();
        report.unitPath = event.unitPath();
        report.unitName = event.unitName();
        report.acceptedAt = event.acceptedAt() != null ? event.acceptedAt()
                : occurredAt != null ? occurredAt : Instant.now();
        if (created) {
            reports.persist(report);
        }
    }

    /** ReportReopened: the report may no longer be cited (dossiers that cite it keep the id). */
    @Transactional
    public void reportReopened(UUID reportId) {
        reports.deleteById(reportId);
    }
}
