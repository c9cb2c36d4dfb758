package se.uppdrag.testsupport;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import se.uppdrag.contracts.Topics;

/**
 * A real Kafka broker (KRaft, single node) inside the test JVM, started once and shared by every test suite of the
 * run, so no container engine is needed.
 */
public final class TestKafka {

    private static EmbeddedKafkaBroker broker;

    private TestKafka() {}

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaBroker()
                    .withDeleteLogDirsOnClose(true)
                    .withAdditionalProperties(props -> {
                        props.put("num.partitions", Integer.toString(Topics.PARTITIONS));
                        props.put("offsets.topic.num.partitions", "3");
                        props.put("group.initial.rebalance.delay.ms", "0");
                        // Services run as processes against this broker get 1.5 s sessions, as deploy/local/up gives
                        // them.
                        props.put("group.min.session.timeout.ms", "1000");
                        props.put("auto.create.topics.enable", "true");
                        props.put("transaction.state.log.replication.factor", "1");
                        props.put("transaction.state.log.min.isr", "1");
                    })
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "test-kafka-stop"));
        }
        return broker.getAdvertisedListeners();
    }
}
