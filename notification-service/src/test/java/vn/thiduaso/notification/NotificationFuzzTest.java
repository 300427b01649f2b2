package vn.thiduaso.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.test.Tokens;
import vn.thiduaso.platform.test.fuzz.OpenApiFuzzer;

/** Every operation of notification-service's OpenAPI document, fuzzed: no 5xx, no stack trace, every error problem+json. */
@QuarkusTest
class NotificationFuzzTest {

    @Test
    void generatedRequestsForEveryOperationNeverFailTheServer() {
        Commune c = Commune.create();
        Commune.Person unitUser = c.unitUser();
        OpenApiFuzzer.Result result = OpenApiFuzzer.ofRunningApp()
                .caller("admin", Tokens.role("admin").unit(c.cityId(), "/").bearer())
                .caller("office", c.officeToken())
                .caller("unit", unitUser.token(c))
                .knownIds(List.of(c.cityId(), c.communeId(), c.office().id(), c.village().id(), unitUser.id()))
                .run();
        System.out.println(result.summary("notification-service"));
        assertEquals("", result.failures(), result.summary("notification-service"));
    }
}
