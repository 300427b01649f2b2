package vn.thiduaso.award.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.award.service.AccessPolicy.Caller;
import vn.thiduaso.award.service.AccessPolicy.Target;

/**
 * Forwarding, the board, the fund and certificates as a table: role × target × action → allowed, and
 * whether the role may ever do it (403 when not; a target outside the scope of a role that may is 404).
 */
class BoardAccessPolicyTest {

    private static final String CITY = "/hai-phong";
    private static final String COMMUNE = CITY + "/vinh-bao";
    private static final String OTHER_CITY = "/ha-noi";

    private static final Caller ADMIN = new Caller(Set.of("admin"), "/");
    private static final Caller OFFICE = new Caller(Set.of("office"), COMMUNE);
    private static final Caller OTHER_OFFICE = new Caller(Set.of("office"), CITY + "/kien-an");
    private static final Caller LEADER = new Caller(Set.of("leader"), COMMUNE);
    private static final Caller COUNCIL = new Caller(Set.of("council"), COMMUNE);
    private static final Caller UNIT = new Caller(Set.of("unit"), COMMUNE + "/thon-1");
    private static final Caller BOARD = new Caller(Set.of("board"), CITY);
    private static final Caller OTHER_BOARD = new Caller(Set.of("board"), OTHER_CITY);

    private static final Target THE_COMMUNE = Target.unit(COMMUNE);
    private static final Target THE_BOARD = Target.unit(CITY);
    private static final Target FORWARDING = Target.forwarding(COMMUNE, CITY);

    static Stream<Arguments> table() {
        return Stream.of(
                // name, caller, target, action, allowed, mayEver
                Arguments.of("office forwards", OFFICE, THE_COMMUNE, Action.FORWARD, true, true),
                Arguments.of("other office forwards", OTHER_OFFICE, THE_COMMUNE, Action.FORWARD, false, true),
                Arguments.of("leader forwards", LEADER, THE_COMMUNE, Action.FORWARD, false, false),
                Arguments.of("board forwards", BOARD, THE_COMMUNE, Action.FORWARD, false, false),
                Arguments.of("admin forwards", ADMIN, THE_COMMUNE, Action.FORWARD, false, false),
                Arguments.of("office reads forwarding", OFFICE, FORWARDING, Action.READ_FORWARDING, true, true),
                Arguments.of("leader reads forwarding", LEADER, FORWARDING, Action.READ_FORWARDING, true, true),
                Arguments.of("board reads forwarding", BOARD, FORWARDING, Action.READ_FORWARDING, true, true),
                Arguments.of("other board reads forwarding", OTHER_BOARD, FORWARDING, Action.READ_FORWARDING, false, true),
                Arguments.of("other office reads forwarding", OTHER_OFFICE, FORWARDING, Action.READ_FORWARDING, false, true),
                Arguments.of("council reads forwarding", COUNCIL, FORWARDING, Action.READ_FORWARDING, false, false),
                Arguments.of("unit reads forwarding", UNIT, FORWARDING, Action.READ_FORWARDING, false, false),
                Arguments.of("admin reads forwarding", ADMIN, FORWARDING, Action.READ_FORWARDING, true, true),
                Arguments.of("board reads its dossiers", BOARD, THE_BOARD, Action.BOARD_READ, true, true),
                Arguments.of("other board reads", OTHER_BOARD, THE_BOARD, Action.BOARD_READ, false, true),
                Arguments.of("office reads board list", OFFICE, THE_BOARD, Action.BOARD_READ, false, false),
                Arguments.of("board decides", BOARD, THE_BOARD, Action.BOARD_DECIDE, true, true),
                Arguments.of("other board decides", OTHER_BOARD, THE_BOARD, Action.BOARD_DECIDE, false, true),
                Arguments.of("leader decides for the board", LEADER, THE_BOARD, Action.BOARD_DECIDE, false, false),
                Arguments.of("admin decides for the board", ADMIN, THE_BOARD, Action.BOARD_DECIDE, false, false),
                Arguments.of("office reads fund", OFFICE, THE_COMMUNE, Action.READ_FUND, true, true),
                Arguments.of("leader reads fund", LEADER, THE_COMMUNE, Action.READ_FUND, true, true),
                Arguments.of("board reads fund", BOARD, THE_COMMUNE, Action.READ_FUND, true, true),
                Arguments.of("other office reads fund", OTHER_OFFICE, THE_COMMUNE, Action.READ_FUND, false, true),
                Arguments.of("unit reads fund", UNIT, THE_COMMUNE, Action.READ_FUND, false, false),
                Arguments.of("council reads fund", COUNCIL, THE_COMMUNE, Action.READ_FUND, false, false),
                Arguments.of("office books fund", OFFICE, THE_COMMUNE, Action.MANAGE_FUND, true, true),
                Arguments.of("leader books fund", LEADER, THE_COMMUNE, Action.MANAGE_FUND, false, false),
                Arguments.of("board books fund", BOARD, THE_COMMUNE, Action.MANAGE_FUND, false, false),
                Arguments.of("office sets layout", OFFICE, THE_COMMUNE, Action.MANAGE_CERTIFICATE_LAYOUT, true, true),
                Arguments.of("other office sets layout", OTHER_OFFICE, THE_COMMUNE, Action.MANAGE_CERTIFICATE_LAYOUT, false, true),
                Arguments.of("leader sets layout", LEADER, THE_COMMUNE, Action.MANAGE_CERTIFICATE_LAYOUT, false, false),
                Arguments.of("leader reads layouts", LEADER, THE_COMMUNE, Action.READ_CERTIFICATE_LAYOUTS, true, true),
                Arguments.of("unit reads layouts", UNIT, THE_COMMUNE, Action.READ_CERTIFICATE_LAYOUTS, false, false),
                Arguments.of("office prints", OFFICE, THE_COMMUNE, Action.PRINT_CERTIFICATE, true, true),
                Arguments.of("leader prints", LEADER, THE_COMMUNE, Action.PRINT_CERTIFICATE, true, true),
                Arguments.of("other office prints", OTHER_OFFICE, THE_COMMUNE, Action.PRINT_CERTIFICATE, false, true),
                Arguments.of("board prints", BOARD, THE_COMMUNE, Action.PRINT_CERTIFICATE, false, false),
                Arguments.of("unit prints", UNIT, THE_COMMUNE, Action.PRINT_CERTIFICATE, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decides(String name, Caller caller, Target target, Action action, boolean allowed, boolean mayEver) {
        AccessPolicy policy = new AccessPolicy();
        assertEquals(allowed, policy.allows(caller, action, target), name + " (allowed)");
        assertEquals(mayEver, policy.mayEver(caller, action), name + " (role may ever)");
    }
}
