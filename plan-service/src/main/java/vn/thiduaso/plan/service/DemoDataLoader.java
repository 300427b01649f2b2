package vn.thiduaso.plan.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import vn.thiduaso.plan.config.IdentityConfig;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.domain.content.Obligation;
import vn.thiduaso.plan.domain.content.Occasion;
import vn.thiduaso.plan.domain.content.PlanContent;
import vn.thiduaso.plan.domain.content.Signer;
import vn.thiduaso.plan.service.PlanInputs.PlanInput;
import vn.thiduaso.plan.service.PlanService.PlanView;
import vn.thiduaso.plan.repository.UnitRepository;
import vn.thiduaso.plan.repository.UserRepository;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

/**
 * Loads the demo communes, accounts and issued plans at start when {@code thiduaso.demo.enabled}
 * (only ./run.sh sets it). Goes through the same use cases as the API, so the demo plans' events
 * flow to the other services exactly as real ones do. Runs once: a database that already has the
 * demo administrator is left alone. Also creates the deployment's first administrator when
 * {@code thiduaso.identity.bootstrap-admin-password} is set.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String RESOURCE = "demo/demo-data.json";
    /** Unit plans (cascade) in the demo, each answering the commune plan named by its {@code parentPlan}. */
    static final String CLUSTERS = "demo/clusters.json";
    static final List<String> UNIT_PLANS = List.of("demo/unit-plans/vinh-bao-thon-1.json");
    private static final List<String> COMMUNE_ROLES = List.of(Roles.OFFICE, Roles.LEADER, Roles.COUNCIL, Roles.UNIT,
            Roles.BOARD);

    private final boolean demoEnabled;
    private final IdentityConfig identity;
    private final DirectoryService directory;
    private final PlanService plans;
    private final UnitRepository units;
    private final UserRepository users;
    private final ObjectMapper mapper;
    private final DemoPlans demoPlans;
    private final ClusterService clusters;

    public DemoDataLoader(@ConfigProperty(name = "thiduaso.demo.enabled", defaultValue = "false") boolean demoEnabled,
            IdentityConfig identity, DirectoryService directory, PlanService plans, UnitRepository units,
            UserRepository users, ObjectMapper mapper, DemoPlans demoPlans, ClusterService clusters) {
        this.demoEnabled = demoEnabled;
        this.identity = identity;
        this.directory = directory;
        this.plans = plans;
        this.units = units;
        this.users = users;
        this.mapper = mapper;
        this.demoPlans = demoPlans;
        this.clusters = clusters;
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        if (demoEnabled) {
            load();
        }
        identity.bootstrapAdminPassword().filter(p -> !p.isBlank()).ifPresent(this::bootstrapAdmin);
    }

    @Transactional
    void bootstrapAdmin(String password) {
        if (users.countWithRole(Roles.ADMIN) > 0) {
            return;
        }
        directory.newUser(systemUnit(), "admin", password, "Quản trị hệ thống", "admin@localhost", Roles.ADMIN);
        Log.info("Created the first administrator account 'admin'");
    }

    /** Loads the demo data unless it is there already; returns the issued commune plans (not the unit plans). */
    @Transactional
    public List<PlanView> load() throws IOException {
        DemoData data;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            data = mapper.readValue(in, DemoData.class);
        }
        if (users.findByUsername(data.admin().username()).isPresent()) {
            Log.info("Demo data already loaded");
            return List.of();
        }
        CallerScope system = CallerScope.system("demo-data");
        directory.newUser(systemUnit(), data.admin().username(), data.password(), data.admin().fullName(),
                data.admin().email(), Roles.ADMIN);
        List<PlanView> issued = new ArrayList<>();
        Map<String, UUID> issuedByCommune = new HashMap<>();
        Map<String, Function<String, Unit>> communeUnits = new HashMap<>();
        for (DemoData.Region region : data.regions()) {
            Unit regionUnit = directory.newUnit(null, region.code(), region.name(), UnitKind.valueOf(region.kind()));
            Unit board = directory.newUnit(regionUnit, region.board().code(), region.board().name(), UnitKind.OFFICE);
            for (DemoData.Commune commune : region.communes()) {
                Unit communeUnit = directory.newUnit(regionUnit, commune.code(), commune.name(),
                        UnitKind.valueOf(commune.kind()));
                Map<String, Unit> byCode = new HashMap<>();
                for (DemoData.UnitSpec spec : commune.units()) {
                    byCode.put(spec.code(), directory.newUnit(communeUnit, spec.code(), spec.name(),
                            UnitKind.valueOf(spec.kind()), u -> {
                                u.headName = spec.headName();
                                u.headTitle = spec.headTitle();
                                u.email = spec.email();
                                u.phone = spec.phone();
                            }));
                }
                for (String role : COMMUNE_ROLES) {
                    String username = commune.key() + "." + role;
                    if (Roles.BOARD.equals(role)) {
                        directory.newUser(board, username, data.password(), "Cán bộ " + board.name, email(username),
                                role);
                        continue;
                    }
                    DemoData.UserSpec spec = commune.users().get(role);
                    Unit unit = spec.unit() == null ? communeUnit : byCode.get(spec.unit());
                    directory.newUser(unit, username, data.password(), spec.fullName(), email(username), role);
                }
                for (DemoData.ExtraUser extra : commune.extraUsers() == null ? List.<DemoData.ExtraUser>of()
                        : commune.extraUsers()) {
                    Unit unit = extra.unit() == null ? communeUnit : byCode.get(extra.unit());
                    if (unit == null) {
                        throw new IllegalStateException("Demo user " + extra.username() + " names unit " + extra.unit()
                                + ", which does not exist");
                    }
                    directory.newUser(unit, extra.username(), data.password(), extra.fullName(), email(extra.username()),
                            extra.role());
                }
                String structured = "demo/plans/" + commune.code() + ".json";
                Function<String, Unit> unitsByCode = code -> code.equals(commune.code()) ? communeUnit
                        : code.equals(region.code()) ? regionUnit
                        : code.equals(region.board().code()) ? board : byCode.get(code);
                communeUnits.put(commune.code(), unitsByCode);
                PlanView plan = demoPlans.exists(structured)
                        ? demoPlans.issue(system, structured, unitsByCode, issuedByCommune)
                        : issuePlan(system, commune.plan(), communeUnit, board, byCode);
                issuedByCommune.put(commune.code(), plan.plan().id);
                issued.add(plan);
            }
        }
        // Unit plans answering a commune plan: their units are looked up in the parent plan's commune.
        for (String resource : UNIT_PLANS) {
            String parent = mapper.readTree(Thread.currentThread().getContextClassLoader().getResource(resource))
                    .path("parentPlan").asText();
            demoPlans.issue(system, resource, communeUnits.get(parent), issuedByCommune);
        }
        loadClusters(system, communeUnits);
        Log.infof("Loaded demo data: %d regions, %d issued plans", data.regions().size(), issued.size());
        return issued;
    }

    private PlanView issuePlan(CallerScope system, DemoData.PlanSpec spec, Unit commune, Unit board,
            Map<String, Unit> byCode) {
        Unit recipient = "@board".equals(spec.recipient()) ? board : byCode.get(spec.recipient());
        PlanContent empty = PlanContent.empty();
        PlanContent content = new PlanContent(List.of(), spec.firstYear(), spec.lastYear(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                spec.addressees().stream().map(code -> byCode.get(code).id).toList(),
                List.of(new Obligation(null, spec.obligationTitle(), Occasion.ANNUAL, null, recipient.id, spec.dueDay(),
                        spec.dueMonth(), null, spec.firstYear(), spec.lastYear(), null)),
                null, List.of(), List.of(), new Signer(null, null, spec.signerTitle(), spec.signerName()), empty.place(), List.of(), List.of());
        PlanView draft = plans.create(system, new PlanInput(spec.title(), spec.summary(), commune.id, null, content));
        return plans.issue(system, draft.plan().id, draft.plan().version, null, null);
    }

    /**
     * Khối thi đua of {@code demo/clusters.json} (invented: no seed names one), units named
     * {@code unit:<code>} within the cluster's commune.
     */
    private void loadClusters(CallerScope system, Map<String, Function<String, Unit>> communeUnits) throws IOException {
        JsonNode file;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(CLUSTERS)) {
            file = mapper.readTree(in);
        }
        for (JsonNode c : file.path("clusters")) {
            String commune = code(c.path("communeId").asText());
            Function<String, Unit> unitsOfCommune = communeUnits.get(commune);
            Function<String, UUID> id = ref -> {
                Unit u = unitsOfCommune.apply(code(ref));
                if (u == null) {
                    throw new IllegalStateException("Demo cluster refers to " + ref + ", which does not exist");
                }
                return u.id;
            };
            List<UUID> members = new ArrayList<>();
            c.path("memberUnitIds").forEach(m -> members.add(id.apply(m.asText())));
            clusters.create(system, new ClusterService.ClusterFields(c.path("name").asText(),
                    id.apply(c.path("communeId").asText()), c.path("year").asInt(),
                    id.apply(c.path("headUnitId").asText()), id.apply(c.path("deputyUnitId").asText()), members, null));
        }
    }

    private static String code(String unitRef) {
        return unitRef.startsWith("unit:") ? unitRef.substring("unit:".length()) : unitRef;
    }

    private Unit systemUnit() {
        return units.findByPath("/quan-tri")
                .orElseGet(() -> directory.newUnit(null, "quan-tri", "Quản trị hệ thống", UnitKind.OTHER));
    }

    private static String email(String username) {
        return username + "@thiduaso.local";
    }
}
