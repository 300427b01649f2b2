package vn.thiduaso.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.thiduaso.platform.test.TestEnvironment;

/**
 * Real PostgreSQL database {@code notification_test}, in-JVM Kafka, a GreenMail SMTP server and test
 * keys for every test of this module (one Quarkus boot for all classes).
 */
@QuarkusTestResource(value = TestEnvironment.class, initArgs = {
        @ResourceArg(name = "database", value = "notification_test"),
        @ResourceArg(name = "mail", value = "true") })
public class NotificationServiceTestEnvironment {

    public static final String DATABASE = "notification_test";
}
