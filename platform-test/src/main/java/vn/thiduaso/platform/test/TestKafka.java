package vn.thiduaso.platform.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker (KRaft, one combined node) inside the test JVM, started once per JVM. When
 * {@code KAFKA_BOOTSTRAP_SERVERS} is set, the running broker there is used instead.
 */
public final class TestKafka {

    private static KafkaClusterTestKit cluster;
    private static String bootstrapServers;

    public static synchronized String start() {
        if (bootstrapServers != null) {
            return bootstrapServers;
        }
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            bootstrapServers = external;
            return bootstrapServers;
        }
        // A broker that hits a fatal error (or shuts down at JVM exit) calls Exit.halt/exit: in a
        // test JVM that would end the run with a non-zero status after the tests passed. Log instead.
        Exit.setExitProcedure((status, message) -> System.err.println("[test-kafka] broker asked to exit(" + status
                + "): " + message));
        Exit.setHaltProcedure((status, message) -> System.err.println("[test-kafka] broker asked to halt(" + status
                + "): " + message));
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                    .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    // Like the local and compose brokers: only TopicProvisioner creates topics, with
                    // their partitions and compaction; a send can never race an auto-creation.
                    .setConfigProp("auto.create.topics.enable", "false")
                    .setConfigProp("num.partitions", "1")
                    // A single node has no one to hand partitions to: shut down without the handshake.
                    .setConfigProp("controlled.shutdown.enable", "false")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            bootstrapServers = cluster.bootstrapServers();
            Runtime.getRuntime().addShutdownHook(new Thread(TestKafka::stop, "test-kafka-stop"));
            return bootstrapServers;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-JVM Kafka broker", e);
        }
    }

    /**
     * Closes the broker at JVM exit, but never for longer than 10 s: Surefire kills a test JVM that
     * has not exited 30 s after its last test, and reports the module as failed even though every
     * test passed.
     */
    static synchronized void stop() {
        if (cluster == null) {
            return;
        }
        KafkaClusterTestKit closing = cluster;
        cluster = null;
        Thread closer = new Thread(() -> {
            try {
                closing.close();
            } catch (Exception ignored) {
                // the JVM is going away
            }
        }, "test-kafka-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closer.isAlive()) {
            System.err.println("[test-kafka] broker did not close within 10 s; leaving it to the JVM exit");
        }
    }

    public static String bootstrapServers() {
        return start();
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value) {
        sendRecord(topic, key, value);
    }

    /** {@link #send}, telling where the record landed (partition and offset, e.g. to find it again in a dead-letter header). */
    public static RecordMetadata sendRecord(String topic, String key, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** A consumer on its own group that reads a topic from the beginning; close it after the test. */
    public static TopicProbe probe(String topic) {
        return new TopicProbe(topic);
    }

    /** Reads everything on a topic (from the beginning) and lets a test wait for what it expects. */
    public static final class TopicProbe implements AutoCloseable {

        private final KafkaConsumer<String, String> consumer;
        private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

        TopicProbe(String topic) {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            consumer = new KafkaConsumer<>(props);
            consumer.subscribe(List.of(topic));
        }

        /** Polls until a record's value contains every fragment, or fails after the timeout. */
        public ConsumerRecord<String, String> await(Duration timeout, String... fragments) {
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                ConsumerRecord<String, String> match = find(fragments);
                if (match != null) {
                    return match;
                }
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
            ConsumerRecord<String, String> match = find(fragments);
            if (match == null) {
                throw new AssertionError("no record containing " + List.of(fragments) + " within " + timeout
                        + "; saw " + seen.size() + " records");
            }
            return match;
        }

        /** All records seen so far (after polling for the given time) whose value contains every fragment. */
        public List<ConsumerRecord<String, String>> collect(Duration during, String... fragments) {
            long end = System.nanoTime() + during.toNanos();
            while (System.nanoTime() < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
            return seen.stream().filter(r -> containsAll(r.value(), fragments)).toList();
        }

        private ConsumerRecord<String, String> find(String... fragments) {
            return seen.stream().filter(r -> containsAll(r.value(), fragments)).findFirst().orElse(null);
        }

        private static boolean containsAll(String value, String... fragments) {
            if (value == null) {
                return false;
            }
            for (String f : fragments) {
                if (!value.contains(f)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private TestKafka() {
    }
}
