package vn.thiduaso.plan.service;

import static vn.thiduaso.plan.service.AccessPolicy.require;
import static vn.thiduaso.plan.service.AccessPolicy.requireInScope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.plan.domain.Cluster;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.messaging.ClusterEvents;
import vn.thiduaso.plan.repository.ClusterRepository;
import vn.thiduaso.plan.repository.UnitRepository;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.Problem;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.UnitPaths;

/** Khối thi đua: units of one commune grouped for one year, with a head and a deputy unit among the members. */
@ApplicationScoped
public class ClusterService {

    /** What a create or an edit sets (on edit a null field stays as it is). */
    public record ClusterFields(String name, UUID communeId, Integer year, UUID headUnitId, UUID deputyUnitId,
            List<UUID> memberUnitIds, Long version) {
    }

    private static final String OUT_OF_SCOPE = "Xã, phường của khối thi đua nằm ngoài phạm vi của bạn hoặc vai trò của bạn không được thao tác";

    private final ClusterRepository clusters;
    private final UnitRepository units;
    private final AccessPolicy policy;
    private final ClusterEvents events;

    public ClusterService(ClusterRepository clusters, UnitRepository units, AccessPolicy policy, ClusterEvents events) {
        this.clusters = clusters;
        this.units = units;
        this.policy = policy;
        this.events = events;
    }

    @Transactional
    public PageResponse<Cluster> list(CallerScope caller, UUID communeId, Integer year, int page, int size) {
        PanacheQuery<Cluster> query = clusters.inScope(caller.scopePath(), communeId, year).page(Page.of(page, size));
        return new PageResponse<>(query.list(), page, size, query.count());
    }

    @Transactional
    public Cluster get(CallerScope caller, UUID id) {
        Cluster cluster = cluster(id);
        requireInScope(caller, units.findById(cluster.communeId).path, "Không tìm thấy khối thi đua");
        require(policy.canReadCluster(caller, units.findById(cluster.communeId).path), OUT_OF_SCOPE);
        return cluster;
    }

    @Transactional
    public Cluster create(CallerScope caller, ClusterFields fields) {
        Unit commune = units.findByIdOptional(fields.communeId())
                .orElseThrow(() -> new InvalidFieldException("communeId", "Xã, phường không tồn tại"));
        require(policy.canEditCluster(caller, commune.path), OUT_OF_SCOPE);
        if (!commune.kind.isCommuneLevel()) {
            throw new InvalidFieldException("communeId", "Khối thi đua thuộc một xã hoặc phường");
        }
        Cluster cluster = new Cluster();
        cluster.id = UUID.randomUUID();
        cluster.createdAt = Instant.now();
        cluster.communeId = commune.id;
        apply(cluster, commune, fields);
        clusters.persist(cluster);
        events.clusterUpserted(cluster, commune);
        return cluster;
    }

    @Transactional
    public Cluster update(CallerScope caller, UUID id, ClusterFields fields) {
        Cluster cluster = cluster(id);
        Unit commune = units.findById(cluster.communeId);
        requireInScope(caller, commune.path, "Không tìm thấy khối thi đua");
        require(policy.canEditCluster(caller, commune.path), OUT_OF_SCOPE);
        DirectoryService.checkVersion(cluster.version, fields.version());
        apply(cluster, commune, fields);
        clusters.flush();
        events.clusterUpserted(cluster, commune);
        return cluster;
    }

    @Transactional
    public void delete(CallerScope caller, UUID id) {
        Cluster cluster = cluster(id);
        Unit commune = units.findById(cluster.communeId);
        requireInScope(caller, commune.path, "Không tìm thấy khối thi đua");
        require(policy.canEditCluster(caller, commune.path), OUT_OF_SCOPE);
        clusters.delete(cluster);
        events.clusterDeleted(cluster, commune);
    }

    private void apply(Cluster cluster, Unit commune, ClusterFields f) {
        if (f.name() != null) {
            cluster.name = f.name().trim();
        }
        if (f.year() != null) {
            cluster.year = f.year();
        }
        if (f.memberUnitIds() != null) {
            cluster.memberUnitIds = new ArrayList<>(new LinkedHashSet<>(f.memberUnitIds()));
        }
        if (f.headUnitId() != null) {
            cluster.headUnitId = f.headUnitId();
        }
        if (f.deputyUnitId() != null) {
            cluster.deputyUnitId = f.deputyUnitId();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < cluster.memberUnitIds.size(); i++) {
            UUID member = cluster.memberUnitIds.get(i);
            Unit unit = units.findById(member);
            String field = "memberUnitIds[" + i + "]";
            if (unit == null || !UnitPaths.covers(commune.path, unit.path) || unit.id.equals(commune.id)) {
                errors.add(new Problem.FieldError(field, "Đơn vị không thuộc xã, phường của khối"));
            } else if (!unit.active) {
                errors.add(new Problem.FieldError(field, "Đơn vị đã ngừng hoạt động"));
            } else if (clusters.count("year = ?1 and id <> ?2 and array_contains(memberUnitIds, ?3)", cluster.year,
                    cluster.id, member) > 0) {
                errors.add(new Problem.FieldError(field, "Đơn vị đã thuộc một khối thi đua khác trong năm " + cluster.year));
            }
        }
        if (cluster.headUnitId != null && !cluster.memberUnitIds.contains(cluster.headUnitId)) {
            errors.add(new Problem.FieldError("headUnitId", "Đơn vị trưởng khối phải là thành viên của khối"));
        }
        if (cluster.deputyUnitId != null && !cluster.memberUnitIds.contains(cluster.deputyUnitId)) {
            errors.add(new Problem.FieldError("deputyUnitId", "Đơn vị phó khối phải là thành viên của khối"));
        }
        if (cluster.headUnitId != null && cluster.headUnitId.equals(cluster.deputyUnitId)) {
            errors.add(new Problem.FieldError("deputyUnitId", "Đơn vị phó khối phải khác đơn vị trưởng khối"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    private Cluster cluster(UUID id) {
        return clusters.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy khối thi đua"));
    }
}
