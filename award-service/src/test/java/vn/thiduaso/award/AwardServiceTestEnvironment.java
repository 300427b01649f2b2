package vn.thiduaso.award;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.thiduaso.platform.test.TestEnvironment;

/** Real PostgreSQL database {@code award_test}, in-JVM Kafka and test keys for every test of this module. */
@QuarkusTestResource(value = TestEnvironment.class, initArgs = @ResourceArg(name = "database", value = "award_test"))
public class AwardServiceTestEnvironment {

    public static final String DATABASE = "award_test";
}
