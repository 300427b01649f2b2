package vn.thiduaso.notification;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.test.SecurityHeadersSuite;

/** notification-service's security headers and CORS rule. */
@QuarkusTest
class NotificationSecurityHeadersTest implements SecurityHeadersSuite {

    @Override
    public String readPath() {
        return "/api/v1/notifications";
    }

    @Override
    public String token() {
        Commune c = Commune.create();
        return c.unitUser().token(c);
    }
}
