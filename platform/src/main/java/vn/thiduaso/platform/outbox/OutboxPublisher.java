package vn.thiduaso.platform.outbox;

import java.util.Properties;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.thiduaso.platform.config.PlatformConfig;

/**
 * Sends relayed envelopes with an idempotent producer that waits for all in-sync replicas.
 * Short timeouts: while Kafka is down a relay pass fails fast and the rows stay in the outbox.
 */
@ApplicationScoped
public class OutboxPublisher {

    private final String bootstrapServers;
    private final PlatformConfig config;
    private KafkaProducer<String, String> producer;
    private org.apache.kafka.clients.admin.Admin admin;

    public OutboxPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            PlatformConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
    }

    public Future<RecordMetadata> send(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.messageKey, event.envelope);
        record.headers().add("eventType", event.eventType.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return producer().send(record);
    }

    /**
     * Whether the broker answers at all, asked when every send of a wave failed with a retriable
     * error: then it is the broker that is away, not the rows that are wrong, and the rows are not
     * charged an attempt (a broker outage must never park the whole outbox).
     */
    public boolean brokerReachable() {
        try {
            return !admin().describeCluster(new org.apache.kafka.clients.admin.DescribeClusterOptions().timeoutMs(2000))
                    .nodes().get(3, java.util.concurrent.TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private synchronized org.apache.kafka.clients.admin.Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(org.apache.kafka.clients.admin.AdminClientConfig.CLIENT_ID_CONFIG, config.serviceName() + "-outbox-admin");
            props.put(org.apache.kafka.clients.admin.AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
            props.put(org.apache.kafka.clients.admin.AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
            admin = org.apache.kafka.clients.admin.Admin.create(props);
        }
        return admin;
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-outbox");
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(config.outbox().sendTimeout().toMillis()));
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(config.outbox().sendTimeout().toMillis()));
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                    String.valueOf(config.outbox().sendTimeout().toMillis() + 1000));
            props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    @PreDestroy
    public synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
        }
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(1));
        }
    }
}
