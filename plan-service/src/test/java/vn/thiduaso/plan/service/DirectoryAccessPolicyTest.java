package vn.thiduaso.plan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Claims;

/** Who may do what, as a table: role × target unit × action. */
class DirectoryAccessPolicyTest {

    static final String COMMUNE = "/hp/xa-a";
    static final String VILLAGE = "/hp/xa-a/thon-1";
    static final String OTHER = "/hp/xa-b/thon-1";
    static final String CITY = "/hp";

    private final AccessPolicy policy = new AccessPolicy();

    static CallerScope caller(String roles) {
        Set<String> groups = Set.of(roles.split("\\+"));
        String scope = groups.contains("admin") ? "/" : groups.contains("unit") && groups.size() == 1 ? VILLAGE
                : groups.contains("board") ? CITY : COMMUNE;
        Map<String, Object> claims = Map.of("upn", "tester", "sub", UUID.randomUUID().toString(), "groups", groups,
                Claims.SCOPE_PATH, scope, Claims.UNIT_PATH, groups.contains("unit") ? VILLAGE : COMMUNE);
        return new CallerScope(new JsonWebToken() {
            @Override
            public String getName() {
                return "tester";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        });
    }

    static String target(String name) {
        return switch (name) {
            case "commune" -> COMMUNE;
            case "village" -> VILLAGE;
            case "other" -> OTHER;
            case "city" -> CITY;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} {2} {1}: {3}")
    @CsvSource({
            // role,          target,  action,          allowed
            "admin,           city,    createUnder,     true",
            "admin,           commune, restructure,     true",
            "office,          commune, createUnder,     true",
            "office,          village, createUnder,     true",
            "office,          city,    createUnder,     false",
            "office,          other,   createUnder,     false",
            "office,          commune, edit,            true",
            "office,          other,   edit,            false",
            "office,          commune, restructure,     false",
            "office,          village, restructure,     true",
            "office,          other,   restructure,     false",
            "office+council,  village, restructure,     true",
            "leader,          village, edit,            false",
            "council,         village, edit,            false",
            "unit,            village, edit,            false",
            "board,           village, edit,            false",
            "leader,          village, read,            true",
            "leader,          other,   read,            false",
            "unit,            village, read,            true",
            "unit,            commune, read,            false",
            "office,          commune, editCluster,     true",
            "office,          other,   editCluster,     false",
            "leader,          commune, editCluster,     false",
            "leader,          commune, readCluster,     true",
            "admin,           city,    audit,           true",
            "office,          commune, audit,           true",
            "office,          city,    audit,           false",
            "leader,          commune, audit,           false",
            "unit,            village, audit,           false",
    })
    void unitsClustersAndAudit(String roles, String targetName, String action, boolean allowed) {
        CallerScope caller = caller(roles);
        String path = target(targetName);
        Map<String, BiPredicate<CallerScope, String>> actions = Map.of(
                "createUnder", policy::canCreateUnitUnder,
                "edit", policy::canEditUnit,
                "restructure", policy::canRestructureUnit,
                "read", policy::canReadUnit,
                "editCluster", policy::canEditCluster,
                "readCluster", policy::canReadCluster,
                "audit", policy::canReadAudit);
        assertEquals(allowed, actions.get(action).test(caller, path));
    }

    @ParameterizedTest(name = "{0} grants {2} at {1}: {3}")
    @CsvSource({
            "admin,   village, admin,          true",
            "admin,   other,   board,          true",
            "office,  village, unit,           true",
            "office,  village, council,        true",
            "office,  village, unit+council,   true",
            "office,  village, leader,         false",
            "office,  village, office,         false",
            "office,  village, admin,          false",
            "office,  village, board,          false",
            "office,  other,   unit,           false",
            "leader,  village, unit,           false",
            "unit,    village, unit,           false",
    })
    void grantingRoles(String roles, String targetName, String granted, boolean allowed) {
        assertEquals(allowed, policy.canGrantRoles(caller(roles), target(targetName), List.of(granted.split("\\+"))));
    }

    @ParameterizedTest(name = "{0} manages a {2} at {1}: {3}")
    @CsvSource({
            "admin,   village, leader,   true",
            "office,  village, unit,     true",
            "office,  commune, council,  true",
            "office,  commune, leader,   false",
            "office,  commune, office,   false",
            "office,  other,   unit,     false",
            "leader,  village, unit,     false",
    })
    void managingUsers(String roles, String targetName, String userRole, boolean allowed) {
        assertEquals(allowed, policy.canManageUser(caller(roles), target(targetName), List.of(userRole)));
    }
}
