package vn.thiduaso.award.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.award.service.AccessPolicy.Caller;
import vn.thiduaso.award.service.AccessPolicy.Target;

/** Who may do what on the award-form catalogue and award plans, as a table: role × target unit × action → allowed. */
class AwardAccessPolicyTest {

    private static final String COMMUNE = "/hai-phong/vinh-bao";
    private static final String VILLAGE = COMMUNE + "/thon-1";
    private static final String OTHER = "/hai-phong/kien-an";

    private static final Caller ADMIN = new Caller(Set.of("admin"), "/");
    private static final Caller OFFICE = new Caller(Set.of("office"), COMMUNE);
    private static final Caller LEADER = new Caller(Set.of("leader"), COMMUNE);
    private static final Caller COUNCIL = new Caller(Set.of("council"), COMMUNE);
    private static final Caller UNIT = new Caller(Set.of("unit"), VILLAGE);
    private static final Caller BOARD = new Caller(Set.of("board"), "/hai-phong");
    private static final Caller OTHER_OFFICE = new Caller(Set.of("office"), OTHER);
    private static final Caller OTHER_UNIT = new Caller(Set.of("unit"), COMMUNE + "/thon-2");

    private static final Target ROUND = new Target(COMMUNE, List.of(VILLAGE));
    private static final Target CLUSTER_MEMBERS = new Target(COMMUNE, List.of(VILLAGE, COMMUNE + "/thon-3"));
    private static final Target CLUSTER_HEAD = new Target(COMMUNE, List.of(VILLAGE));

    private static final Target COMMUNE_PLAN = new Target(COMMUNE, List.of(VILLAGE));
    private static final Target PLAN_FOR_OTHERS = new Target(COMMUNE, List.of(COMMUNE + "/mttq"));
    /** The city's plan addressed to the commune: read from below through the addressee. */
    private static final Target CITY_PLAN = new Target("/hai-phong", List.of(COMMUNE));

    static Stream<Arguments> table() {
        return Stream.of(
                // caller, target, action, allowed
                Arguments.of("admin", ADMIN, Target.CATALOGUE, Action.READ_FORMS, true),
                Arguments.of("admin", ADMIN, Target.CATALOGUE, Action.MANAGE_FORMS, true),
                Arguments.of("admin", ADMIN, COMMUNE_PLAN, Action.READ_PLAN, true),
                Arguments.of("office", OFFICE, Target.CATALOGUE, Action.READ_FORMS, true),
                Arguments.of("office", OFFICE, Target.CATALOGUE, Action.MANAGE_FORMS, false),
                Arguments.of("office", OFFICE, COMMUNE_PLAN, Action.READ_PLAN, true),
                Arguments.of("office", OFFICE, CITY_PLAN, Action.READ_PLAN, true),
                Arguments.of("leader", LEADER, Target.CATALOGUE, Action.MANAGE_FORMS, false),
                Arguments.of("leader", LEADER, COMMUNE_PLAN, Action.READ_PLAN, true),
                Arguments.of("council", COUNCIL, Target.CATALOGUE, Action.READ_FORMS, true),
                Arguments.of("council", COUNCIL, Target.CATALOGUE, Action.MANAGE_FORMS, false),
                Arguments.of("council", COUNCIL, COMMUNE_PLAN, Action.READ_PLAN, true),
                Arguments.of("unit", UNIT, Target.CATALOGUE, Action.READ_FORMS, true),
                Arguments.of("unit", UNIT, Target.CATALOGUE, Action.MANAGE_FORMS, false),
                Arguments.of("unit", UNIT, COMMUNE_PLAN, Action.READ_PLAN, true),
                Arguments.of("unit", UNIT, PLAN_FOR_OTHERS, Action.READ_PLAN, false),
                Arguments.of("unit", UNIT, CITY_PLAN, Action.READ_PLAN, false),
                Arguments.of("board", BOARD, Target.CATALOGUE, Action.MANAGE_FORMS, false),
                Arguments.of("board", BOARD, COMMUNE_PLAN, Action.READ_PLAN, true),
                Arguments.of("other office", OTHER_OFFICE, Target.CATALOGUE, Action.READ_FORMS, true),
                Arguments.of("other office", OTHER_OFFICE, COMMUNE_PLAN, Action.READ_PLAN, false),
                Arguments.of("other office", OTHER_OFFICE, CITY_PLAN, Action.READ_PLAN, false),
                // rule sets
                Arguments.of("unit", UNIT, Target.CATALOGUE, Action.READ_RULE_SETS, true),
                Arguments.of("admin", ADMIN, Target.CATALOGUE, Action.MANAGE_RULE_SETS, true),
                Arguments.of("office", OFFICE, Target.CATALOGUE, Action.MANAGE_RULE_SETS, false),
                // rounds: commune path + nominator paths
                Arguments.of("office", OFFICE, ROUND, Action.READ_ROUND, true),
                Arguments.of("office", OFFICE, ROUND, Action.MANAGE_ROUND, true),
                Arguments.of("leader", LEADER, ROUND, Action.READ_ROUND, true),
                Arguments.of("leader", LEADER, ROUND, Action.MANAGE_ROUND, false),
                Arguments.of("council", COUNCIL, ROUND, Action.READ_ROUND, true),
                Arguments.of("board", BOARD, ROUND, Action.READ_ROUND, true),
                Arguments.of("board", BOARD, ROUND, Action.MANAGE_ROUND, false),
                Arguments.of("unit (nominator)", UNIT, ROUND, Action.READ_ROUND, true),
                Arguments.of("unit (nominator)", UNIT, ROUND, Action.MANAGE_ROUND, false),
                Arguments.of("unit (not nominator)", OTHER_UNIT, ROUND, Action.READ_ROUND, false),
                Arguments.of("other office", OTHER_OFFICE, ROUND, Action.READ_ROUND, false),
                Arguments.of("other office", OTHER_OFFICE, ROUND, Action.MANAGE_ROUND, false),
                Arguments.of("admin", ADMIN, ROUND, Action.MANAGE_ROUND, true),
                // registration: the unit's path
                Arguments.of("unit", UNIT, Target.unit(VILLAGE), Action.REGISTER_EMULATION, true),
                Arguments.of("unit", OTHER_UNIT, Target.unit(VILLAGE), Action.REGISTER_EMULATION, false),
                Arguments.of("unit", OTHER_UNIT, Target.unit(VILLAGE), Action.READ_REGISTRATION, false),
                Arguments.of("office", OFFICE, Target.unit(VILLAGE), Action.REGISTER_EMULATION, true),
                Arguments.of("leader", LEADER, Target.unit(VILLAGE), Action.REGISTER_EMULATION, false),
                Arguments.of("leader", LEADER, Target.unit(VILLAGE), Action.READ_REGISTRATION, true),
                Arguments.of("other office", OTHER_OFFICE, Target.unit(VILLAGE), Action.REGISTER_EMULATION, false),
                // clusters: commune path + member paths (read) / head path (manage)
                Arguments.of("unit (member)", UNIT, CLUSTER_MEMBERS, Action.READ_CLUSTER, true),
                Arguments.of("unit (not member)", OTHER_UNIT, CLUSTER_MEMBERS, Action.READ_CLUSTER, false),
                Arguments.of("unit (head)", UNIT, CLUSTER_HEAD, Action.MANAGE_CLUSTER, true),
                Arguments.of("unit (not head)", OTHER_UNIT, CLUSTER_HEAD, Action.MANAGE_CLUSTER, false),
                Arguments.of("office", OFFICE, CLUSTER_HEAD, Action.MANAGE_CLUSTER, true),
                Arguments.of("council", COUNCIL, CLUSTER_HEAD, Action.MANAGE_CLUSTER, false),
                Arguments.of("council", COUNCIL, CLUSTER_MEMBERS, Action.READ_CLUSTER, true),
                Arguments.of("other office", OTHER_OFFICE, CLUSTER_HEAD, Action.MANAGE_CLUSTER, false),
                // award history: the record's unit path
                Arguments.of("unit", UNIT, Target.unit(VILLAGE), Action.READ_AWARD_RECORD, true),
                Arguments.of("unit", OTHER_UNIT, Target.unit(VILLAGE), Action.READ_AWARD_RECORD, false),
                Arguments.of("board", BOARD, Target.unit(VILLAGE), Action.READ_AWARD_RECORD, true),
                Arguments.of("office", OFFICE, Target.unit(VILLAGE), Action.IMPORT_AWARD_RECORD, true),
                Arguments.of("leader", LEADER, Target.unit(VILLAGE), Action.IMPORT_AWARD_RECORD, false),
                Arguments.of("unit", UNIT, Target.unit(VILLAGE), Action.IMPORT_AWARD_RECORD, false),
                Arguments.of("other office", OTHER_OFFICE, Target.unit(VILLAGE), Action.IMPORT_AWARD_RECORD, false));
    }

    @ParameterizedTest(name = "{0} {3} on {2}: {4}")
    @MethodSource("table")
    void actions(String who, Caller caller, Target target, Action action, boolean allowed) {
        assertEquals(allowed, new AccessPolicy().allows(caller, action, target));
    }

    /** Which roles may ever do an action (else 403 before any lookup). */
    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(Action.MANAGE_ROUND, Set.of("admin", "office")),
                Arguments.of(Action.MANAGE_RULE_SETS, Set.of("admin")),
                Arguments.of(Action.REGISTER_EMULATION, Set.of("admin", "office", "unit")),
                Arguments.of(Action.MANAGE_CLUSTER, Set.of("admin", "office", "unit")),
                Arguments.of(Action.IMPORT_AWARD_RECORD, Set.of("admin", "office")),
                Arguments.of(Action.READ_ROUND, Set.of("admin", "office", "leader", "council", "unit", "board")),
                Arguments.of(Action.READ_AWARD_RECORD, Set.of("admin", "office", "leader", "council", "unit", "board")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("roles")
    void rolesThatMayEverAct(Action action, Set<String> allowedRoles) {
        for (String role : List.of("admin", "office", "leader", "council", "unit", "board")) {
            assertEquals(allowedRoles.contains(role), new AccessPolicy().mayEver(new Caller(Set.of(role), COMMUNE), action),
                    role + " " + action);
        }
    }
}
