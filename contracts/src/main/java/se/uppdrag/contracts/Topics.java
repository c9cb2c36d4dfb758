package se.uppdrag.contracts;

/** The topics the services publish on; each has a dead-letter twin named {@code <topic>.dlq}. */
public final class Topics {
    public static final String CATALOGUE_OFFERINGS = "catalogue.offerings";
    public static final String PARTNER_AGREEMENTS = "partner.agreements";
    public static final String ENROLMENT_ENROLMENTS = "enrolment.enrolments";
    public static final String INVOICING_INVOICES = "invoicing.invoices";
    public static final String DEAD_LETTER_SUFFIX = ".dlq";
    /**
     * Partitions of every topic and its twin: enough for a dozen consumers per group (replicas times their consumer
     * threads). Fixed before go-live, because adding partitions later moves keys, and with them one aggregate's next
     * events, to another partition than its earlier ones.
     */
    public static final int PARTITIONS = 12;

    private Topics() {}

    public static String deadLetterTopic(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
