package vn.thiduaso.award.api;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.award.Communes;
import vn.thiduaso.platform.test.SecurityHeadersSuite;

/** award-service's security headers and CORS rule. */
@QuarkusTest
class AwardSecurityHeadersTest implements SecurityHeadersSuite {

    @Override
    public String readPath() {
        return "/api/v1/decisions";
    }

    @Override
    public String token() {
        return Communes.create().officeToken();
    }
}
