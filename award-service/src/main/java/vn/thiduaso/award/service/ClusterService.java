package vn.thiduaso.award.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.award.domain.AwardCluster;
import vn.thiduaso.award.domain.ClusterScore;
import vn.thiduaso.award.domain.DirectoryUnit;
import vn.thiduaso.award.repository.AwardClusterRepository;
import vn.thiduaso.award.repository.AwardClusterRepository.Covenant;
import vn.thiduaso.award.repository.ClusterScoreRepository;
import vn.thiduaso.award.repository.DirectoryUnitRepository;
import vn.thiduaso.award.repository.Paged;
import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.award.service.AccessPolicy.Target;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.Problem;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

/**
 * Khối thi đua (from plan-service): its members sign a covenant (giao ước thi đua) at the start of the
 * year and are scored and ranked at its end; eligibility reads the ranks.
 */
@ApplicationScoped
public class ClusterService {

    static final String NOT_FOUND = "Không tìm thấy khối thi đua";

    public record Member(UUID unitId, String unitName, BigDecimal score, Integer rank) {
    }

    public record ClusterDetail(AwardCluster cluster, List<Member> members, Optional<Covenant> covenant) {
    }

    public record Score(UUID unitId, BigDecimal score, int rank, String note) {
    }

    private final AwardClusterRepository clusters;
    private final ClusterScoreRepository scores;
    private final DirectoryUnitRepository units;
    private final AccessPolicy policy;
    private final Clock clock;

    public ClusterService(AwardClusterRepository clusters, ClusterScoreRepository scores, DirectoryUnitRepository units,
            AccessPolicy policy, Clock clock) {
        this.clusters = clusters;
        this.scores = scores;
        this.units = units;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public PageResponse<ClusterDetail> list(CallerScope caller, Integer year, int page, int size) {
        policy.requireRole(caller, Action.READ_CLUSTER);
        boolean unitOnly = !caller.isAdmin() && caller.hasRole(Roles.UNIT) && !caller.hasRole(Roles.OFFICE)
                && !caller.hasRole(Roles.LEADER) && !caller.hasRole(Roles.COUNCIL) && !caller.hasRole(Roles.BOARD);
        Paged<AwardCluster> found = clusters.visible(caller.scopePath(), unitOnly ? caller.unitId() : null, year, page,
                size);
        return new PageResponse<>(found.items().stream().map(c -> detail(caller, c)).toList(), page, size, found.total());
    }

    @Transactional
    public ClusterDetail get(CallerScope caller, UUID id) {
        AwardCluster cluster = find(id);
        if (!policy.allows(AccessPolicy.Caller.of(caller), Action.READ_CLUSTER, readTarget(caller, cluster))) {
            throw new NotFoundException(NOT_FOUND);
        }
        return detail(caller, cluster);
    }

    @Transactional
    public ClusterDetail signCovenant(CallerScope caller, UUID id, String text) {
        AwardCluster cluster = managed(caller, id);
        clusters.saveCovenant(cluster.id, text.strip(), Instant.now(clock), caller.username());
        return detail(caller, cluster);
    }

    /** Replaces the year-end scores: each unit a member, once; ranks from 1 to the number of scored units. */
    @Transactional
    public ClusterDetail score(CallerScope caller, UUID id, List<Score> entries) {
        AwardCluster cluster = managed(caller, id);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Score s = entries.get(i);
            if (!cluster.memberUnitIds.contains(s.unitId())) {
                errors.add(new Problem.FieldError("scores[" + i + "].unitId", "Đơn vị không thuộc khối thi đua"));
            } else if (!seen.add(s.unitId())) {
                errors.add(new Problem.FieldError("scores[" + i + "].unitId", "Đơn vị đã được chấm điểm ở trên"));
            }
            if (s.rank() < 1 || s.rank() > entries.size()) {
                errors.add(new Problem.FieldError("scores[" + i + "].rank",
                        "Thứ hạng từ 1 đến " + entries.size()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        scores.deleteOfCluster(cluster.id);
        scores.flush();
        Instant now = Instant.now(clock);
        for (Score s : entries) {
            ClusterScore row = new ClusterScore();
            row.clusterId = cluster.id;
            row.unitId = s.unitId();
            row.score = s.score();
            row.rank = s.rank();
            row.note = s.note() == null || s.note().isBlank() ? null : s.note().strip();
            row.scoredAt = now;
            row.scoredBy = caller.username();
            scores.persist(row);
        }
        scores.flush();
        return detail(caller, cluster);
    }

    private AwardCluster managed(CallerScope caller, UUID id) {
        policy.requireRole(caller, Action.MANAGE_CLUSTER);
        AwardCluster cluster = find(id);
        Map<UUID, String> paths = paths(caller, cluster);
        String head = cluster.headUnitId == null ? null : paths.get(cluster.headUnitId);
        policy.requireOrHide(caller, Action.MANAGE_CLUSTER, Action.READ_CLUSTER, readTarget(caller, cluster),
                NOT_FOUND);
        if (!policy.allows(AccessPolicy.Caller.of(caller), Action.MANAGE_CLUSTER,
                new Target(cluster.communePath, head == null ? List.of() : List.of(head)))) {
            throw new vn.thiduaso.platform.problem.ForbiddenException(
                    "Chỉ bộ phận thi đua - khen thưởng của xã hoặc đơn vị trưởng khối được ký giao ước, chấm điểm");
        }
        return cluster;
    }

    private AwardCluster find(UUID id) {
        return clusters.findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private Target readTarget(CallerScope caller, AwardCluster cluster) {
        return new Target(cluster.communePath, List.copyOf(paths(caller, cluster).values()));
    }

    /** Member paths from the directory; the caller's own unit from its token when the directory lacks it. */
    private Map<UUID, String> paths(CallerScope caller, AwardCluster cluster) {
        Map<UUID, String> paths = new HashMap<>();
        units.byIds(cluster.memberUnitIds).forEach(u -> paths.put(u.id, u.path));
        UUID own = caller.unitId();
        if (own != null && cluster.memberUnitIds.contains(own) && !paths.containsKey(own) && caller.unitPath() != null) {
            paths.put(own, caller.unitPath());
        }
        return paths;
    }

    private ClusterDetail detail(CallerScope caller, AwardCluster cluster) {
        Map<UUID, String> names = new HashMap<>();
        units.byIds(cluster.memberUnitIds).forEach((DirectoryUnit u) -> names.put(u.id, u.name));
        Map<UUID, ClusterScore> byUnit = new HashMap<>();
        scores.ofCluster(cluster.id).forEach(s -> byUnit.put(s.unitId, s));
        List<Member> members = cluster.memberUnitIds.stream().map(id -> {
            ClusterScore s = byUnit.get(id);
            return new Member(id, names.get(id), s == null ? null : s.score, s == null ? null : s.rank);
        }).sorted((a, b) -> Integer.compare(a.rank() == null ? Integer.MAX_VALUE : a.rank(),
                b.rank() == null ? Integer.MAX_VALUE : b.rank())).toList();
        return new ClusterDetail(cluster, members, clusters.covenant(cluster.id));
    }
}
