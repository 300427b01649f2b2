package vn.thiduaso.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.thiduaso.platform.test.TestEnvironment;

/** Real PostgreSQL database {@code plan_test}, in-JVM Kafka and test keys for every test of this module. */
@QuarkusTestResource(value = TestEnvironment.class, initArgs = @ResourceArg(name = "database", value = "plan_test"))
public class PlanServiceTestEnvironment {
}
