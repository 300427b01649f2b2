package vn.thiduaso.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.test.Tokens;
import vn.thiduaso.platform.test.fuzz.OpenApiFuzzer;

/** Every operation of plan-service's OpenAPI document, fuzzed: no 5xx, no stack trace, every error problem+json. */
@QuarkusTest
class PlanFuzzTest {

    @Inject
    Communes communes;

    @Test
    void generatedRequestsForEveryOperationNeverFailTheServer() {
        Communes.Commune c = communes.create();
        OpenApiFuzzer.Result result = OpenApiFuzzer.ofRunningApp()
                .caller("admin", Tokens.role("admin").unit(c.city().id, "/").bearer())
                .caller("office", c.officeToken())
                .caller("leader", c.leaderToken())
                .knownIds(List.of(c.city().id, c.commune().id, c.office().id, c.village().id, c.office_user().id,
                        c.leader().id, c.unitUser().id))
                .run();
        System.out.println(result.summary("plan-service"));
        assertEquals("", result.failures(), result.summary("plan-service"));
    }
}
