package vn.thiduaso.award.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thiduaso.award.domain.council.Seat;
import vn.thiduaso.award.service.AccessPolicy.Caller;
import vn.thiduaso.award.service.AccessPolicy.CouncilAction;
import vn.thiduaso.award.service.AccessPolicy.CouncilTarget;

/**
 * Who may do what with a council session, as a table: caller (role, scope) × their seat in the
 * session × action → allowed. Columns: CREATE_SESSION, READ_SESSION, RECORD_ATTENDANCE,
 * CHAIR_SESSION, VOTE ("1" allowed, "0" not).
 */
class CouncilAccessPolicyTest {

    private static final String COMMUNE = "/hai-phong/vinh-bao";
    private static final String OTHER = "/hai-phong/kien-an";

    private static final Map<String, Caller> CALLERS = Map.of(
            "admin", new Caller(Set.of("admin"), "/"),
            "office", new Caller(Set.of("office"), COMMUNE),
            "leader", new Caller(Set.of("leader"), COMMUNE),
            "council", new Caller(Set.of("council"), COMMUNE),
            "unit", new Caller(Set.of("unit"), COMMUNE + "/thon-1"),
            "board", new Caller(Set.of("board"), "/hai-phong"),
            "other office", new Caller(Set.of("office"), OTHER),
            "other council", new Caller(Set.of("council"), OTHER));

    private static final CouncilAction[] ACTIONS = { CouncilAction.CREATE_SESSION, CouncilAction.READ_SESSION,
            CouncilAction.RECORD_ATTENDANCE, CouncilAction.CHAIR_SESSION, CouncilAction.VOTE };

    /** caller, seat (or "-" for none), then one digit per action in {@link #ACTIONS} order. */
    private static final String[][] TABLE = {
            { "admin", "-", "01000" },
            { "office", "-", "11100" },
            { "leader", "-", "01000" },
            { "council", "-", "00000" },
            { "council", "MEMBER", "01001" },
            { "council", "SECRETARY", "01101" },
            { "council", "CHAIR", "01111" },
            { "unit", "-", "00000" },
            // a seat is only honoured with the council role (a stale member row of a user whose role changed)
            { "unit", "MEMBER", "00000" },
            { "leader", "CHAIR", "01000" },
            { "board", "-", "00000" },
            // outside the commune nothing, whatever the seat (the service answers 404 first)
            { "other office", "-", "00000" },
            { "other council", "CHAIR", "00000" },
    };

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (String[] row : TABLE) {
            Seat seat = row[1].equals("-") ? null : Seat.valueOf(row[1]);
            for (int i = 0; i < ACTIONS.length; i++) {
                rows.add(Arguments.of(row[0], seat, ACTIONS[i], row[2].charAt(i) == '1'));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} seated {1}: {2} → {3}")
    @MethodSource("table")
    void councilActions(String who, Seat seat, CouncilAction action, boolean allowed) {
        assertEquals(allowed, new AccessPolicy().allows(CALLERS.get(who), action, new CouncilTarget(COMMUNE, seat)));
    }
}
