package se.uppdrag.contracts;

/** The topics the services publish on; each has a dead-letter twin named {@code <topic>.dlq}. */
public final class Topics {
    public static final String CATALOGUE_OFFERINGS = "catalogue.offerings";
    public static final String PARTNER_AGREEMENTS = "partner.agreements";
    public static final String ENROLMENT_ENROLMENTS = "enrolment.enrolments";
    public static final String INVOICING_INVOICES = "invoicing.invoices";
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetterTopic(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
