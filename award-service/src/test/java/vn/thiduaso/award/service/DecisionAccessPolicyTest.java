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

/** Posting, objections, decisions, annulment and the clock as a table: role × commune × action → allowed. */
class DecisionAccessPolicyTest {

    private static final String COMMUNE = "/hai-phong/vinh-bao";
    private static final Target OWN = Target.commune(COMMUNE);
    private static final Target OTHER = Target.commune("/hai-phong/kien-an");

    private static final Caller ADMIN = new Caller(Set.of("admin"), "/");
    private static final Caller OFFICE = new Caller(Set.of("office"), COMMUNE);
    private static final Caller LEADER = new Caller(Set.of("leader"), COMMUNE);
    private static final Caller COUNCIL = new Caller(Set.of("council"), COMMUNE);
    private static final Caller UNIT = new Caller(Set.of("unit"), COMMUNE + "/thon-1");
    private static final Caller BOARD = new Caller(Set.of("board"), "/hai-phong");

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("office", OFFICE, OWN, Action.POST_NOMINATIONS, true),
                Arguments.of("office", OFFICE, OTHER, Action.POST_NOMINATIONS, false),
                Arguments.of("leader", LEADER, OWN, Action.POST_NOMINATIONS, false),
                Arguments.of("admin", ADMIN, OWN, Action.POST_NOMINATIONS, false),
                Arguments.of("office", OFFICE, OWN, Action.READ_POSTINGS, true),
                Arguments.of("leader", LEADER, OWN, Action.READ_POSTINGS, true),
                Arguments.of("council", COUNCIL, OWN, Action.READ_POSTINGS, true),
                Arguments.of("council", COUNCIL, OTHER, Action.READ_POSTINGS, false),
                Arguments.of("admin", ADMIN, OTHER, Action.READ_POSTINGS, true),
                Arguments.of("unit", UNIT, OWN, Action.READ_POSTINGS, false),
                Arguments.of("board", BOARD, OWN, Action.READ_POSTINGS, false),
                Arguments.of("office", OFFICE, OWN, Action.RESOLVE_OBJECTION, true),
                Arguments.of("leader", LEADER, OWN, Action.RESOLVE_OBJECTION, false),
                Arguments.of("office", OFFICE, OWN, Action.DRAFT_DECISION, true),
                Arguments.of("office", OFFICE, OTHER, Action.DRAFT_DECISION, false),
                Arguments.of("leader", LEADER, OWN, Action.DRAFT_DECISION, false),
                Arguments.of("council", COUNCIL, OWN, Action.READ_DECISIONS, true),
                Arguments.of("unit", UNIT, OWN, Action.READ_DECISIONS, false),
                Arguments.of("leader", LEADER, OWN, Action.SIGN_DECISION, true),
                Arguments.of("leader", LEADER, OTHER, Action.SIGN_DECISION, false),
                Arguments.of("office", OFFICE, OWN, Action.SIGN_DECISION, false),
                Arguments.of("council", COUNCIL, OWN, Action.SIGN_DECISION, false),
                Arguments.of("admin", ADMIN, OWN, Action.SIGN_DECISION, false),
                Arguments.of("leader", LEADER, OWN, Action.ANNUL_AWARD, true),
                Arguments.of("office", OFFICE, OWN, Action.ANNUL_AWARD, true),
                Arguments.of("office", OFFICE, OTHER, Action.ANNUL_AWARD, false),
                Arguments.of("council", COUNCIL, OWN, Action.ANNUL_AWARD, false),
                Arguments.of("board", BOARD, OWN, Action.ANNUL_AWARD, false),
                Arguments.of("admin", ADMIN, Target.CATALOGUE, Action.CONTROL_CLOCK, true),
                Arguments.of("office", OFFICE, Target.CATALOGUE, Action.CONTROL_CLOCK, false));
    }

    @ParameterizedTest(name = "{0} {3} on {2}: {4}")
    @MethodSource("table")
    void actions(String who, Caller caller, Target target, Action action, boolean allowed) {
        assertEquals(allowed, new AccessPolicy().allows(caller, action, target));
    }
}
