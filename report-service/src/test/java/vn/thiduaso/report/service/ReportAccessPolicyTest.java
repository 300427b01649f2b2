package vn.thiduaso.report.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thiduaso.report.service.AccessPolicy.Action;
import vn.thiduaso.report.service.AccessPolicy.Caller;
import vn.thiduaso.report.service.AccessPolicy.Target;

/** Who may do what on reports and reporting periods, as a table: role × target unit × action → allowed. */
class ReportAccessPolicyTest {

    private static final String COMMUNE = "/hai-phong/vinh-bao";
    private static final String VILLAGE = COMMUNE + "/thon-1";
    private static final String OTHER_VILLAGE = COMMUNE + "/thon-2";
    private static final String OTHER = "/hai-phong/kien-an";
    private static final UUID VILLAGE_ID = UUID.randomUUID();
    private static final UUID OTHER_VILLAGE_ID = UUID.randomUUID();

    private static final Caller ADMIN = new Caller(Set.of("admin"), "/", null);
    private static final Caller OFFICE = new Caller(Set.of("office"), COMMUNE, null);
    private static final Caller LEADER = new Caller(Set.of("leader"), COMMUNE, null);
    private static final Caller COUNCIL = new Caller(Set.of("council"), COMMUNE, null);
    private static final Caller UNIT = new Caller(Set.of("unit"), VILLAGE, VILLAGE_ID);
    private static final Caller BOARD = new Caller(Set.of("board"), "/hai-phong", null);
    private static final Caller OTHER_OFFICE = new Caller(Set.of("office"), OTHER, null);
    /** Holding both roles, judged as an office: its scope, not its own unit, decides. */
    private static final Caller OFFICE_AND_UNIT = new Caller(Set.of("office", "unit"), OTHER, VILLAGE_ID);

    private static final Target VILLAGE_UNIT = Target.unit(VILLAGE_ID, VILLAGE);
    private static final Target OTHER_VILLAGE_UNIT = Target.unit(OTHER_VILLAGE_ID, OTHER_VILLAGE);
    /** A period the commune's office receives, with the two villages reporting. */
    private static final Target COMMUNE_PERIOD = Target.period(COMMUNE + "/phong-vhxh", List.of(VILLAGE, OTHER_VILLAGE));
    /** A second-hop period: the commune reports to the province; no recipient inside the commune. */
    private static final Target PROVINCE_PERIOD = Target.period(null, List.of(COMMUNE));
    /** Review and extension scope: the commune that issued the period's plan. */
    private static final Target COMMUNE_ITSELF = Target.commune(COMMUNE);
    private static final Target OTHER_COMMUNE = Target.commune(OTHER);
    private static final Target ELSEWHERE_PERIOD = Target.period(OTHER + "/phong-vhxh", List.of(OTHER + "/thon-9"));

    static Stream<Arguments> table() {
        return Stream.of(
                // caller, target, action, allowed
                Arguments.of("admin", ADMIN, VILLAGE_UNIT, Action.CREATE_REPORT, true),
                Arguments.of("admin", ADMIN, VILLAGE_UNIT, Action.READ_REPORT, true),
                Arguments.of("admin", ADMIN, ELSEWHERE_PERIOD, Action.READ_PERIOD, true),
                Arguments.of("office", OFFICE, VILLAGE_UNIT, Action.CREATE_REPORT, true),
                Arguments.of("office", OFFICE, VILLAGE_UNIT, Action.READ_REPORT, true),
                Arguments.of("office", OFFICE, COMMUNE_PERIOD, Action.READ_PERIOD, true),
                Arguments.of("office", OFFICE, PROVINCE_PERIOD, Action.READ_PERIOD, true),
                Arguments.of("office", OFFICE, ELSEWHERE_PERIOD, Action.READ_PERIOD, false),
                Arguments.of("leader", LEADER, VILLAGE_UNIT, Action.CREATE_REPORT, false),
                Arguments.of("leader", LEADER, VILLAGE_UNIT, Action.READ_REPORT, true),
                Arguments.of("leader", LEADER, COMMUNE_PERIOD, Action.READ_PERIOD, true),
                Arguments.of("council", COUNCIL, VILLAGE_UNIT, Action.CREATE_REPORT, false),
                Arguments.of("council", COUNCIL, VILLAGE_UNIT, Action.READ_REPORT, true),
                Arguments.of("unit", UNIT, VILLAGE_UNIT, Action.CREATE_REPORT, true),
                Arguments.of("unit", UNIT, VILLAGE_UNIT, Action.READ_REPORT, true),
                Arguments.of("unit", UNIT, OTHER_VILLAGE_UNIT, Action.CREATE_REPORT, false),
                Arguments.of("unit", UNIT, OTHER_VILLAGE_UNIT, Action.READ_REPORT, false),
                Arguments.of("unit", UNIT, COMMUNE_PERIOD, Action.READ_PERIOD, true),
                Arguments.of("unit", UNIT, PROVINCE_PERIOD, Action.READ_PERIOD, false),
                Arguments.of("board", BOARD, VILLAGE_UNIT, Action.CREATE_REPORT, false),
                Arguments.of("board", BOARD, VILLAGE_UNIT, Action.READ_REPORT, true),
                Arguments.of("board", BOARD, PROVINCE_PERIOD, Action.READ_PERIOD, true),
                Arguments.of("other office", OTHER_OFFICE, VILLAGE_UNIT, Action.CREATE_REPORT, false),
                Arguments.of("other office", OTHER_OFFICE, VILLAGE_UNIT, Action.READ_REPORT, false),
                Arguments.of("other office", OTHER_OFFICE, COMMUNE_PERIOD, Action.READ_PERIOD, false),
                Arguments.of("office and unit", OFFICE_AND_UNIT, VILLAGE_UNIT, Action.CREATE_REPORT, false),
                // editing and sending: as drafting
                Arguments.of("unit", UNIT, VILLAGE_UNIT, Action.UPDATE_REPORT, true),
                Arguments.of("unit", UNIT, OTHER_VILLAGE_UNIT, Action.UPDATE_REPORT, false),
                Arguments.of("unit", UNIT, VILLAGE_UNIT, Action.SUBMIT_REPORT, true),
                Arguments.of("unit", UNIT, OTHER_VILLAGE_UNIT, Action.SUBMIT_REPORT, false),
                Arguments.of("office", OFFICE, VILLAGE_UNIT, Action.UPDATE_REPORT, true),
                Arguments.of("office", OFFICE, VILLAGE_UNIT, Action.SUBMIT_REPORT, true),
                Arguments.of("other office", OTHER_OFFICE, VILLAGE_UNIT, Action.SUBMIT_REPORT, false),
                Arguments.of("leader", LEADER, VILLAGE_UNIT, Action.UPDATE_REPORT, false),
                Arguments.of("council", COUNCIL, VILLAGE_UNIT, Action.SUBMIT_REPORT, false),
                Arguments.of("board", BOARD, VILLAGE_UNIT, Action.UPDATE_REPORT, false),
                // confirming: a leader covering the unit
                Arguments.of("leader", LEADER, VILLAGE_UNIT, Action.CONFIRM_REPORT, true),
                Arguments.of("admin", ADMIN, VILLAGE_UNIT, Action.CONFIRM_REPORT, true),
                Arguments.of("other leader", new Caller(Set.of("leader"), OTHER, null), VILLAGE_UNIT, Action.CONFIRM_REPORT, false),
                Arguments.of("unit", UNIT, VILLAGE_UNIT, Action.CONFIRM_REPORT, false),
                Arguments.of("office", OFFICE, VILLAGE_UNIT, Action.CONFIRM_REPORT, false),
                // review and extensions: the office of the period's commune
                Arguments.of("office", OFFICE, COMMUNE_ITSELF, Action.REVIEW_REPORT, true),
                Arguments.of("office", OFFICE, COMMUNE_ITSELF, Action.EXTEND_DEADLINE, true),
                Arguments.of("admin", ADMIN, OTHER_COMMUNE, Action.REVIEW_REPORT, true),
                Arguments.of("other office", OTHER_OFFICE, COMMUNE_ITSELF, Action.REVIEW_REPORT, false),
                Arguments.of("other office", OTHER_OFFICE, COMMUNE_ITSELF, Action.EXTEND_DEADLINE, false),
                Arguments.of("office", OFFICE, OTHER_COMMUNE, Action.REVIEW_REPORT, false),
                Arguments.of("leader", LEADER, COMMUNE_ITSELF, Action.REVIEW_REPORT, false),
                Arguments.of("leader", LEADER, COMMUNE_ITSELF, Action.EXTEND_DEADLINE, false),
                Arguments.of("unit", UNIT, COMMUNE_ITSELF, Action.REVIEW_REPORT, false),
                Arguments.of("board", BOARD, COMMUNE_ITSELF, Action.REVIEW_REPORT, false),
                // the queue: office, leader, admin (filtered by scope in SQL)
                Arguments.of("office", OFFICE, Target.none(), Action.READ_REVIEW_QUEUE, true),
                Arguments.of("leader", LEADER, Target.none(), Action.READ_REVIEW_QUEUE, true),
                Arguments.of("unit", UNIT, Target.none(), Action.READ_REVIEW_QUEUE, false),
                Arguments.of("council", COUNCIL, Target.none(), Action.READ_REVIEW_QUEUE, false),
                Arguments.of("board", BOARD, Target.none(), Action.READ_REVIEW_QUEUE, false),
                // unit settings: office or admin covering the unit
                Arguments.of("office", OFFICE, VILLAGE_UNIT, Action.MANAGE_SETTINGS, true),
                Arguments.of("other office", OTHER_OFFICE, VILLAGE_UNIT, Action.MANAGE_SETTINGS, false),
                Arguments.of("unit", UNIT, VILLAGE_UNIT, Action.MANAGE_SETTINGS, false),
                Arguments.of("leader", LEADER, VILLAGE_UNIT, Action.MANAGE_SETTINGS, false));
    }

    @ParameterizedTest(name = "{0} {3} on {2}: {4}")
    @MethodSource("table")
    void actions(String who, Caller caller, Target target, Action action, boolean allowed) {
        assertEquals(allowed, new AccessPolicy().allows(caller, action, target));
    }

    // --- Consolidation and dashboards (helper R2) ----------------------------------------------

    private static final UUID COMMUNE_ID = UUID.randomUUID();
    /** The commune's consolidated report (its target is the commune itself). */
    private static final Target COMMUNE_REPORT = Target.unit(COMMUNE_ID, COMMUNE);
    private static final Target OTHER_COMMUNE_REPORT = Target.unit(UUID.randomUUID(), OTHER);
    /** A dashboard over the commune's subtree. */
    private static final Target COMMUNE_SCOPE = Target.unit(null, COMMUNE);
    private static final Caller VILLAGE_LEADER = new Caller(Set.of("leader"), VILLAGE, null);

    static Stream<Arguments> consolidationTable() {
        return Stream.of(
                Arguments.of("admin", ADMIN, OTHER_COMMUNE_REPORT, Action.WRITE_CONSOLIDATION, true),
                Arguments.of("admin", ADMIN, OTHER_COMMUNE_REPORT, Action.APPROVE_CONSOLIDATION, true),
                Arguments.of("office", OFFICE, COMMUNE_REPORT, Action.WRITE_CONSOLIDATION, true),
                Arguments.of("office", OFFICE, COMMUNE_REPORT, Action.APPROVE_CONSOLIDATION, false),
                Arguments.of("office", OFFICE, COMMUNE_REPORT, Action.SUBMIT_CONSOLIDATION, true),
                Arguments.of("office", OFFICE, COMMUNE_REPORT, Action.READ_CONSOLIDATION, true),
                Arguments.of("office", OFFICE, COMMUNE_SCOPE, Action.READ_DASHBOARD, true),
                Arguments.of("other office", OTHER_OFFICE, COMMUNE_REPORT, Action.WRITE_CONSOLIDATION, false),
                Arguments.of("other office", OTHER_OFFICE, COMMUNE_REPORT, Action.READ_SUBMITTED_CONSOLIDATION, false),
                Arguments.of("other office", OTHER_OFFICE, COMMUNE_SCOPE, Action.READ_DASHBOARD, false),
                Arguments.of("leader", LEADER, COMMUNE_REPORT, Action.WRITE_CONSOLIDATION, false),
                Arguments.of("leader", LEADER, COMMUNE_REPORT, Action.APPROVE_CONSOLIDATION, true),
                Arguments.of("leader", LEADER, COMMUNE_REPORT, Action.SUBMIT_CONSOLIDATION, true),
                Arguments.of("leader", LEADER, COMMUNE_REPORT, Action.READ_CONSOLIDATION, true),
                Arguments.of("leader", LEADER, COMMUNE_SCOPE, Action.READ_DASHBOARD, true),
                Arguments.of("leader", LEADER, OTHER_COMMUNE_REPORT, Action.APPROVE_CONSOLIDATION, false),
                Arguments.of("a village's leader", VILLAGE_LEADER, COMMUNE_REPORT, Action.APPROVE_CONSOLIDATION, false),
                Arguments.of("a village's leader", VILLAGE_LEADER, COMMUNE_SCOPE, Action.READ_DASHBOARD, false),
                Arguments.of("board", BOARD, COMMUNE_REPORT, Action.READ_CONSOLIDATION, false),
                Arguments.of("board", BOARD, COMMUNE_REPORT, Action.READ_SUBMITTED_CONSOLIDATION, true),
                Arguments.of("board", BOARD, OTHER_COMMUNE_REPORT, Action.READ_SUBMITTED_CONSOLIDATION, true),
                Arguments.of("board", BOARD, COMMUNE_REPORT, Action.WRITE_CONSOLIDATION, false),
                Arguments.of("board", BOARD, COMMUNE_REPORT, Action.SUBMIT_CONSOLIDATION, false),
                Arguments.of("board", BOARD, COMMUNE_SCOPE, Action.READ_DASHBOARD, true),
                Arguments.of("board", BOARD, Target.unit(null, "/da-nang"), Action.READ_DASHBOARD, false),
                Arguments.of("council", COUNCIL, COMMUNE_REPORT, Action.READ_CONSOLIDATION, false),
                Arguments.of("council", COUNCIL, COMMUNE_SCOPE, Action.READ_DASHBOARD, false),
                Arguments.of("unit", UNIT, COMMUNE_REPORT, Action.READ_SUBMITTED_CONSOLIDATION, false),
                Arguments.of("unit", UNIT, Target.unit(null, VILLAGE), Action.READ_DASHBOARD, false));
    }

    @ParameterizedTest(name = "{0} {3} on {2}: {4}")
    @MethodSource("consolidationTable")
    void consolidationAndDashboardActions(String who, Caller caller, Target target, Action action, boolean allowed) {
        assertEquals(allowed, new AccessPolicy().allows(caller, action, target));
    }
}
