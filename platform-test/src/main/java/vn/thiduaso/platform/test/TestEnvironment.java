package vn.thiduaso.platform.test;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Everything a service test needs, real: its own PostgreSQL database, a Kafka broker in the JVM, a
 * GreenMail SMTP server and a fresh signing key pair. Use once per module:
 * {@code @QuarkusTestResource(value = TestEnvironment.class, initArgs = @ResourceArg(name = "database", value = "plan_test"))}.
 */
public class TestEnvironment implements QuarkusTestResourceLifecycleManager {

    private String database;
    private boolean mail;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "thiduaso_test");
        mail = Boolean.parseBoolean(initArgs.getOrDefault("mail", "false"));
    }

    @Override
    public Map<String, String> start() {
        TestDatabase.ensure(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", TestDatabase.jdbcUrl(database));
        config.put("quarkus.datasource.username", TestDatabase.user());
        config.put("quarkus.datasource.password", TestDatabase.password());
        // A clean schema per run: tests assert on rows, so leftovers of an earlier run must not count.
        config.put("quarkus.flyway.clean-at-start", "true");
        config.put("quarkus.flyway.clean-disabled", "false");
        config.put("kafka.bootstrap.servers", TestKafka.start());
        // A failing outbox row is retried within a test's patience (production: 1 s doubling to 1 min).
        config.put("thiduaso.platform.outbox.backoff-initial", "200ms");
        config.put("thiduaso.platform.outbox.backoff-max", "2s");
        config.put("mp.jwt.verify.publickey", TestKeys.publicKeyPem());
        config.put("smallrye.jwt.sign.key", TestKeys.privateKeyPem());
        if (mail) {
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", String.valueOf(TestMail.port()));
            config.put("quarkus.mailer.mock", "false");
        }
        return config;
    }

    @Override
    public void stop() {
        // The broker and the mail server live until the JVM ends: every test class shares them.
    }
}
