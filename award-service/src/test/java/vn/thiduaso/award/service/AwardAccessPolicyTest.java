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
                Arguments.of("other office", OTHER_OFFICE, CITY_PLAN, Action.READ_PLAN, false));
    }

    @ParameterizedTest(name = "{0} {3} on {2}: {4}")
    @MethodSource("table")
    void actions(String who, Caller caller, Target target, Action action, boolean allowed) {
        assertEquals(allowed, new AccessPolicy().allows(caller, action, target));
    }
}
