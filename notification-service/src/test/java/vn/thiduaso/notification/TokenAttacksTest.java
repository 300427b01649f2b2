package vn.thiduaso.notification;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.notification.Commune.Person;
import vn.thiduaso.platform.test.TokenAttackSuite;
import vn.thiduaso.platform.test.TokenAttackSuite.Endpoint;
import vn.thiduaso.platform.test.Tokens;

/** Forged, expired and misdirected tokens get 401 on reads and writes and change nothing (issue 8, item 8). */
@QuarkusTest
class TokenAttacksTest {

    @Test
    void everyTokenAttackIsRefusedOnReadsAndWrites() {
        Commune c = Commune.create();
        Person user = c.unitUser();
        TokenAttackSuite.assertAllRefused(
                () -> Tokens.role("unit").user(user.id(), user.username()).unit(user.unit().id(), user.unit().path()),
                Endpoint.read("/api/v1/preferences"),
                Endpoint.read("/api/v1/deadlines"),
                Endpoint.write("PUT", "/api/v1/preferences", "{\"emailEnabled\":false,\"language\":\"en\"}", 200,
                        () -> Db.count("select count(*) from notification_preference where user_id = '" + user.id() + "'")));
    }
}
