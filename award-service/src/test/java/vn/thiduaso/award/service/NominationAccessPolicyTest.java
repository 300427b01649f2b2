package vn.thiduaso.award.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.service.AccessPolicy.Caller;
import vn.thiduaso.award.service.AccessPolicy.Dossier;
import vn.thiduaso.award.service.AccessPolicy.DossierAction;

/** Who may do what with a dossier, as a table: role × dossier (unit, commune, status) × action → allowed. */
class NominationAccessPolicyTest {

    private static final String COMMUNE = "/hai-phong/kien-an";
    private static final String VILLAGE = COMMUNE + "/thon-1";
    private static final String OTHER_VILLAGE = COMMUNE + "/thon-2";
    private static final String OTHER = "/hai-phong/vinh-bao";

    private static final Caller ADMIN = new Caller(Set.of("admin"), "/");
    private static final Caller OFFICE = new Caller(Set.of("office"), COMMUNE);
    private static final Caller LEADER = new Caller(Set.of("leader"), COMMUNE);
    private static final Caller COUNCIL = new Caller(Set.of("council"), COMMUNE);
    private static final Caller UNIT = new Caller(Set.of("unit"), VILLAGE);
    private static final Caller OTHER_UNIT = new Caller(Set.of("unit"), OTHER_VILLAGE);
    private static final Caller BOARD = new Caller(Set.of("board"), "/hai-phong");
    private static final Caller OTHER_OFFICE = new Caller(Set.of("office"), OTHER);

    private static final Dossier DRAFT = new Dossier(VILLAGE, COMMUNE, NominationStatus.DRAFT);
    private static final Dossier FORWARDED = new Dossier(VILLAGE, COMMUNE, NominationStatus.FORWARDED);

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("admin", ADMIN, DRAFT, DossierAction.CREATE, true),
                Arguments.of("admin", ADMIN, DRAFT, DossierAction.PROCESS, true),
                Arguments.of("unit", UNIT, DRAFT, DossierAction.CREATE, true),
                Arguments.of("unit", UNIT, DRAFT, DossierAction.READ, true),
                Arguments.of("unit", UNIT, DRAFT, DossierAction.EDIT, true),
                Arguments.of("unit", UNIT, DRAFT, DossierAction.PROCESS, false),
                Arguments.of("other unit", OTHER_UNIT, DRAFT, DossierAction.CREATE, false),
                Arguments.of("other unit", OTHER_UNIT, DRAFT, DossierAction.READ, false),
                Arguments.of("other unit", OTHER_UNIT, DRAFT, DossierAction.EDIT, false),
                Arguments.of("office", OFFICE, DRAFT, DossierAction.CREATE, true),
                Arguments.of("office", OFFICE, DRAFT, DossierAction.READ, true),
                Arguments.of("office", OFFICE, DRAFT, DossierAction.EDIT, true),
                Arguments.of("office", OFFICE, DRAFT, DossierAction.PROCESS, true),
                Arguments.of("other office", OTHER_OFFICE, DRAFT, DossierAction.READ, false),
                Arguments.of("other office", OTHER_OFFICE, DRAFT, DossierAction.PROCESS, false),
                Arguments.of("leader", LEADER, DRAFT, DossierAction.READ, true),
                Arguments.of("leader", LEADER, DRAFT, DossierAction.CREATE, false),
                Arguments.of("leader", LEADER, DRAFT, DossierAction.EDIT, false),
                Arguments.of("leader", LEADER, DRAFT, DossierAction.PROCESS, false),
                Arguments.of("council", COUNCIL, DRAFT, DossierAction.READ, true),
                Arguments.of("council", COUNCIL, DRAFT, DossierAction.CREATE, false),
                Arguments.of("council", COUNCIL, DRAFT, DossierAction.PROCESS, false),
                Arguments.of("board", BOARD, DRAFT, DossierAction.READ, false),
                Arguments.of("board", BOARD, FORWARDED, DossierAction.READ, true),
                Arguments.of("board", BOARD, FORWARDED, DossierAction.EDIT, false),
                Arguments.of("board", BOARD, FORWARDED, DossierAction.PROCESS, false),
                Arguments.of("board", BOARD, DRAFT, DossierAction.CREATE, false));
    }

    @ParameterizedTest(name = "{0} {3} on {2} → {4}")
    @MethodSource("table")
    void allows(String who, Caller caller, Dossier dossier, DossierAction action, boolean allowed) {
        assertEquals(allowed, new AccessPolicy().allows(caller, action, dossier));
    }
}
