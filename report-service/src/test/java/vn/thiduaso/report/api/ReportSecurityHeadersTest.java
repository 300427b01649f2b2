package vn.thiduaso.report.api;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.test.SecurityHeadersSuite;
import vn.thiduaso.report.IssuedPlans;

/** report-service's security headers and CORS rule. */
@QuarkusTest
class ReportSecurityHeadersTest implements SecurityHeadersSuite {

    @Inject
    IssuedPlans plans;

    @Override
    public String readPath() {
        return "/api/v1/reporting-periods";
    }

    @Override
    public String token() {
        return plans.commune().officeToken();
    }
}
