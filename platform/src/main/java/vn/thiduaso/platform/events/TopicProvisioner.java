package vn.thiduaso.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Creates the project's topics if they are missing, with compaction on the directory topics, so a
 * fresh broker (local or in a deployment) gets the right topic settings whichever service starts
 * first. Runs off the start-up thread and retries (without a bound) while the broker is unreachable.
 */
@ApplicationScoped
public class TopicProvisioner {

    private final String bootstrapServers;
    private final int partitions;
    private volatile boolean done;

    private final String serviceName;

    public TopicProvisioner(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "thiduaso.kafka.partitions", defaultValue = "3") int partitions,
            @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
        this.serviceName = serviceName;
    }

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(this::provisionWithRetry, "topic-provisioner");
        thread.setDaemon(true);
        thread.start();
    }

    public boolean done() {
        return done;
    }

    private void provisionWithRetry() {
        // Until it succeeds: a broker that comes an hour late must still get its topics, and
        // readiness (KafkaStartupReadiness) waits for this.
        for (int attempt = 1; !done; attempt++) {
            try {
                provision();
                done = true;
            } catch (Exception e) {
                Log.debugf("Topic provisioning attempt %d failed: %s", attempt, e.getMessage());
                try {
                    Thread.sleep(Math.min(2000L * attempt, 10_000L));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    void provision() throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "8000");
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(8, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            List<String> wanted = new ArrayList<>(Topics.ALL);
            // This service's dead-letter topic: a broker without auto-creation must still accept dead letters.
            wanted.add(Topics.deadLetter(serviceName));
            for (String topic : wanted) {
                if (!existing.contains(topic)) {
                    NewTopic t = new NewTopic(topic, partitions, (short) 1);
                    if (Topics.COMPACTED.contains(topic)) {
                        t.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    missing.add(t);
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(8, TimeUnit.SECONDS);
                Log.infof("Created Kafka topics %s", missing.stream().map(NewTopic::name).toList());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }
}
