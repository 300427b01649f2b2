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
 * first. Runs off the start-up thread and retries (without giving up) while the broker is
 * unreachable. {@link #done()} turns true once every topic exists and each of its partitions has a
 * leader: the outbox relay sends nothing before that. (Sending earlier raced the broker's
 * auto-creation: the idempotent producer's first batches met partitions without a leader, were
 * retried out of order — {@code OutOfOrderSequenceException} in the broker — and expired —
 * "Expiring record(s)" in the service — and an auto-created topic got one partition and no
 * compaction. The local brokers now run with {@code auto.create.topics.enable=false}.)
 */
@ApplicationScoped
public class TopicProvisioner {

    private final String bootstrapServers;
    private final int partitions;
    private volatile boolean done;
    private volatile boolean stopping;

    private final String serviceName;

    public TopicProvisioner(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "thiduaso.kafka.partitions", defaultValue = "3") int partitions,
            @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
        this.serviceName = serviceName;
    }

    /** Before any other start-up observer (the demo data loader writes events for a while): topics first. */
    void onStart(@Observes @jakarta.annotation.Priority(1) StartupEvent event) {
        Thread thread = new Thread(this::provisionWithRetry, "topic-provisioner");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes io.quarkus.runtime.ShutdownEvent event) {
        stopping = true;
    }

    /** True once every topic of {@link #wanted()} exists with a leader for each partition. */
    public boolean done() {
        return done;
    }

    /** The topics this service makes sure of: every project topic and its own dead-letter topic. */
    public List<String> wanted() {
        List<String> wanted = new ArrayList<>(Topics.ALL);
        // Dead-letter topics: a broker without auto-creation must still accept dead letters (this
        // service's own one too if its name is not one of the four).
        wanted.addAll(Topics.DEAD_LETTERS);
        if (!wanted.contains(Topics.deadLetter(serviceName))) {
            wanted.add(Topics.deadLetter(serviceName));
        }
        return wanted;
    }

    private void provisionWithRetry() {
        long pause = 500;
        for (int attempt = 1; !done && !stopping; attempt++) {
            try {
                provision();
                done = true;
                Log.debugf("Kafka topics ready after %d attempt(s)", attempt);
            } catch (Exception e) {
                if (attempt == 5) {
                    Log.warnf("Kafka topics not provisioned yet (broker %s unreachable?), still trying: %s",
                            bootstrapServers, e.getMessage());
                } else {
                    Log.debugf("Topic provisioning attempt %d failed: %s", attempt, e.getMessage());
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = Math.min(pause * 2, 5000);
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
            List<String> wanted = wanted();
            for (String topic : wanted) {
                if (!existing.contains(topic)) {
                    NewTopic t = new NewTopic(topic, partitions, (short) 1);
                    if (Topics.COMPACTED.contains(topic)) {
                        t.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    missing.add(t);
                }
            }
            if (!missing.isEmpty()) {
                // Each topic on its own: one created meanwhile by another service must not hide the others.
                Map<String, org.apache.kafka.common.KafkaFuture<Void>> results = admin.createTopics(missing).values();
                List<String> created = new ArrayList<>();
                for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> result : results.entrySet()) {
                    try {
                        result.getValue().get(8, TimeUnit.SECONDS);
                        created.add(result.getKey());
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                }
                if (!created.isEmpty()) {
                    Log.infof("Created Kafka topics %s", created);
                }
            }
            awaitLeaders(admin, wanted);
        }
    }

    /** A topic just created has no partition leader for a moment; a send in that moment is what went wrong. */
    private void awaitLeaders(Admin admin, List<String> topics)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            List<String> leaderless = new ArrayList<>();
            try {
                admin.describeTopics(topics).allTopicNames().get(8, TimeUnit.SECONDS).forEach((name, description) -> {
                    if (description.partitions().isEmpty()
                            || description.partitions().stream().anyMatch(p -> p.leader() == null || p.leader().isEmpty())) {
                        leaderless.add(name);
                    }
                });
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)) {
                    throw e;
                }
                leaderless.add(String.valueOf(e.getCause().getMessage()));
            }
            if (leaderless.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new java.util.concurrent.TimeoutException("partitions without a leader: " + leaderless);
            }
            Thread.sleep(100);
        }
    }
}
