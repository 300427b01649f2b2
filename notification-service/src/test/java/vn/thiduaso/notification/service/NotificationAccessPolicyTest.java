package vn.thiduaso.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thiduaso.notification.service.AccessPolicy.Action;
import vn.thiduaso.notification.service.AccessPolicy.Caller;
import vn.thiduaso.notification.service.AccessPolicy.Target;

/** Who may do what on deadlines, the delivery log and preferences, as a table: role × target unit × action → allowed. */
class NotificationAccessPolicyTest {

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
    private static final Caller OFFICE_AND_UNIT = new Caller(Set.of("office", "unit"), COMMUNE);

    private static final Target VILLAGE_UNIT = new Target(VILLAGE);
    private static final Target COMMUNE_UNIT = new Target(COMMUNE);

    static Stream<Arguments> table() {
        return Stream.of(
                // caller, target, action, allowed
                Arguments.of("admin", ADMIN, VILLAGE_UNIT, Action.READ_DEADLINES, true),
                Arguments.of("admin", ADMIN, Target.NONE, Action.READ_NOTIFICATIONS, true),
                Arguments.of("admin", ADMIN, Target.NONE, Action.READ_SCOPE_NOTIFICATIONS, true),
                Arguments.of("admin", ADMIN, Target.NONE, Action.MANAGE_OWN_PREFERENCES, true),
                Arguments.of("office", OFFICE, VILLAGE_UNIT, Action.READ_DEADLINES, true),
                Arguments.of("office", OFFICE, Target.NONE, Action.READ_NOTIFICATIONS, true),
                Arguments.of("office", OFFICE, Target.NONE, Action.READ_SCOPE_NOTIFICATIONS, true),
                Arguments.of("leader", LEADER, COMMUNE_UNIT, Action.READ_DEADLINES, true),
                Arguments.of("leader", LEADER, Target.NONE, Action.READ_NOTIFICATIONS, true),
                Arguments.of("leader", LEADER, Target.NONE, Action.READ_SCOPE_NOTIFICATIONS, true),
                Arguments.of("council", COUNCIL, VILLAGE_UNIT, Action.READ_DEADLINES, true),
                Arguments.of("council", COUNCIL, Target.NONE, Action.READ_NOTIFICATIONS, false),
                Arguments.of("council", COUNCIL, Target.NONE, Action.READ_SCOPE_NOTIFICATIONS, false),
                Arguments.of("council", COUNCIL, Target.NONE, Action.MANAGE_OWN_PREFERENCES, true),
                Arguments.of("unit", UNIT, VILLAGE_UNIT, Action.READ_DEADLINES, true),
                Arguments.of("unit", UNIT, COMMUNE_UNIT, Action.READ_DEADLINES, false),
                Arguments.of("unit", UNIT, Target.NONE, Action.READ_DEADLINES, true),
                Arguments.of("unit", UNIT, Target.NONE, Action.READ_NOTIFICATIONS, true),
                Arguments.of("unit", UNIT, Target.NONE, Action.READ_SCOPE_NOTIFICATIONS, false),
                Arguments.of("unit", UNIT, Target.NONE, Action.MANAGE_OWN_PREFERENCES, true),
                Arguments.of("board", BOARD, VILLAGE_UNIT, Action.READ_DEADLINES, true),
                Arguments.of("board", BOARD, Target.NONE, Action.READ_NOTIFICATIONS, false),
                Arguments.of("board", BOARD, Target.NONE, Action.MANAGE_OWN_PREFERENCES, true),
                Arguments.of("other office", OTHER_OFFICE, VILLAGE_UNIT, Action.READ_DEADLINES, false),
                Arguments.of("other office", OTHER_OFFICE, Target.NONE, Action.READ_DEADLINES, true),
                Arguments.of("other office", OTHER_OFFICE, Target.NONE, Action.READ_SCOPE_NOTIFICATIONS, true),
                Arguments.of("office and unit", OFFICE_AND_UNIT, Target.NONE, Action.READ_NOTIFICATIONS, true),
                Arguments.of("office and unit", OFFICE_AND_UNIT, Target.NONE, Action.READ_SCOPE_NOTIFICATIONS, false),
                // manual reminders: the commune office (or an administrator), units of its commune only
                Arguments.of("admin", ADMIN, VILLAGE_UNIT, Action.REMIND_UNITS, true),
                Arguments.of("office", OFFICE, VILLAGE_UNIT, Action.REMIND_UNITS, true),
                Arguments.of("office", OFFICE, Target.NONE, Action.REMIND_UNITS, true),
                Arguments.of("other office", OTHER_OFFICE, VILLAGE_UNIT, Action.REMIND_UNITS, false),
                Arguments.of("leader", LEADER, VILLAGE_UNIT, Action.REMIND_UNITS, false),
                Arguments.of("council", COUNCIL, VILLAGE_UNIT, Action.REMIND_UNITS, false),
                Arguments.of("unit", UNIT, VILLAGE_UNIT, Action.REMIND_UNITS, false),
                Arguments.of("board", BOARD, VILLAGE_UNIT, Action.REMIND_UNITS, false),
                // one's own inbox and calendar link: everyone signed in
                Arguments.of("unit", UNIT, Target.NONE, Action.USE_OWN_INBOX, true),
                Arguments.of("board", BOARD, Target.NONE, Action.USE_OWN_INBOX, true),
                Arguments.of("council", COUNCIL, Target.NONE, Action.MANAGE_OWN_CALENDAR_FEED, true),
                // the working-day calendar: read by all, edited by administrators only
                Arguments.of("unit", UNIT, Target.NONE, Action.READ_WORKING_CALENDAR, true),
                Arguments.of("admin", ADMIN, Target.NONE, Action.EDIT_WORKING_CALENDAR, true),
                Arguments.of("office", OFFICE, Target.NONE, Action.EDIT_WORKING_CALENDAR, false),
                Arguments.of("board", BOARD, Target.NONE, Action.EDIT_WORKING_CALENDAR, false),
                Arguments.of("leader", LEADER, Target.NONE, Action.EDIT_WORKING_CALENDAR, false));
    }

    @ParameterizedTest(name = "{0} {3} on {2}: {4}")
    @MethodSource("table")
    void actions(String who, Caller caller, Target target, Action action, boolean allowed) {
        assertEquals(allowed, new AccessPolicy().allows(caller, action, target));
    }
}
