package vn.thiduaso.report;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.test.HostileInputSuite;
import vn.thiduaso.platform.test.Tokens;

/**
 * Issue 8 item 11 on every write operation of report-service's OpenAPI document: oversized bodies (with
 * and without Content-Length), deep nesting, huge strings and arrays, malformed JSON, trailing
 * garbage, a wrong content type, invalid UTF-8 and NUL characters are refused with problem+json.
 */
@QuarkusTest
class HostileInputTest implements HostileInputSuite {

    @Override
    public String hostileInputToken() {
        return Tokens.roles(Roles.ADMIN, Roles.ALL.toArray(String[]::new)).bearer();
    }
}
