package vn.thiduaso.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.thiduaso.platform.test.TestEnvironment;

/** Real PostgreSQL database {@code report_test}, in-JVM Kafka and test keys for every test of this module. */
@QuarkusTestResource(value = TestEnvironment.class, initArgs = @ResourceArg(name = "database", value = "report_test"))
public class ReportServiceTestEnvironment {

    public static final String DATABASE = "report_test";
}
