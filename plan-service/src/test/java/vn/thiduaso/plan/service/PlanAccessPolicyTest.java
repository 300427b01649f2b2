package vn.thiduaso.plan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thiduaso.plan.domain.Movement;
import vn.thiduaso.plan.domain.PlanStatus;
import vn.thiduaso.plan.service.AccessPolicy.Action;
import vn.thiduaso.plan.service.AccessPolicy.Caller;
import vn.thiduaso.plan.service.AccessPolicy.PlanTarget;

/** Who may do what on plans and movements, as a table: role × target unit × action → allowed. */
class PlanAccessPolicyTest {

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
    private static final Caller OTHER_LEADER = new Caller(Set.of("leader"), OTHER);

    private static final PlanTarget DRAFT = new PlanTarget(COMMUNE, PlanStatus.DRAFT, List.of(VILLAGE));
    private static final PlanTarget ISSUED = new PlanTarget(COMMUNE, PlanStatus.ISSUED, List.of(VILLAGE));
    private static final PlanTarget ISSUED_ELSEWHERE = new PlanTarget(COMMUNE, PlanStatus.ISSUED, List.of(COMMUNE + "/mttq"));
    private static final PlanTarget NEW = new PlanTarget(COMMUNE, null, List.of());
    private static final PlanTarget VILLAGE_PLAN = new PlanTarget(VILLAGE, PlanStatus.DRAFT, List.of(VILLAGE), true);
    private static final PlanTarget CLOSED = new PlanTarget(COMMUNE, PlanStatus.CLOSED, List.of(VILLAGE));

    static Stream<Arguments> plans() {
        return Stream.of(
                // caller, target, action, allowed
                Arguments.of("admin", ADMIN, DRAFT, Action.EDIT, true),
                Arguments.of("admin", ADMIN, DRAFT, Action.ISSUE, true),
                Arguments.of("office", OFFICE, NEW, Action.CREATE, true),
                Arguments.of("office", OFFICE, DRAFT, Action.READ, true),
                Arguments.of("office", OFFICE, DRAFT, Action.EDIT, true),
                Arguments.of("office", OFFICE, DRAFT, Action.ISSUE, false),
                Arguments.of("office", OFFICE, ISSUED, Action.AMEND, true),
                Arguments.of("office", OFFICE, ISSUED, Action.CLOSE, true),
                Arguments.of("leader", LEADER, NEW, Action.CREATE, false),
                Arguments.of("leader", LEADER, DRAFT, Action.EDIT, false),
                Arguments.of("leader", LEADER, DRAFT, Action.ISSUE, true),
                Arguments.of("leader", LEADER, ISSUED, Action.AMEND, false),
                Arguments.of("leader", LEADER, ISSUED, Action.CLOSE, true),
                Arguments.of("council", COUNCIL, DRAFT, Action.READ, true),
                Arguments.of("council", COUNCIL, DRAFT, Action.EDIT, false),
                Arguments.of("unit", UNIT, DRAFT, Action.READ, false),
                Arguments.of("unit", UNIT, ISSUED, Action.READ, true),
                Arguments.of("unit", UNIT, ISSUED, Action.READ_DRAFTS, false),
                Arguments.of("unit", UNIT, ISSUED_ELSEWHERE, Action.READ, false),
                Arguments.of("unit", UNIT, ISSUED, Action.CLOSE, false),
                Arguments.of("board", BOARD, ISSUED, Action.READ, true),
                Arguments.of("board", BOARD, DRAFT, Action.READ, false),
                Arguments.of("board", BOARD, ISSUED, Action.AMEND, false),
                Arguments.of("other office", OTHER_OFFICE, NEW, Action.CREATE, false),
                Arguments.of("other office", OTHER_OFFICE, DRAFT, Action.READ, false),
                Arguments.of("other office", OTHER_OFFICE, ISSUED, Action.READ, false),
                Arguments.of("other office", OTHER_OFFICE, DRAFT, Action.EDIT, false),
                Arguments.of("other leader", OTHER_LEADER, DRAFT, Action.ISSUE, false),
                Arguments.of("other leader", OTHER_LEADER, ISSUED, Action.CLOSE, false),
                Arguments.of("unit", UNIT, VILLAGE_PLAN, Action.READ, true),
                Arguments.of("unit", UNIT, VILLAGE_PLAN, Action.EDIT, true),
                Arguments.of("unit", UNIT, VILLAGE_PLAN, Action.ISSUE, true),
                Arguments.of("unit", UNIT, DRAFT, Action.EDIT, false),
                Arguments.of("office", OFFICE, VILLAGE_PLAN, Action.READ, true),
                Arguments.of("office", OFFICE, ISSUED, Action.TRACK_UNIT_PLANS, true),
                Arguments.of("leader", LEADER, ISSUED, Action.TRACK_UNIT_PLANS, true),
                Arguments.of("unit", UNIT, ISSUED, Action.TRACK_UNIT_PLANS, false),
                Arguments.of("other office", OTHER_OFFICE, ISSUED, Action.TRACK_UNIT_PLANS, false));
    }

    static Stream<Arguments> unitPlans() {
        return Stream.of(
                Arguments.of("unit", UNIT, ISSUED, VILLAGE, true),
                Arguments.of("unit", UNIT, DRAFT, VILLAGE, false),
                Arguments.of("unit", UNIT, CLOSED, VILLAGE, false),
                Arguments.of("unit", UNIT, ISSUED_ELSEWHERE, VILLAGE, false),
                Arguments.of("office", OFFICE, ISSUED, VILLAGE, true),
                Arguments.of("leader", LEADER, ISSUED, VILLAGE, false),
                Arguments.of("other office", OTHER_OFFICE, ISSUED, VILLAGE, false));
    }

    @ParameterizedTest(name = "{0} starts the plan of {3} answering {2}: {4}")
    @MethodSource("unitPlans")
    void unitPlanCreation(String who, Caller caller, PlanTarget parent, String unitPath, boolean allowed) {
        assertEquals(allowed, new AccessPolicy().allowsUnitPlan(caller, parent, unitPath));
    }

    @ParameterizedTest(name = "{0} {3} on {2}: {4}")
    @MethodSource("plans")
    void planActions(String who, Caller caller, PlanTarget target, Action action, boolean allowed) {
        assertEquals(allowed, new AccessPolicy().allows(caller, action, target));
    }

    static Stream<Arguments> movements() {
        return Stream.of(
                Arguments.of("admin", ADMIN, Movement.Level.NATIONAL, null, Action.CREATE_MOVEMENT, true),
                Arguments.of("office", OFFICE, Movement.Level.COMMUNE, COMMUNE, Action.CREATE_MOVEMENT, true),
                Arguments.of("office", OFFICE, Movement.Level.COMMUNE, COMMUNE, Action.EDIT_MOVEMENT, true),
                Arguments.of("office", OFFICE, Movement.Level.NATIONAL, null, Action.EDIT_MOVEMENT, false),
                Arguments.of("office", OFFICE, Movement.Level.PROVINCE_CITY, COMMUNE, Action.CREATE_MOVEMENT, false),
                Arguments.of("other office", OTHER_OFFICE, Movement.Level.COMMUNE, COMMUNE, Action.EDIT_MOVEMENT, false),
                Arguments.of("leader", LEADER, Movement.Level.COMMUNE, COMMUNE, Action.CREATE_MOVEMENT, false),
                Arguments.of("unit", UNIT, Movement.Level.NATIONAL, null, Action.READ, true));
    }

    @ParameterizedTest(name = "{0} {4} on a {2} movement owned by {3}: {5}")
    @MethodSource("movements")
    void movementActions(String who, Caller caller, Movement.Level level, String owner, Action action, boolean allowed) {
        assertEquals(allowed, new AccessPolicy().allowsMovement(caller, action, level, owner));
    }
}
